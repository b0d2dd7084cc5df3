import { cleanName, isNameWord, leadingName, looksLikeName, looksLikeTitle, nameKey, unshout, wordsWithin } from './names.js';
import { personFromEmail, readLastFirst, readPeople, type NamedPerson, type ReadOptions } from './people-list.js';
import { readProse, SENTENCE_END } from './prose.js';
import { stripBullet, tidy } from './text.js';

// A labelled line: "Interview panel: A (Engineering Manager) & B (Staff Engineer)", "Attendees:", "Interviewer(s):".
const LABEL =
  /^\s*(?:(?:about|meet)\s+)?(?:your\s+|the\s+|our\s+|ihre?\s+|tus?\s+|sus?\s+|vos\s+)?(?:interview(?:ing)?\s+(?:panel|team)|gesprächspartner(?:in|innen)?|entrevistador(?:es|as?)?|interlocuteurs?|panel(?:l?ists| members)?|interviewing with|hiring team|(?:required|optional)(?:\s+attendees)?|attendees|observers?|shadow(?:ing)?|note-?takers?|participants|guests|invitees|interviewers?(?: names?)?|interviewer\(s\)|interviewer name\(s\)|who you(?:'ll| will) (?:meet|be meeting|be speaking (?:with|to)|speak (?:with|to)|talk to)|you(?:'ll| will) (?:meet|be meeting|be speaking with|speak with|be talking to)|meeting with|speaking with|with|(?:alternative\s+|co-?)?hosts?(?: for the (?:day|morning|afternoon|visit)| on the day| today)?|hosted by|organi[sz]ers?|organi[sz]ed by|who|accepted|tentative)\s*:\s*(.*)$/i;
// A heading with the people below it ("You will meet:", "Guests").
const HEADING =
  /(?:\bmeet\b|\bmeeting\b|\b(?:gesprek|gesprekken) met\b|\bgespräch(?:e)? mit\b|\bentrevistas? con\b|\bentretiens? avec\b|interviewers?|\bpanel(?:l?ists)?\b|attendees|\bparticip(?:ants?|at(?:e|ing)|an|ar[aá]n|am|ent|eront)\b|\bfrom our side\b|on our side|guests|invitees|speaking (?:with|to)|talking (?:with|to)|who you|people you|interviewing you|joining (?:you|us|the (?:call|interview|panel))|\bcommittee\b[^:]{0,30}\b(?:compris(?:es|ing)|consists? of|includes?|is made up of|will be)|\b(?:comit[ée]|jury|tribunal|ausschuss|kommission)(?=[\s,])[^:]{0,30}\b(?:compos[ée]e?s? (?:de|por)|formad[oa] por|integrad[oa] por|besteht aus|constitu[ée]e? de))/i;
const GUESTS_HEADING =
  /^\s*(?:guests|invités|invitées|gäste|teilnehmer(?:innen)?|teilnehmende|invitados|asistentes|participantes|deelnemers|(?:required |optional )?attendees|participants|invitees|who|required|optional)\b[\s\d():-]*$/i;
// What a "Label: Name" line is about when it names interviewers, and labels that never name people.
const INTERVIEWISH =
  /\b(?:round|session|interview|call|screen(?:ing)?|panel|chat|conversation|presentation|exercise|case|technical|behaviou?ral|culture|wrap-?up|intro(?:duction)?|welcome|tour|lunch|q&a|debrief|stage|step|part|slot|coding|design|pairing|assessment|with|hiring manager|interviewers?)\b/i;
const MEETING_LABEL =
  /\b(?:round|session|interview|call|screen(?:ing)?|panel|chat|conversation|slot|stage|meeting|1:1|with|hiring manager|interviewers?|host)\b/i;
const NOT_PEOPLE =
  /\b(?:location|address|where|when|date|time|venue|room|building|floor|parking|dial|meeting id|passcode|password|format|position|role|subject|company|employer|dress|duration|link|platform|tool)\b/i;
