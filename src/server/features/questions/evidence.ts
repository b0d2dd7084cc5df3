import type { Fact } from '../../../core/library/questions-to-ask/types.js';

/** A fit rating with what the talking points need of it (the evidence is private: never quoted anywhere). */
export interface RatedEvidence {
  name: string;
  weight: number;
  rating: string;
  evidence: string;
}

const RANK: Record<string, number> = { great: 2, good: 1 };
// Facts about what the employer does and where it is heading make better talking points than its head count.
const TALKING_TOPICS = [
  'products-and-services',
  'news',
  'what-they-do',
  'customers',
  'values-and-ethics',
  'culture',
  'leadership',
  'locations',
];

/** One line of plain text from a Markdown note: first line, no emphasis marks, at most `max` characters. */
export function plainLine(text: string, max = 160): string {
  const line = (text.split(/\r?\n/).find((l) => l.trim().length > 0) ?? '')
    .replace(/[*_`#>]+/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** Facts worth bringing up, most telling topic first, then newest (the input order). */
export function telling(facts: readonly Fact[]): Fact[] {
  const rank = (f: Fact) => {
    const i = TALKING_TOPICS.indexOf(f.topic);
    return i === -1 ? TALKING_TOPICS.length : i;
  };
  return facts
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

/** Priorities that may be named to an interviewer: pay and its floor are the user's business. */
const UNSAYABLE = /\b(pay|salary|compensation|money|floor)\b/i;

/**
 * Up to `n` talking points: the most telling facts, then one line naming what draws the user (the strongest-rated
 * priorities, by name only). Fit evidence is a private note and is never quoted.
 */
export function talkingPoints(ratings: readonly RatedEvidence[], facts: readonly Fact[], n = 3): string[] {
  const points: string[] = [];
  for (const f of telling(facts)) {
    const line = plainLine(f.statement);
    if (line && !points.includes(line)) points.push(line);
  }
  const draws = ratings
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => (RANK[r.rating] ?? 0) > 0 && r.weight > 0 && !UNSAYABLE.test(r.name))
    .sort((a, b) => (RANK[b.r.rating] ?? 0) - (RANK[a.r.rating] ?? 0) || b.r.weight - a.r.weight || a.i - b.i)
    .slice(0, 3)
    .map(({ r }) => r.name.toLowerCase());
  const out = points.slice(0, draws.length ? n - 1 : n);
  if (draws.length) out.push(`What draws me here: ${draws.join(', ')}.`);
  return out.slice(0, n);
}
