import type { Doc } from './text.js';
import { THEMES } from './topic-themes.js';

const STOP = new Set([
  'tell',
  'me',
  'about',
  'a',
  'an',
  'the',
  'you',
  'your',
  'time',
  'when',
  'what',
  'why',
  'how',
  'did',
  'do',
  'does',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'to',
  'of',
  'in',
  'on',
  'for',
  'with',
  'that',
  'this',
  'would',
  'could',
  'can',
  'describe',
  'give',
  'example',
  'walk',
  'through',
  'us',
  'we',
  'our',
  'and',
  'or',
  'it',
  'be',
  'been',
  'any',
  'some',
  'which',
  'who',
  'there',
  'situation',
  'share',
  'explain',
  'talk',
  'most',
  'one',
  'ever',
  'yourself',
  'if',
  'so',
  'i',
  'my',
]);

/** Builds the list of words that mark an answer as on topic for a question. */
export function topicKeywords(promptText: string, extra: readonly string[] = []): string[] {
  const lower = promptText.toLowerCase();
  const words = lower.match(/[a-z][a-z'-]+/g) ?? [];
  const keys = new Set<string>();
  for (const w of words) if (!STOP.has(w) && w.length > 2) keys.add(w);
  for (const e of extra) keys.add(e.toLowerCase());
  for (const theme of THEMES) {
    if (theme.triggers.some((t) => (t.includes(' ') ? lower.includes(t) : words.some((w) => w.startsWith(t))))) {
      for (const t of theme.words) keys.add(t);
    }
  }
  return [...keys];
}

/** Keywords indexed for fast matching: prefixes by their first three letters, and phrases. */
export interface TopicIndex {
  byHead: Map<string, string[]>;
  phrases: string[];
}

/** Prepares keywords for repeated matching (build once per prompt). */
export function indexKeywords(keywords: readonly string[]): TopicIndex {
  const byHead = new Map<string, string[]>();
  const phrases: string[] = [];
  for (const k of keywords) {
    if (k.includes(' ') || k.length < 3) {
      phrases.push(k);
      continue;
    }
    const head = k.slice(0, 3);
    const list = byHead.get(head);
    if (list) list.push(k);
    else byHead.set(head, [k]);
  }
  return { byHead, phrases };
}

/** Counts answer words that start with a keyword (so tenses and plurals count), plus keyword phrases present. */
export function topicOverlap(doc: Doc, index: TopicIndex): number {
  let hits = 0;
  for (const t of doc.tokens) {
    const list = index.byHead.get(t.lower.slice(0, 3));
    if (list && list.some((k) => t.lower.startsWith(k))) hits++;
  }
  if (index.phrases.length > 0) {
    const lower = doc.text.toLowerCase();
    for (const p of index.phrases) if (lower.includes(p)) hits++;
  }
  return hits;
}
