import type { Fact, FactTopic } from '../../library/questions-to-ask/types.js';
import { contentTerms } from './normalize.js';

// Facts filed under a neighbouring topic can still answer a question (a founder is both history and leadership).
const RELATED: Partial<Record<FactTopic, FactTopic[]>> = {
  'what-they-do': ['products-and-services', 'customers', 'other'],
  'products-and-services': ['what-they-do', 'news'],
  customers: ['what-they-do', 'products-and-services'],
  size: ['history', 'news', 'other'],
  locations: ['news', 'size', 'other'],
  history: ['leadership', 'news', 'other'],
  leadership: ['history', 'news'],
  'funding-and-finances': ['news', 'history'],
  competitors: ['what-they-do', 'products-and-services', 'news'],
  news: ['funding-and-finances', 'locations', 'products-and-services', 'leadership', 'other'],
  'values-and-ethics': ['culture', 'other'],
};

/** The fact that best answers a question: same topic first, then a related topic that shares key words. */
export function bestFact(question: string, topic: FactTopic, facts: readonly Fact[]): Fact | undefined {
  if (facts.length === 0) return undefined;
  const terms = contentTerms(question);
  let best: Fact | undefined;
  let bestScore = 0;
  for (const fact of facts) {
    const same = fact.topic === topic;
    const related = RELATED[topic]?.includes(fact.topic) ?? false;
    if (!same && !related) continue;
    let overlap = 0;
    for (const t of contentTerms(fact.statement)) if (terms.has(t)) overlap++;
    // A related-topic fact must share a key word; a same-topic fact answers even without one.
    if (!same && overlap === 0) continue;
    const score = (same ? 10 : 0) + overlap * 3 + (fact.statement.length < 200 ? 1 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = fact;
    }
  }
  return best;
}

/**
 * A fact whose key words cover most of a question's: then the dossier answers it even when no public-topic
 * phrasing matched ("Do you work with hospitals?" against "Serves 300 hospitals across Europe").
 */
export function factAnsweringByWords(question: string, facts: readonly Fact[]): Fact | undefined {
  const terms = contentTerms(question);
  if (terms.size === 0) return undefined;
  let best: Fact | undefined;
  let bestShare = 0;
  for (const fact of facts) {
    if (fact.topic === 'culture' || fact.topic === 'hiring-process') continue;
    let overlap = 0;
    for (const t of contentTerms(fact.statement)) if (terms.has(t)) overlap++;
    const share = overlap / terms.size;
    if (overlap >= 2 && share >= 0.6 && share > bestShare) {
      bestShare = share;
      best = fact;
    }
  }
  return best;
}
