import { castPeople, type PersonDraft } from './cast.js';
import { findEmployer, type Link } from './kind.js';
import { findMeeting, type MeetingDetails } from './meeting.js';
import { nameKey } from './names.js';
import { findNamedPeople } from './people.js';
import type { ScheduleSlot } from './schedule.js';
import { findSender, greetedName, senderJoins } from './sender.js';

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
  const sender = findSender(lines);
  const bodyEnd = sender?.line ?? lines.length;
  const employer = input.employerName?.trim() || findEmployer(lines.slice(0, bodyEnd), sender?.company);
  const skip = new Set<number>([...headers, ...slotLines.keys()]);
  lines.forEach((line, i) => {
    if (i >= bodyEnd || MAIL_HEADER.test(line)) skip.add(i);
  });
  const avoid = [employer, sender?.company].filter((a): a is string => !!a);
  const named = findNamedPeople(lines, skip, { avoid, greeted: greetedName(lines) });

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

  const body = lines.filter((_, i) => !skip.has(i) || slotLines.has(i)).join('\n');
  const people = castPeople({ slots, named, sender, senderJoins: senderJoins(body) });
  return { people, meeting: findMeeting(lines.slice(0, bodyEnd), input.links), employer, slots };
}
