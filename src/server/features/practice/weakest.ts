import type { FindingCounts } from '../../../contracts/practice.js';
import type { Prompt as LibraryPrompt, PromptCategory } from '../../../core/library/prompts/index.js';

/** What the ranking needs to know of one rehearsal. */
export interface RehearsalFacts {
  promptId: string;
  selfRating: number;
  score: number;
  findingCounts: FindingCounts;
  createdAt: string;
}

/** One prompt's place in the ranking. */
export interface WeakRanking {
  prompt: LibraryPrompt;
  /** 0–1, higher is more worth practising now. */
  weakness: number;
  reason: string;
  rehearsalCount: number;
  averageRating: number | null;
  lastScore: number | null;
  lastRehearsedAt: string | null;
}

// How likely each kind of question is to come up in any interview (0–1).
const CATEGORY_RELEVANCE: Record<PromptCategory, number> = {
  opener: 1,
  'why-company': 0.9,
  'why-left': 0.9,
  strengths: 0.8,
  weaknesses: 0.8,
  motivation: 0.7,
  closing: 0.7,
  'career-goals': 0.6,
  salary: 0.6,
  behavioural: 0.5,
  situational: 0.4,
};

// Recent attempts say more about readiness than old ones.
const RECENT = 3;

function jobMentions(prompt: LibraryPrompt, words: ReadonlySet<string>, text: string): string[] {
  return prompt.keywords.filter((k) => (k.includes(' ') ? text.includes(k) : [...words].some((w) => w.startsWith(k))));
}

function relevanceOf(prompt: LibraryPrompt, hits: number): number {
  return Math.min(1, CATEGORY_RELEVANCE[prompt.category] + 0.3 * Math.min(1, hits / 3));
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

function topCodes(counts: FindingCounts): string[] {
  return Object.entries(counts)
    .filter((e): e is [string, number] => (e[1] ?? 0) > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([code]) => code);
}

function mergeCounts(all: readonly FindingCounts[]): FindingCounts {
  const merged: Record<string, number> = {};
  for (const counts of all) for (const [code, n] of Object.entries(counts)) merged[code] = (merged[code] ?? 0) + (n ?? 0);
  return merged;
}

function unrehearsedReason(relevance: number, mentions: string[], answerScore: number | null): string {
  const why =
    mentions.length > 0
      ? `the job description mentions ${mentions.slice(0, 3).join(', ')}`
      : relevance >= 0.9
        ? 'asked in almost every interview'
        : relevance >= 0.7
          ? 'commonly asked'
          : 'worth one run-through';
  const written = answerScore === null ? '' : ` (written answer scores ${answerScore}/100)`;
  return `Never rehearsed; ${why}${written}`;
}

/**
 * Ranks prompts weakest first: badly rated or problem-heavy rehearsals lead, then prompts never
 * rehearsed, the most likely to be asked (and the most echoed by the job description) first.
 * Ties keep library order. `rehearsals` must be newest first.
 */
export function rankWeakest(input: {
  prompts: readonly LibraryPrompt[];
  rehearsals: readonly RehearsalFacts[];
  answerScores: ReadonlyMap<string, number>;
  jobDescription?: string | undefined;
  limit: number;
}): WeakRanking[] {
  const jd = (input.jobDescription ?? '').toLowerCase();
  const words = new Set(jd.match(/[a-z0-9]+/g) ?? []);
  const byPrompt = new Map<string, RehearsalFacts[]>();
  for (const r of input.rehearsals) byPrompt.set(r.promptId, [...(byPrompt.get(r.promptId) ?? []), r]);
  const ranked = input.prompts.map((prompt, order) => {
    const mentions = jd ? jobMentions(prompt, words, jd) : [];
    const relevance = relevanceOf(prompt, mentions.length);
    const history = byPrompt.get(prompt.id) ?? [];
    const answerScore = input.answerScores.get(prompt.id) ?? null;
    const last = history[0];
    if (!last) {
      const written = answerScore === null ? 0 : 0.05 + 0.05 * (answerScore / 100);
      const weakness = 0.2 + 0.4 * relevance - written;
      const item: WeakRanking = {
        prompt,
        weakness: round(weakness, 3),
        reason: unrehearsedReason(relevance, mentions, answerScore),
        rehearsalCount: 0,
        averageRating: null,
        lastScore: null,
        lastRehearsedAt: null,
      };
      return { item, order };
    }
    const recent = history.slice(0, RECENT);
    const averageRating = recent.reduce((sum, r) => sum + r.selfRating, 0) / recent.length;
    const averageScore = Math.round(recent.reduce((sum, r) => sum + r.score, 0) / recent.length);
    const badness = 0.55 * ((5 - averageRating) / 4) + 0.45 * ((100 - averageScore) / 100);
    // A poorly rated attempt outranks a prompt never tried; a well rated one falls below it.
    const weakness = 0.25 + 0.7 * badness + 0.05 * relevance;
    const codes = topCodes(mergeCounts(recent.map((r) => r.findingCounts)));
    const times = recent.length === 1 ? 'the last rehearsal' : `the last ${recent.length} rehearsals`;
    const reason = `Rated ${round(averageRating, 1)}/5 over ${times}; coach score ${averageScore}/100${codes.length ? ` (${codes.join(', ')})` : ''}`;
    const item: WeakRanking = {
      prompt,
      weakness: round(weakness, 3),
      reason,
      rehearsalCount: history.length,
      averageRating: round(averageRating, 2),
      lastScore: last.score,
      lastRehearsedAt: last.createdAt,
    };
    return { item, order };
  });
  return ranked
    .sort((a, b) => b.item.weakness - a.item.weakness || a.order - b.order)
    .slice(0, input.limit)
    .map((r) => r.item);
}
