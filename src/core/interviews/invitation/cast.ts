import type { PersonRole } from '../../contacts/person.js';
import { nameKey } from './names.js';
import { merge } from './people.js';
import type { NamedPerson } from './people-list.js';
import type { ScheduleSlot } from './schedule.js';
import type { Sender } from './sender.js';

/** A person the invitation names, with the role the reader guessed; the review lets the user change it. */
export interface PersonDraft {
  name: string;
  title?: string;
  role: PersonRole;
  email?: string;
  phone?: string;
  /** The person who sent the invitation (from the signature or the forwarded header). */
  sender: boolean;
  /** Marked as the meeting's organiser in a guest list. */
  organiser: boolean;
  /** Takes part in the interview's conversations. */
  interviews: boolean;
}

// Meeting the sender at the door or over coffee ("Welcome & coffee with me") is not an interview; a "Welcome and overview"
// slot is (the sender presents), and so is a wrap-up with the sender (a decision kept from before dev 500-539, whose 539 labels it otherwise).
const LOGISTICS = /^(?:check-?in|arrival|registration|sign-?in|security check|(?:welcome\s*(?:&|and)\s*)?coffee)\b/i;
const ORGANISING =
  /recruit|talent|\bsourc(?:er|ing)\b|\bhr\b|human resources|\bpeople\b|coordinat|schedul|assistant|(?<!front )office manager|campus|hiring team|careers/i;

function guessRole(title: string | undefined, fallback: PersonRole): PersonRole {
  if (title && /hiring manager/i.test(title)) return 'hiring-manager';
  if (title && ORGANISING.test(title)) return 'recruiter';
  return fallback;
}

/** "r. thornton-wade" signs for "rebecca thornton-wade": initials then the same family name. */
function initialsOf(short: string, full: string): boolean {
  const [s, f] = [short.split(' '), full.split(' ')];
  if (s.length < 2 || s.length !== f.length || s.at(-1) !== f.at(-1)) return false;
  return s.slice(0, -1).every((w, i) => /^\p{L}\.?$/u.test(w) && f[i]!.startsWith(w[0]!) && f[i]!.length > 2);
}

/**
 * Everyone the invitation names: the schedule's people, those named in the text, and the sender. The sender and
 * organisers are recruiters or coordinators (not interviewers) unless the text says they take part.
 */
export function castPeople(input: {
  slots: readonly ScheduleSlot[];
  named: readonly NamedPerson[];
  sender: Sender | undefined;
  senderJoins: boolean;
  /** The sender says they will not take part ("I won't join the call"). */
  senderStaysOut?: boolean;
}): PersonDraft[] {
  const { sender } = input;
  const scheduled = input.slots.flatMap((s) => s.names.map((name) => ({ name, ...(s.titles[name] && { title: s.titles[name] }) })));
  const scheduledKeys = new Set(scheduled.map((p) => nameKey(p.name)));
  const all = merge([...scheduled, ...input.named]);
  const senderKey = sender ? nameKey(sender.name) : '';
  const isSender = (p: NamedPerson) => {
    if (!sender) return false;
    const key = nameKey(p.name);
    return (
      key === senderKey ||
      (!key.includes(' ') && senderKey.split(' ')[0] === key) ||
      (!senderKey.includes(' ') && key.split(' ')[0] === senderKey) ||
      initialsOf(senderKey, key) ||
      initialsOf(key, senderKey)
    );
  };
  // "9:30 Check-in with Jordan Reyes": meeting the sender at the door is not an interview.
  const interviewSlots = input.slots.filter((s) => !LOGISTICS.test(s.topic));
  const interviewNames = interviewSlots.flatMap((s) => s.names.map((name) => ({ name })));
  const joins = !input.senderStaysOut && (input.senderJoins || input.slots.some((s) => s.me && !LOGISTICS.test(s.topic)));
  const out: PersonDraft[] = [];
  let senderSeen = false;
  for (const p of all) {
    if (isSender(p)) {
      senderSeen = true;
      const title = p.title ?? sender!.title;
      const name = p.name.split(' ').length >= sender!.name.split(' ').length ? p.name : sender!.name;
      // Named among the interviewers ("the panel will be … and Ms. Inês Carvalho"): the sender takes part.
      const named =
        !input.senderStaysOut &&
        (joins ||
          interviewNames.some((n) => isSender(n)) ||
          (!scheduledKeys.has(nameKey(p.name)) && p.interviews === true && !p.organiser));
      // "Organiser: Johansson, Erik <erik.johansson@…>" over a note signed "/Erik": the address the list gives is the sender's.
      const email = sender!.email ?? p.email;
      out.push(senderDraft({ ...sender!, name, ...(title && { title }), ...(email && { email }) }, named, p.organiser ?? false));
      continue;
    }
    const organiser = p.organiser ?? false;
    const role = guessRole(p.title, organiser ? 'recruiter' : 'interviewer');
    const interviews = scheduledKeys.has(nameKey(p.name)) || (!organiser && (p.interviews === true || role !== 'recruiter'));
    out.push({
      name: p.name,
      ...(p.title && { title: p.title }),
      role,
      ...(p.email && { email: p.email }),
      sender: false,
      organiser,
      interviews,
    });
  }
  if (sender && !senderSeen) out.push(senderDraft(sender, joins, false));
  return out;
}

function senderDraft(sender: Sender, joins: boolean, organiser: boolean): PersonDraft {
  const role = sender.title && !ORGANISING.test(sender.title) ? guessRole(sender.title, joins ? 'interviewer' : 'recruiter') : 'recruiter';
  return {
    name: sender.name,
    ...(sender.title && { title: sender.title }),
    role,
    ...(sender.email && { email: sender.email }),
    ...(sender.phone && { phone: sender.phone }),
    sender: true,
    organiser,
    interviews: joins,
  };
}
