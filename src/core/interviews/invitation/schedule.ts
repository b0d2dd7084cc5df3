import { cleanName, looksLikeName, looksLikeTitle } from './names.js';
import { readPeople } from './people-list.js';
import { stripBullet, tidy } from './text.js';
import { findTimes } from './times.js';

/** One line of an interview-day schedule: "10:00 – 10:45 Dana Ruiz, Engineering Manager". */
export interface ScheduleSlot {
  /** Minutes since midnight. */
  start: number;
  end: number | null;
  names: string[];
  topic: string;
  /** Titles written beside the names ("Dana Ruiz, Engineering Manager"). */
  titles: Record<string, string>;
  /** The line says the sender takes part ("Wrap-up with me"). */
  me: boolean;
}

function splitNames(text: string, single: boolean): string[] | null {
  const parts = text
    .split(/\s*(?:&|\+|\/|\band\b)\s*/)
    .map((p) => cleanName(tidy(p)))
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => looksLikeName(p, { single })) ? parts : null;
}

// What may follow the people of a "with" segment: "… from the Equity Derivatives team".
const WITH_TAIL = /^\s*(?:(?:from|of|on|in)\s+(?:the|our)\b.*)?$/i;

/** Reads the names (with any titles beside them) and the topic from what follows the times on a schedule line. */
export function namesAndTopic(rest: string): { names: string[]; topic: string; titles: Record<string, string>; me: boolean } {
  const names: string[] = [];
  const topic: string[] = [];
  const titles: Record<string, string> = {};
  let me = false;
  let last: string | undefined;
  // "Okonjo, Chidera    Sr. Engineering Manager": a column with the family name first.
  rest = rest.replace(
    /(^|\t| {3,}|\|\s*)(\p{Lu}[\p{L}'-]+),\s+(\p{Lu}[\p{L}'-]+)(?=\t| {3,}|\s*\||\s*$)/gu,
    (m, pre: string, family: string, given: string) => (looksLikeName(`${given} ${family}`) ? `${pre}${given} ${family}` : m),
  );
  const pieces = rest.split(/(\s*(?:\||;|,|\(|\)|\[|\]|\s-\s|:|\t| {3,})\s*)/);
  let titled: string | undefined;
  for (let i = 0; i < pieces.length; i += 2) {
    // "(Medical Director), Ruth Adeyemi": a title closed by its bracket goes on no further.
    if (/[)\]]/.test(pieces[i - 1] ?? '')) titled = undefined;
    // ") – Mr. Abhijit Deshmukh": the dash after a bracket stays on the segment; it is not part of it.
    const segment = tidy(pieces[i]!).replace(/^[-–—]\s+/, '');
    if (!segment) continue;
    // "Niamh Ní Bhriain, Partner, and Oluwaseun Bakare, Senior Associate": "and" and a whole name after a title's comma go on with the list.
    const joined = /^(?:and|&)\s+(.+)$/i.exec(segment);
    const next = joined && (pieces[i - 1] ?? '').trim() === ',' ? readPeople(joined[1]!) : null;
    if (next && next.people.length > 0 && next.end >= joined![1]!.length) {
      for (const p of next.people) names.push(p.name);
      last = next.people.at(-1)!.name;
      titled = undefined;
      continue;
    }
    // "Principal Scientist, Fabric Care": the title goes on after a comma.
    if (titled && (pieces[i - 1] ?? '').trim() === ',') {
      titles[titled] = `${titles[titled]}, ${segment}`;
      continue;
    }
    titled = undefined;
    // "with X", "w/ X" (and "con", "com", "avec", "mit"); "presentation to X" and "led by X" only with full names ("Intro to Kafka" names no one).
    const withMatch =
      /^(.*?)(?:\b(?:with|con|com|avec|mit)|(?<=^|\s)w\/|\b(?:present(?:ation|ing)?|pitch|talk|speak(?:ing)?) to|\b(?:led|hosted|run|given|conducted) by)\s+(.+)$/i.exec(
        segment,
      );
    const loose = !!withMatch && /(?:with|con|com|avec|mit|w\/)\s+$/i.test(segment.slice(0, segment.length - withMatch[2]!.length));
    if (withMatch && /^(?:me|myself)\b/i.test(withMatch[2]!)) me = true;
    const read = withMatch ? readPeople(withMatch[2]!.replace(/^(?:the\s+)?/i, ''), { single: loose }) : null;
    const after =
      read && read.people.length > 0 && WITH_TAIL.test(withMatch![2]!.replace(/^(?:the\s+)?/i, '').slice(read.end)) ? read.people : null;
    if (withMatch && (after || me)) {
      for (const p of after ?? []) {
        names.push(p.name);
        if (p.title) titles[p.name] = p.title;
      }
      last = after?.at(-1)?.name;
      if (tidy(withMatch[1]!)) topic.push(tidy(withMatch[1]!));
      continue;
    }
    // "Panel with A, B and C from the Checkout team": the list goes on after the comma.
    const more = last && (pieces[i - 1] ?? '').trim() === ',' ? readPeople(segment, { single: true }) : null;
    if (more && more.people.length > 0 && WITH_TAIL.test(segment.slice(more.end))) {
      for (const p of more.people) {
        names.push(p.name);
        if (p.title) titles[p.name] = p.title;
      }
      last = more.people.at(-1)!.name;
      continue;
    }
    const direct = splitNames(segment, false);
    if (direct) {
      names.push(...direct);
      last = direct.at(-1);
      continue;
    }
    // A title beside a name belongs to the person, not to the topic.
    if (last && !titles[last] && looksLikeTitle(segment)) {
      titles[last] = segment;
      titled = last;
      last = undefined;
      continue;
    }
    last = undefined;
    topic.push(segment);
  }
  return { names: [...new Set(names)], topic: topic.join(', ').slice(0, 200), titles, me };
}

