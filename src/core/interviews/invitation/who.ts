import { castPeople, type PersonDraft } from './cast.js';
import { findEmployer, type Link } from './kind.js';
import { findMeeting, type MeetingDetails } from './meeting.js';
import { isTitleWord, leadingName, looksLikeTitle, nameKey } from './names.js';
import { modelPeople } from './name-model.js';
import { completeName, findNamedPeople } from './people.js';
import { PERSONAL_MAIL, type NamedPerson } from './people-list.js';
import type { ScheduleSlot } from './schedule.js';
import { findSender, greetedName } from './sender.js';
import { ownCall, senderJoins, senderStaysOut } from './sender-joins.js';
import { startsMessage } from './text.js';

const QUOTE_START =
  /^\s*(?:-{2,}\s*(?:original|forwarded) (?:message|appointment|invitation)|begin forwarded message|[-_=]{4,}\s*$|on .{5,80} wrote:\s*$)/i;
// The meeting's details pasted after a signature: "Join Zoom Meeting", "Microsoft Teams meeting", "Guests".
const CALENDAR_PART =
  /^\s*(?:join (?:zoom|the|with|on)\b|(?:microsoft teams|google meet|zoom|webex)(?: meeting| joining info| details)?\s*$|meeting id\b|guests\s*$|attendees\s*:?|who\s*:|when\s*:)/i;
// The writer speaking: "I'm just the organizer", "I'll only be on the invite" (a capital I, "me", "my").
const FIRST_PERSON = /\bI(?:'m|'ll|'ve|'d)?\b(?!\.)|\b(?:me|my)\b/;
const MAIL_HEADER = /^\s*(?:from|to|cc|bcc|sent|date|subject|re|fw|fwd)\s*:/i;

/**
 * Who the invitation names and how to get into the meeting: the sender (signature), everyone named in the body,
 * the employer, meeting ID/passcode/dial-in. People named on the lines just under a schedule slot
 * ("Interviewer: Michael Brown") join that slot.
 */