// Labels that say the people interview (not only attend): "Interviewers:", "Panel:", "You will meet:".
const INTERVIEWER_LABEL = /interview|panel|meet|speak|talk|with|particip|committee|compris/i;
const ORGANISER_LINE = /^\s*[-–(]*\s*organi[sz]er\s*[)]*\s*$/i;
// "Organizer" on a line of its own over the name, as calendars set their details out.
const ORGANISER_HEADING = /^\s*(?:organi[sz]er|organisateur|organizador|organisator)\s*:?\s*$/i;

/** The candidate among the guests: the greeted given name first ("Sam Lee" for "Hi Sam"), or a two-word one last ("Tan Wei Ling"). */
function greetedAs(name: string, greeted: string): boolean {
  const [words, given] = [name.split(' '), greeted.split(' ')];
  return words[0] === given[0] || (given.length > 1 && words.length > given.length && words.slice(-given.length).join(' ') === greeted);
}

/** People named in the invitation body (not the schedule, not the signature), each once. */
export function findNamedPeople(
  lines: readonly string[],
  skip: ReadonlySet<number>,
  options: { avoid: readonly string[]; greeted?: string | undefined; quoted?: number },
): NamedPerson[] {
  const found: NamedPerson[] = [];
  // In a message forwarded below the sender's, the greeted candidate is written of in full ("the interview with Sam Lee").
  const forwarded = (p: NamedPerson, from: number | undefined) =>
    options.quoted !== undefined && options.quoted >= 0 && (from ?? p.line ?? -1) > options.quoted && p.name.includes(' ');
  const add = (people: NamedPerson[], opts: { guests?: boolean; from?: number } = {}) => {
    for (const p of people) {
      if ((opts.guests || forwarded(p, opts.from)) && options.greeted && greetedAs(p.name, options.greeted)) continue;
      found.push(p);
    }
  };
  const read = (text: string, opts: ReadOptions) =>
    readLastFirst(text, options.avoid) ?? readPeople(unshout(text), { avoid: options.avoid, ...opts }).people;
  const listed = new Set<number>();

  for (let i = 0; i < lines.length; i++) {
    // A line already read as an item of the list above it is not read again.
    if (skip.has(i) || listed.has(i)) continue;
    const line = lines[i]!;
    const label = LABEL.exec(line);
    if (label && tidy(label[1]!)) {
      const head = line.slice(0, line.indexOf(':'));
      const organiser = /organi[sz]/i.test(head);
      const interviews = INTERVIEWER_LABEL.test(head);
      add(
        [...read(label[1]!, { single: true }), ...fromEmails(label[1]!, options.avoid)].map((p) => ({
          ...p,
          line: i,
          ...(organiser && { organiser: true }),
          ...(interviews && { interviews: true }),
        })),
        { guests: true },
      );
      // "Interviewers: A and B. C may join for the last ten minutes.": the sentences after the list are prose.
      const after = SENTENCE_END.exec(label[1]!);
      if (after) add(readProse(label[1]!.slice(after.index + after[0].length), options.avoid));
      listed.add(i);
      continue;
    }
    const next = lines.slice(i + 1).find((l) => l.trim()) ?? '';
    const bare =
      !/[.!,]\s*$/.test(line) &&
      line.trim().split(/\s+/).length <= 8 &&
      (/^\s*(?:[-*+>▪◦‣●○■➢➤→]|\d{1,2}[.)]\s|\(\d{1,2}\))/.test(next) || /\?\s*$/.test(line));
    // "… would like to meet you! Details below:": the heading is the line's last sentence.
    const lastSentence = line.split(/[.!?]\s+/).at(-1)!;
    const heading =
      label ||
      ((/:\s*$/.test(line) || bare) && HEADING.test(lastSentence) && line.length < 90) ||
      GUESTS_HEADING.test(line) ||
      ORGANISER_HEADING.test(line);
    if (!heading) {
      // A line of its own that is only a name and a title ("Dana Ruiz – Engineering Manager").
      const item = listItem(line).replace(/[.;]$/, '');
      const alone = item.length < 120 ? readPeople(item, { avoid: options.avoid }) : null;
      const below = listItem(lines[i + 1] ?? '');
      // "Sebastian Kruger (Head of Data) – 10:00 to 10:45": only a time after the people.
      const timed =
        alone &&
        alone.people.length > 0 &&
        /^[\s,–-]*\(?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[-–]|to|until)|\d{1,3}\s*min|at\s+\d)/i.test(item.slice(alone.end));
      // "Sebastian Kruger" on a line, "Head of Data" on the next: a card in the body.
      const card =
        alone &&
        alone.people.length === 1 &&
        alone.end >= item.length &&
        !alone.people[0]!.title &&
        alone.people[0]!.name.includes(' ') &&
        looksLikeTitle(below) &&
        below.length < 70 &&
        !isPersonName(below, options.avoid);
      // The title line of a card is not read again ("Manager Grid Integration" is no "Title Name").
      if (card) {
        alone.people[0]!.title = below;
        listed.add(i + 1);
      }
      if (alone && alone.people.length > 0 && (timed || card || (alone.end >= item.length && alone.people.every((p) => p.title)))) {
        add(
          alone.people.map((p) => ({ ...p, line: i })),
          { guests: true },
        );
        listed.add(i);
      }
      // "Technical interview: Sebastian Kruger (Head of Data)", "Round 2 – Dolores Villarreal".
      for (const sep of listed.has(i) ? [] : item.matchAll(/\s*(?::|\s[-–—|]\s)\s*/g)) {
        const [left, right] = [item.slice(0, sep.index), item.slice(sep.index + sep[0].length)];
        if (left.length > 60 || !INTERVIEWISH.test(left) || NOT_PEOPLE.test(left)) continue;
        const r = readPeople(right, { avoid: options.avoid });
        // "Case study: Northwind Traders" names a task's subject; a person needs a meeting word or a title.
        if (r.people.length > 0 && r.end >= right.length && (MEETING_LABEL.test(left) || r.people.every((p) => p.title))) {
          add(
            r.people.map((p) => ({ ...p, line: i })),
            { guests: true },
          );
          listed.add(i);
          break;
        }
      }
      // "2. Senior Brand Manager: Marcus Young": a title, then one person and nothing more.
      const flipped = listed.has(i) || NOT_PEOPLE.test(item.split(/:|\s[-–—|]\s/)[0]!) ? null : titleThenName(item, options.avoid);
      if (flipped) {
        add([{ ...flipped, line: i }], { guests: true });
        listed.add(i);
      }
      continue;
    }
    listed.add(i);
    // The lines below: one person each, until a blank line after the list or a line that names nobody.
    let took = 0;
    for (let j = i + 1; j < lines.length && j < i + 25; j++) {
      if (skip.has(j)) break;
      const item = listItem(lines[j]!);
      if (!item) {
        if (took > 0) break;
        continue;
      }
      if (ORGANISER_LINE.test(item)) {
        if (found.length > 0 && took > 0) found[found.length - 1]!.organiser = true;
        listed.add(j);
        continue;
      }
      if (/^[^\s@]+@\S+$/.test(item) || /^(?:view all guest info|\d+ (?:guests?|yes|no|awaiting))/i.test(item)) {
        add(
          fromEmails(item, options.avoid).map((p) => ({ ...p, line: j })),
          { guests: true },
        );
        listed.add(j);
        continue;
      }
      const people = read(familyFirst(item, options.avoid), { single: true }).map((p) =>
        ORGANISER_HEADING.test(line)
          ? { ...p, organiser: true }
          : INTERVIEWER_LABEL.test(line) && !GUESTS_HEADING.test(line)
            ? { ...p, interviews: true }
            : p,
      );
      if (people.length === 0) {
        const flipped = titleThenName(item, options.avoid);
        const previous = took > 0 ? found.at(-1) : undefined;
        // "Sebastian Kruger" then "Head of Data" on the next line: the title of the one above.
        if (!flipped && previous && !previous.title && looksLikeTitle(item) && item.length < 70) {
          previous.title = item;
          listed.add(j);
          continue;
        }
        if (!flipped) break;
        people.push(INTERVIEWER_LABEL.test(line) && !GUESTS_HEADING.test(line) ? { ...flipped, interviews: true } : flipped);
      }
      add(
        people.map((p) => ({ ...p, line: j })),
        { guests: true },
      );
      listed.add(j);
      took++;
    }
  }

  // Running prose, a paragraph at a time.
  const paragraphs: string[] = [];
  const starts: number[] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    if (skip.has(i) || listed.has(i) || !line.trim()) {
      if (current.length) paragraphs.push(current.join('\n'));
      current = [];
    } else if (current.push(line.trim()) === 1) starts[paragraphs.length] = i;
  });
  if (current.length) paragraphs.push(current.join('\n'));
  paragraphs.forEach((paragraph, k) => add(readProse(paragraph, options.avoid), { from: starts[k] }));
  const body = lines.filter((_, i) => !skip.has(i)).join('\n');
  const people = merge(found.map((p) => fullName(p, body, options.avoid))).filter((p) => !replaced(p.name, body));
  return statedTitles(people, paragraphs);
}

