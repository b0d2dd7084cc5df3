import { BUILT_IN_PRIORITY_KEYS, ROLES } from '../library/questions-to-ask/types.js';
import type { BuiltInPriorityKey, PriorityKey, Question } from '../library/questions-to-ask/types.js';

/** How well an opportunity meets one priority, as the user rated it. */
export type FitRating = 'unknown' | 'poor' | 'fair' | 'good' | 'great';

/** One of the user's criteria; custom ones carry a free-text name. */
export interface PriorityInput {
  key: PriorityKey;
  name: string;
  weight: number;
}

/** Input to {@link suggestForUnknownPriorities}. */
export interface SuggestForUnknownPrioritiesInput {
  priorities: readonly PriorityInput[];
  /** Missing keys count as unknown. */
  fitRatings: Readonly<Record<string, FitRating | undefined>>;
  library: readonly Question[];
  /** At most this many questions per priority (1–3; default 3). */
  perPriority?: number;
}

/** Questions that would settle one still-unknown priority. */
export interface PrioritySuggestion {
  priorityKey: PriorityKey;
  questions: Question[];
}

const BUILT_IN = new Set<string>(BUILT_IN_PRIORITY_KEYS);

// Words in a custom criterion's name that point at a built-in one, so library questions can help too.
const SYNONYMS: ReadonlyArray<readonly [RegExp, BuiltInPriorityKey]> = [
  [/\b(?:pay|salary|salaries|compensation|money|bonus|equity|wage|wages|benefits)\b/i, 'pay'],
  [/\b(?:remote|hybrid|home|wfh|office days)\b/i, 'remote-policy'],
  [/\b(?:commute|commuting|location|travel|relocat\w*|distance)\b/i, 'location-and-commute'],
  [/\b(?:learn\w*|career|growth|promotion|mentor\w*|skills?|training)\b/i, 'growth'],
  [/\b(?:balance|hours|family|flexib\w*|overtime|burnout|time off|holidays?)\b/i, 'work-life-balance'],
  [/\b(?:manager|boss|leader\w*|colleagues?|team ?mates?|people)\b/i, 'people-and-manager'],
  [/\b(?:ethic\w*|values|mission|purpose|impact|sustainab\w*|diversity|inclusion)\b/i, 'ethics-and-values'],
  [/\b(?:stability|stable|security|secure|job security|runway|layoffs?)\b/i, 'stability'],
  [/\b(?:culture|atmosphere|autonomy|collaborat\w*|feedback)\b/i, 'culture'],
];

/** The built-in priorities a custom criterion's name hints at. */
function builtInsFor(key: PriorityKey, name: string): BuiltInPriorityKey[] {
  if (BUILT_IN.has(key)) return [key as BuiltInPriorityKey];
  return SYNONYMS.filter(([re]) => re.test(name)).map(([, k]) => k);
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'priority'
  );
}

/** Keeps acronyms ("AI ethics") and lower-cases ordinary first words ("Mission" → "mission"). */
function inSentence(name: string): string {
  const s = name.trim().replace(/[.?!]+$/, '');
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** A question for a criterion the library knows nothing about, built from its name. */
export function templatedQuestion(key: PriorityKey, name: string): Question {
  return {
    id: `custom-${slug(String(key))}`,
    text: `${inSentence(name) ? `When it comes to ${inSentence(name)}` : 'On this point'}, what is it really like here, and could you give me a recent example?`,
    purpose: 'culture',
    roles: [...ROLES],
    informs: [key],
  };
}

/** Library questions for one priority: most targeted first (the priority listed first), distinct purposes first. */
function pickFromLibrary(
  keys: readonly BuiltInPriorityKey[],
  library: readonly Question[],
  used: ReadonlySet<string>,
  limit: number,
): Question[] {
  const candidates = library
    .map((q, i) => ({ q, i, rank: Math.min(...keys.map((k) => (q.informs.indexOf(k) === -1 ? 99 : q.informs.indexOf(k)))) }))
    .filter((c) => c.rank < 99)
    .sort((a, b) => Number(used.has(a.q.id)) - Number(used.has(b.q.id)) || a.rank - b.rank || a.i - b.i);
  const picked: Question[] = [];
  const purposes = new Set<string>();
  for (const pass of [true, false]) {
    for (const { q } of candidates) {
      if (picked.length >= limit) break;
      if (picked.includes(q) || (pass && purposes.has(q.purpose))) continue;
      picked.push(q);
      purposes.add(q.purpose);
    }
  }
  return picked;
}

/**
 * For each priority still rated unknown (weight above zero, heaviest first), suggests 1–3 questions that would
 * settle it: library questions that inform it, and for custom criteria a question templated from their name.
 */
export function suggestForUnknownPriorities(input: SuggestForUnknownPrioritiesInput): PrioritySuggestion[] {
  const limit = Math.min(3, Math.max(1, Math.floor(input.perPriority ?? 3)));
  const open = input.priorities
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.weight > 0 && (input.fitRatings[p.key] ?? 'unknown') === 'unknown')
    .sort((a, b) => b.p.weight - a.p.weight || a.i - b.i);
  const used = new Set<string>();
  const out: PrioritySuggestion[] = [];
  const seen = new Set<string>();
  for (const { p } of open) {
    if (seen.has(p.key)) continue;
    seen.add(p.key);
    const custom = !BUILT_IN.has(p.key);
    const fromLibrary = pickFromLibrary(builtInsFor(p.key, p.name), input.library, used, custom ? limit - 1 : limit);
    const questions = custom ? [templatedQuestion(p.key, p.name), ...fromLibrary] : fromLibrary;
    if (questions.length === 0) continue;
    for (const q of questions) used.add(q.id);
    out.push({ priorityKey: p.key, questions });
  }
  return out;
}
