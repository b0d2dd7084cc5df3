import { stripBullet, tidy } from './text.js';
import { findTimes } from './times.js';

/** One line of an interview-day schedule: "10:00 – 10:45 Dana Ruiz, Engineering Manager". */
export interface ScheduleSlot {
  /** Minutes since midnight. */
  start: number;
  end: number | null;
  names: string[];
  topic: string;
}

// Words that make a capitalised phrase a role or a topic rather than somebody's name.
const NOT_NAME = new Set(
  (
    'manager engineer engineering director lead head recruiter recruiting partner vp svp president officer designer design scientist ' +
    'analyst analytics team panel lunch break interview interviews coding code system systems technical behavioral behavioural product hr people ' +
    'talent ceo cto cfo coo cpo founder co-founder staff senior principal chief architect developer coordinator specialist consultant welcome ' +
    'wrap wrap-up tour office debrief introduction intro culture values presentation case study exercise chat session review hiring data ' +
    'machine learning sales marketing finance operations support customer success ux ui frontend backend platform security infrastructure ' +
    'mobile research the and of for on at to meet check-in q&a qa pairing pair programming whiteboard onsite virtual call screen fit skills ' +
    'deep dive leadership executive owner administrator admin assistant associate intern student'
  ).split(' '),
);
const PARTICLES = new Set('de da do dos das van von der den la le del di du bin al el ter ten'.split(' '));

/** True for "Dana Ruiz", "Ana de la Cruz", "Jean-Luc O'Neil"; `single` also accepts one capitalised word. */
function looksLikeName(text: string, single = false): boolean {
  const words = text.trim().split(/\s+/);
  const real = words.filter((w) => !PARTICLES.has(w.toLowerCase()));
  if (real.length < (single ? 1 : 2) || words.length > 5) return false;
  return real.every((w) => /^\p{Lu}[\p{L}'.-]*$/u.test(w) && !NOT_NAME.has(w.toLowerCase().replace(/[.']+$/, '')));
}

function splitNames(text: string, single: boolean): string[] | null {
  const parts = text.split(/\s*(?:&|\+|\/|\band\b)\s*/).map((p) => tidy(p)).filter(Boolean);
  return parts.length > 0 && parts.every((p) => looksLikeName(p, single)) ? parts : null;
}

/** Reads the names and the topic from what follows the times on a schedule line. */
export function namesAndTopic(rest: string): { names: string[]; topic: string } {
  const names: string[] = [];
  const topic: string[] = [];
  const segments = rest.split(/\s*(?:\||;|,|\(|\)|\[|\]|\s-\s|:)\s*/).map((s) => tidy(s)).filter(Boolean);
  for (const segment of segments) {
    const withMatch = /^(.*?)\bwith\s+(.+)$/i.exec(segment);
    const after = withMatch ? splitNames(withMatch[2]!.replace(/^(?:the\s+)?/i, ''), true) : null;
    if (withMatch && after) {
      names.push(...after);
      if (tidy(withMatch[1]!)) topic.push(tidy(withMatch[1]!));
      continue;
    }
    const direct = splitNames(segment, false);
    if (direct) names.push(...direct);
    else topic.push(segment);
  }
  return { names: [...new Set(names)], topic: topic.join(', ').slice(0, 200) };
}

/** A schedule slot when the line starts with a time (or range) followed by words; null otherwise. */
export function scheduleSlot(line: string): ScheduleSlot | null {
  const text = stripBullet(line);
  const first = findTimes(text)[0];
  if (!first || first.index > 1 || /^\s*(?:from|at)\b/i.test(text)) return null;
  const rest = text.slice(first.endIndex).replace(/^[\s:|,;.)\]-]+/, '');
  if (!/\p{L}{2,}/u.test(rest)) return null;
  return { start: first.start, end: first.end, ...namesAndTopic(rest) };
}