// Someone named who will not be there: "Ananya, who was to take this round, is out sick", "our MD sends his apologies",
// "Vikram will take it instead of Ananya Krishnan".
const AWAY =
  /^(?:,[^.;\n]{0,80},)?\s+(?:(?:is|was|has been|is now)\s+(?:(?:out|off) sick|unwell|ill|on (?:sick |annual )?leave|no longer (?:available|able to|with us|joining)|unable to (?:join|attend|make it|be there|meet))|(?:can|could) no longer|can(?:'t|not) make it|sends? (?:(?:his|her|their) )?apologies|was (?:originally|initially) (?:going|due|scheduled|meant|supposed))\b/i;
const IN_PLACE_OF =
  /(?:instead of|in place of|replacing|standing in for|covering for|taking over from)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$/i;

/** True when the text says the person named is away or replaced (so not met at this interview). */
function replaced(name: string, body: string): boolean {
  const forms = [name, name.split(' ')[0]!].filter((f) => f.length >= 3);
  return forms.some((form) =>
    [...body.matchAll(new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'))].some(
      (m) => AWAY.test(body.slice(m.index + m[0].length)) || IN_PLACE_OF.test(body.slice(Math.max(0, m.index - 40), m.index)),
    ),
  );
}

/** "Sven will be your interviewer … Sven Olsen is a Product Manager": a given name alone, written in full elsewhere. */
function fullName(person: NamedPerson, body: string, avoid: readonly string[]): NamedPerson {
  const name = completeName(person.name, body, avoid);
  return name === person.name ? person : { ...person, name };
}

/** A given name alone ("Zanele") as the text writes it in full once ("I'm Zanele Dlamini"); else the name as it was. */
export function completeName(given: string, body: string, avoid: readonly string[]): string {
  if (given.includes(' ') || given.length < 3) return given;
  const person = { name: given };
  const full = new Set<string>();
  for (const m of body.matchAll(new RegExp(`(?<![\\p{L}])${person.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s+\\p{Lu})`, 'gu'))) {
    // A name ends with its line ("Pooja Kulkarni" over a blank line and "Hi," is not "Pooja Kulkarni Hi").
    const lead = leadingName(body.slice(m.index).split('\n')[0]!);
    if (lead && lead.name.startsWith(`${person.name} `) && looksLikeName(lead.name, { avoid })) full.add(cleanName(lead.name));
  }
  return full.size === 1 ? [...full][0]! : given;
}

// "Taras is our Head of Data; Olena is a Senior Data Engineer": a title said of someone already named.
const IS_TITLE = /\b(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)\s+is\s+(?:our|a|an|the)\s+([^.;,()!?\n]{2,60})/gu;

/** Gives people without a title the one the text says they have. */
function statedTitles(people: NamedPerson[], paragraphs: readonly string[]): NamedPerson[] {
  for (const paragraph of paragraphs) {
    for (const m of paragraph.matchAll(IS_TITLE)) {
      const title = m[2]!.split(/\s(?:and|who|which|that|with|for|since|from|here|in|at|on|based)\s/i)[0]!.trim();
      const key = nameKey(m[1]!);
      const person = people.find((p) => !p.title && (nameKey(p.name) === key || nameKey(p.name).split(' ')[0] === key));
      if (person && looksLikeTitle(title)) person.title = title;
    }
  }
  return people;
}

/** A list line without its bullet or number ("▪ ", "(2) ", "a) ") and without the bars of a table row. */
function listItem(line: string): string {
  // A table row set out with spaces ("Dr. Samuel Adeyemi   Chief Medical Officer"): its columns read as "Name – Title".
  line = line.replace(/(?<=\S)(?: {3,}|\t+)(?=\S)/g, ' – ');
  return tidy(stripBullet(line.replace(/^\s*(?:[▪◦‣●○■➢➤→]|\(\d{1,2}\)|[a-h][.)](?=\s))\s*/u, '')).replace(/^\|\s*|\s*\|\s*$/g, ''));
}

/** "Ruiz, Dana – Engineering Manager" as a list item: the family name first, written the usual way round. */
function familyFirst(item: string, avoid: readonly string[]): string {
  const m = /^(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?),\s+(\p{Lu}[\p{L}'-]+)(?=\s*(?:$|[-–—|(<]|\s{2,}))/u.exec(item);
  if (!m || !isPersonName(m[1]!, avoid, true) || !isNameWord(m[2]!) || !looksLikeName(`${m[2]} ${m[1]}`, { avoid })) return item;
  return `${m[2]} ${m[1]}${item.slice(m[0].length)}`;
}

/** "VP Engineering – Chukwuemeka Obi", "Hiring manager: Dana Ruiz": the title first, then the name. */
function titleThenName(item: string, avoid: readonly string[]): NamedPerson | null {
  const m = /^(.{2,60}?)\s*(?:\s[-–—|]\s|:\s|,\s)\s*(.+)$/.exec(item);
  if (!m || !looksLikeTitle(m[1]!)) return null;
  const { people, end } = readPeople(m[2]!, { avoid });
  if (people.length !== 1 || end < m[2]!.replace(/[.;]$/, '').length) return null;
  return { ...people[0]!, title: people[0]!.title ?? m[1]!.trim() };
}

/** People named by their work e-mail in a guest list ("dolores.villarreal@acme.com"). */
function fromEmails(text: string, avoid: readonly string[]): NamedPerson[] {
  return [...text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].flatMap((m) => {
    const person = personFromEmail(m[0], avoid);
    return person ? [person] : [];
  });
}

/** One entry per person: a given name alone ("Minh", "Dagny") joins the full name it belongs to. */
export function merge(people: readonly NamedPerson[]): NamedPerson[] {
  // "Kevin O'Malley" and "Kevin Omalley" (read from kevin.omalley@…) are one name.
  const keys = people.map((p) => nameKey(p.name).replace(/['-]/g, ''));
  const out: { person: NamedPerson; key: string; words: string[]; first: number }[] = [];
  // Full names first, so a given name alone finds the full name it belongs to; each keeps where it was first named.
  const order = people.map((_, i) => i).sort((a, b) => Number(keys[b]!.includes(' ')) - Number(keys[a]!.includes(' ')) || a - b);
  for (const i of order) {
    const p = people[i]!;
    const key = keys[i]!;
    const words = key.split(' ');
    // "Stan" after "Stanisław Lewandowski": a short form of the given name is the same person.
    const short = (o: { words: string[] }) => words.length === 1 && key.length >= 3 && o.words.length > 1 && o.words[0]!.startsWith(key);
    const same = out.find((o) => o.key === key || wordsWithin(words, o.words) || short(o));
    if (!same) {
      out.push({ person: { ...p }, key, words, first: i });
      continue;
    }
    same.first = Math.min(same.first, i);
    if (words.length > same.words.length) Object.assign(same, { key, words, person: { ...same.person, name: p.name } });
    const into = same.person;
    into.title ??= p.title;
    into.email ??= p.email;
    into.line ??= p.line;
    if (p.organiser) into.organiser = true;
    if (p.interviews) into.interviews = true;
  }
  return out.sort((a, b) => a.first - b.first).map((o) => o.person);
}

/** True when a phrase is a person's name as this module reads them (used by the schedule reader too). */
export function isPersonName(text: string, avoid: readonly string[], single = false): boolean {
  const lead = leadingName(text);
  return !!lead && looksLikeName(lead.name, { single, avoid });
}
