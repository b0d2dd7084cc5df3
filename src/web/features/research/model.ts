import { FACT_TOPICS } from '../../../core/research/index.js';
import type { FactTopic } from '../../../core/research/index.js';
import type { CreateFact, Fact, Research } from '../../../contracts/research.js';

/** The label of a topic as the checklist names it. */
export function topicLabel(topic: string): string {
  return FACT_TOPICS.find((t) => t.topic === topic)?.label ?? topic;
}

/** Facts grouped by topic, in checklist order; empty topics are left out. */
export function groupFacts(facts: readonly Fact[]): { topic: FactTopic; label: string; facts: Fact[] }[] {
  return FACT_TOPICS.map((t) => ({ topic: t.topic, label: t.label, facts: facts.filter((f) => f.topic === t.topic) })).filter(
    (g) => g.facts.length > 0,
  );
}

/** The host of a source link ("example.com"), so the reader sees where a fact comes from; null if unparsable. */
export function sourceHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** "8 of 13 topics covered": the checklist's coverage in words (`other` never counts). */
export function coverageText(checklist: Research['checklist']): string {
  const countable = checklist.items.filter((i) => i.topic !== 'other').length;
  const covered = countable - checklist.gapCount;
  return `${covered} of ${countable} topics covered`;
}

/** The topic the add-fact form starts on: the first gap, else the first topic. */
export function defaultTopic(checklist: Research['checklist'] | undefined): FactTopic {
  const gap = checklist?.items.find((i) => i.gap);
  return gap?.topic ?? FACT_TOPICS[0]?.topic ?? 'other';
}

/** The POST body that brings a deleted fact back with its own id (Undo). */
export function recreateBody(f: Fact): CreateFact {
  return { id: f.id, topic: f.topic, statement: f.statement, sourceUrl: f.sourceUrl, notedOn: f.notedOn };
}