export function readWho(input: {
  lines: readonly string[];
  headers: ReadonlySet<number>;
  slotLines: ReadonlyMap<number, ScheduleSlot>;
  links: readonly Link[];
  employerName: string | undefined;
}): { people: PersonDraft[]; meeting: MeetingDetails; employer: string | undefined; slots: ScheduleSlot[] } {
  const { lines, headers, slotLines } = input;
  const domains = domainLabels(lines.join('\n'));
  const signed = findSender(lines);
  const bodyEnd = signed?.line ?? lines.length;
  // "Harper Lowe" over careers@harperlowe.com signs for the company, not a person.
  const text = lines.join('\n');
  let sender = signed && !namesADomain(signed.name, domains) && !namesABot(signed.name, text) ? signed : undefined;
  const employer = input.employerName?.trim() || findEmployer(lines.slice(0, bodyEnd), sender?.company);
  // A message or appointment quoted below the signature ("-----Original Appointment-----") is read again.
  const quoted = lines.findIndex(
    (l, i) =>
      i > bodyEnd &&
      (QUOTE_START.test(l) || startsMessage(lines, i) || (CALENDAR_PART.test(l) && !lines[i - 1]!.trim() && i - bodyEnd <= 12)),
  );
  const signatureEnd = quoted < 0 ? lines.length : quoted;
  const signature = (i: number) => i >= bodyEnd && i < signatureEnd;
  const skip = new Set<number>([...headers, ...slotLines.keys()]);
  lines.forEach((line, i) => {
    if (signature(i) || MAIL_HEADER.test(line)) skip.add(i);
  });
  const avoid = [employer, sender?.company].filter((a): a is string => !!a);
  const greeted = greetedName(lines);
  const named = findNamedPeople(lines, skip, { avoid, greeted, quoted }).filter(
    (p) => !namesADomain(p.name, domains) && !namesABot(p.name, text),
  );
  const body = lines.filter((_, i) => !skip.has(i) || slotLines.has(i)).join('\n');
  // "Best, Zanele" after "I'm Zanele Dlamini, co-founder & CEO": the sender's full name from the text.
  if (sender) sender.name = completeName(sender.name, lines.slice(0, bodyEnd).join('\n'), avoid);
  // "Anna – HR Business Partner" under a guest list with "Kovács Anna <anna.kovacs@…>": a name written family name first,
  // whose address opens with the given name the sender signs with, is the sender's.
  if (sender && !sender.name.includes(' ')) {
    const given = nameKey(sender.name);
    const owners = named.filter((p) => {
      const words = nameKey(p.name).split(' ');
      return words.length > 1 && words.at(-1) === given && !!p.email?.toLowerCase().startsWith(`${given}.`);
    });
    if (owners.length === 1) Object.assign(sender, { name: owners[0]!.name, email: sender.email ?? owners[0]!.email });
  }
  // "Holly Brennan-Ward, Talent Acquisition – hbrennanward@helixbio.com": the sender's address wherever the text gives it.
  if (sender && !sender.email) {
    const email = addressOf(sender.name, lines.join('\n'));
    if (email) sender.email = email;
  }
  // Names the rules missed, found by the name model from what stands around them.
  const slotNames = [...slotLines].flatMap(([line, s]) => s.names.map((name) => ({ name, line })));
  const ctx = {
    lines,
    skip: new Set([...headers, ...slotLines.keys()]),
    signature,
    quoted,
    found: [...named, ...slotNames, ...(signed ? [{ name: signed.name, line: signed.line }] : [])],
    sender: signed?.name,
    greeted,
    avoid,
  };
  named.push(...modelPeople(ctx).filter((p) => !namesADomain(p.name, domains) && !namesABot(p.name, text)));
  // A calendar entry with no signature whose organiser writes in the first person ("I'm just the organizer"): the sender.
  // So is an organiser who signs the entry's note ("Wairimu | Talent, Mkopo Digital" under the description).
  const organiser = named.find((p) => p.organiser);
  const signedAs = organiser && !sender ? organiserSigns(lines, organiser) : undefined;
  if (!sender && organiser && (signedAs || FIRST_PERSON.test(body))) {
    const title = organiser.title ?? signedAs?.title;
    sender = {
      name: organiser.name,
      ...(organiser.email && { email: organiser.email }),
      ...(title && { title }),
      line: lines.length,
    };
  }

  // A person on a line just under a slot (before the next one) takes part in that slot.
  const at = [...slotLines.keys()];
  const slots = [...slotLines.values()].map((s) => ({ ...s, names: [...s.names], titles: { ...s.titles } }));
  for (const p of named) {
    if (p.line === undefined || p.organiser) continue;
    const k = at.findLastIndex((l) => l < p.line!);
    if (k < 0 || p.line - at[k]! > 4 || lines.slice(at[k]! + 1, p.line).some((l) => !l.trim())) continue;
    const slot = slots[k]!;
    if (!slot.names.some((n) => nameKey(n) === nameKey(p.name))) slot.names.push(p.name);
    if (p.title) slot.titles[p.name] ??= p.title;
  }

  // With nobody else to meet, "our call" and "we'll speak then" are the sender's own conversation.
  const alone =
    sender !== undefined &&
    slots.every((s) => s.names.length === 0) &&
    !named.some((p) => p.interviews && nameKey(p.name).split(' ')[0] !== nameKey(sender.name).split(' ')[0]);
  // A message forwarded or quoted below the sender's own, from someone else: its "me" and "I" are that writer's.
  const quotedFrom =
    quoted < 0
      ? undefined
      : lines
          .slice(quoted, quoted + 6)
          .map((l) => /^\s*from\s*:\s*"?([^"<\n]+?)"?\s*</i.exec(l)?.[1])
          .find(Boolean);
  const othersMail = !!quotedFrom && !!sender && nameKey(quotedFrom).split(' ')[0] !== nameKey(sender.name).split(' ')[0];
  const ownBody = othersMail ? lines.filter((_, i) => i < quoted && (!skip.has(i) || slotLines.has(i))).join('\n') : body;
  const people = castPeople({
    slots,
    named,
    sender,
    senderJoins: senderJoins(ownBody) || (alone && ownCall(ownBody)),
    senderStaysOut: senderStaysOut(body),
  });
  const meetingLines = lines.map((l, i) => (signature(i) ? '' : l));
  return { people, meeting: findMeeting(meetingLines, input.links), employer, slots };
}

/**
 * A line of its own that signs with the organiser's given or full name, alone or before a title ("Wairimu | Talent, Mkopo
 * Digital", "- Dana Whitfield, HR Recruiter"), after a blank line or a sentence: the organiser wrote the note.
 */
