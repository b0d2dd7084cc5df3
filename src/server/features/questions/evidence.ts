import type { Fact } from '../../../core/library/questions-to-ask/types.js';

/** A fit rating with what the talking points need of it (private: never in the closing line). */
export interface RatedEvidence {
  name: string;
  weight: number;
  rating: string;
  evidence: string;
}

const RANK: Record<string, number> = { great: 2, good: 1 };
// Facts about what the employer does and where it is heading make better talking points than its head count.
const TALKING_TOPICS = ['products-and-services', 'news', 'what-they-do', 'customers', 'values-and-ethics', 'culture', 'leadership', 'locations'];

/** One line of plain text from a Markdown note: first line, no emphasis marks, at most `max` characters. */
export function plainLine(text: string, max = 160): string {
  const line = (text.split(/\r?\n/).find((l) => l.trim().length > 0) ?? '')
    .replace(/[*_`#>]+/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** Fit evidence rated good or great, strongest first (great before good, heavier priority first). */
export function strongestFitEvidence(ratings: readonly RatedEvidence[]): RatedEvidence[] {
  return ratings
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => (RANK[r.rating] ?? 0) > 0 && plainLine(r.evidence).length > 0 && r.weight > 0)
    .sort((a, b) => (RANK[b.r.rating] ?? 0) - (RANK[a.r.rating] ?? 0) || b.r.weight - a.r.weight || a.i - b.i)
    .map(({ r }) => r);
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

/** Up to `n` talking points: strongest fit evidence ("Priority: evidence"), then telling facts. */
export function talkingPoints(ratings: readonly RatedEvidence[], facts: readonly Fact[], n = 3): string[] {
  const points = strongestFitEvidence(ratings).map((r) => `${r.name}: ${plainLine(r.evidence)}`);
  for (const f of telling(facts)) points.push(plainLine(f.statement));
  return points.slice(0, n);
}