// "Interview 1 — 10:00 to 10:45", "Session 2: 11:00-11:45": a short name of a session, then only its time.
const NAMED_SLOT = /^(.{2,40}?)\s*[-–—:|]\s*(?=\d)/;
const SESSION_WORDS =
  /\b(?:interview|session|round|part|slot|stage|block|meeting|call|chat|panel|conversation|lunch|break|tour|presentation|exercise|case|q&a|intro(?:duction)?|welcome|wrap-?up|debrief|coding|design|technical|behaviou?ral)\b/i;

// "Session 1 (10:00–10:45): Technical interview with Dana Ruiz": a session's name, its times in brackets, then what.
const LABELLED_SLOT = /^(.{2,40}?)\s*\(\s*(?=\d)/;

/** A slot written as "Session 1 (10:00-10:45): Technical interview with Dana Ruiz and Lee Park". */
function labelledSlot(text: string): ScheduleSlot | null {
  const m = LABELLED_SLOT.exec(text);
  if (!m || !SESSION_WORDS.test(m[1]!) || /\b(?:when|time|date|start|duration|schedule)\b/i.test(m[1]!)) return null;
  const rest = text.slice(m[0].length);
  const time = findTimes(rest)[0];
  const after = time && time.index === 0 ? /^\s*\)\s*[:\-–—|]?\s*/.exec(rest.slice(time.endIndex)) : null;
  if (!time || !after) return null;
  const what = rest.slice(time.endIndex + after[0].length);
  if (!/\p{L}{2,}/u.test(what)) return null;
  const read = namesAndTopic(what);
  const label = tidy(m[1]!);
  return { start: time.start, end: time.end, ...read, topic: read.topic ? `${label}: ${read.topic}` : label };
}

/** A slot written as "Interview 1 — 10:00 to 10:45": the topic first, then a time range and nothing else. */
function namedSlot(text: string): ScheduleSlot | null {
  const labelled = labelledSlot(text);
  if (labelled) return labelled;
  const m = NAMED_SLOT.exec(text);
  if (!m || !SESSION_WORDS.test(m[1]!) || /\b(?:when|time|date|start|duration|schedule)\b/i.test(m[1]!)) return null;
  const rest = text.slice(m[0].length);
  const time = findTimes(rest)[0];
  if (
    !time ||
    time.index > 0 ||
    time.end === null ||
    /\p{L}{3,}/u.test(rest.slice(time.endIndex).replace(/\b(?:[ap]\.?m\.?|[A-Z]{2,5})\b/gi, ''))
  )
    return null;
  return { start: time.start, end: time.end, names: [], topic: tidy(m[1]!.replace(/[-–—:|]+$/, '')), titles: {}, me: false };
}

/** A schedule slot when the line starts with a time (or range) followed by words; null otherwise. */
export function scheduleSlot(line: string): ScheduleSlot | null {
  const text = stripBullet(line.replace(/^\s*\|/, '')).trimStart();
  const named = namedSlot(text);
  if (named) return named;
  const first = findTimes(text)[0];
  if (!first || first.index > 1 || /^\s*(?:from|at)\b/i.test(text)) return null;
  // The same slot in a second zone ("08:00-08:30 (10:00-10:30) - Intro") is passed over.
  const rest = text
    .slice(first.endIndex)
    .replace(/^\s*\(\s*[\d:.\s-]+(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?\s*\)/i, '')
    .replace(/^[\s:|,;.)\]-]+/, '');
  if (!/\p{L}{2,}/u.test(rest)) return null;
  const read = namesAndTopic(rest);
  // "9:30 AM | (UTC+08:00) Beijing, Chongqing, Hong Kong": the time-zone line, not a slot with people.
  if (/\((?:UTC|GMT)\s*[+-]\d/i.test(rest)) return { start: first.start, end: first.end, ...read, names: [], titles: {} };
  return { start: first.start, end: first.end, ...read };
}