function organiserSigns(lines: readonly string[], organiser: NamedPerson): { title?: string } | undefined {
  // "Kovács Anna" signing "Anna": a name written family name first signs with its last word.
  const words = nameKey(organiser.name).split(' ');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/^\s*-\s*/, '').trim();
    if (i === organiser.line || line.length > 60 || !/^$|[.!?,]\s*$/.test(lines[i - 1]!.trim())) continue;
    const lead = leadingName(line);
    if (!lead || ![words[0]!, ...(words.length > 1 ? [words.at(-1)!] : []), words.join(' ')].includes(nameKey(lead.name))) continue;
    const rest = line.slice(lead.length).trim();
    if (rest && !/^[|,–—]/.test(rest)) continue;
    const title = rest.replace(/^[|,–—]\s*/, '').split(/\s*[|,]\s*/)[0];
    return title && (looksLikeTitle(title) || title.split(/\s+/).every((w) => isTitleWord(w))) ? { title } : {};
  }
  return undefined;
}

/** The e-mail address in the text made of a person's name ("lena.vogt@…", "hbrennanward@…"), if there is one. */
function addressOf(name: string, text: string): string | undefined {
  const words = nameKey(name)
    .normalize('NFKD')
    .replace(/[^a-z\s]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const addresses = [...text.matchAll(/([\w.+-]+)@[\w-]+(?:\.[\w-]+)+/g)];
  // "Jen" who writes "email jen.alvarez@brightwell…": a given name alone owns the one work address that opens with it.
  if (words.length === 1 && words[0]!.length >= 3) {
    const own = addresses.filter((m) => m[1]!.toLowerCase().startsWith(`${words[0]}.`) && !PERSONAL_MAIL.test(m[0]));
    return own.length === 1 ? own[0]![0] : undefined;
  }
  if (words.length < 2) return undefined;
  const [given, family] = [words[0]!, words.at(-1)!];
  return addresses.find((m) => {
    const local = m[1]!.toLowerCase().replace(/[^a-z]/g, '');
    return local.includes(family) && (local.includes(given) || local.startsWith(given[0]!));
  })?.[0];
}

/** The names of the domains in the text's addresses and links ("northwind" of "jo@northwind.example.com"). */
function domainLabels(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:@|https?:\/\/|www\.)([\w-]+(?:\.[\w-]+)+)/gi)) {
    const labels = m[1]!
      .toLowerCase()
      .split('.')
      .filter((l) => l !== 'www');
    if (labels.length >= 2) out.add(labels[0]!.replace(/-/g, ''));
  }
  // A bare domain: "harperlowe.com", "careers.fernway.io" (its first label is the company's).
  for (const m of text.matchAll(
    /(?<![\w@./-])([a-z0-9-]{3,})(?:\.[a-z0-9-]+)*\.(?:com|io|co|org|net|ai|dev|app|tech|uk|de|fr|nl|eu)\b(?![\w-])/gi,
  ))
    out.add(m[1]!.toLowerCase().replace(/-/g, ''));
  return out;
}

/** "Northwind Traders" beside northwind.example: a company's name, not a person's. */
function namesADomain(name: string, domains: ReadonlySet<string>): boolean {
  const key = nameKey(name)
    .replace(/[^a-z]/g, ' ')
    .trim();
  const compact = key.replace(/\s+/g, '');
  const first = key.split(/\s+/)[0]!;
  return compact.length >= 4 && (domains.has(compact) || (first.length >= 4 && key.includes(' ') && domains.has(first)));
}

// What a chatbot calls itself just after its name: ", the virtual hiring assistant", ", l'assistante virtuelle", " (AI
// assistant)", ", your scheduling bot", " 🤖". A human's "Digital Marketing Assistant" is not one: only hiring words go between.
const BOT =
  /^\s*[,(–—-]?\s*(?:(?:is|here|am|ist|es|est|è)\s+)?(?:(?:the|your|our|an?|l['’]|la|le|el|il|un|une|una|ein|eine|ihre|votre|notre|su|tu)\s*)?(?:(?:virtual|digital|automated|ai|virtuel|virtuelle|virtuale|virtueller|virtuelle)\s+(?:(?:hiring|recruiting|recruitment|scheduling|interview|careers|hr|de recrutement)\s+)?(?:assistant|assistante|asistente|assistente|assistentin|agent)|(?:assistant|assistante|asistente|assistente|assistentin)\s+(?:virtuel|virtuelle|virtual|virtuale|digital|digitale|ia|ai)|(?:(?:hiring|recruiting|scheduling|interview)\s+)?(?:chat)?bot|🤖)(?!\p{L})/iu;

/** "I'm Ava, the virtual hiring assistant", "Ici Yasmine, l'assistante virtuelle", "– Ava 🤖": a chatbot named like a person. */
function namesABot(name: string, text: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'gu'))].some((m) =>
    BOT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80)),
  );
}
