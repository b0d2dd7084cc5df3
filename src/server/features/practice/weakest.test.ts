import { describe, expect, it } from 'vitest';
import { PROMPTS } from '../../../core/library/prompts/index.js';
import { rankWeakest, type RehearsalFacts } from './weakest.js';

const at = (minute: number) => `2026-11-25T09:${String(minute).padStart(2, '0')}:00.000Z`;
const rehearsal = (promptId: string, selfRating: number, score: number, minute = 0, counts = {}): RehearsalFacts => ({
  promptId,
  selfRating,
  score,
  findingCounts: counts,
  createdAt: at(minute),
});
const rank = (rehearsals: RehearsalFacts[], extra: { jobDescription?: string; answerScores?: Map<string, number>; limit?: number } = {}) =>
  rankWeakest({
    prompts: PROMPTS,
    rehearsals,
    answerScores: extra.answerScores ?? new Map(),
    jobDescription: extra.jobDescription,
    limit: extra.limit ?? PROMPTS.length,
  });
const ids = (list: { prompt: { id: string } }[]) => list.map((w) => w.prompt.id);

describe('rankWeakest', () => {
  it('with no history puts the questions asked in almost every interview first, in library order', () => {
    const top = rank([], { limit: 3 });
    expect(ids(top)).toEqual(['tell-me-about-yourself', 'walk-through-cv', 'why-this-company']);
    expect(top[0]!.reason).toBe('Never rehearsed; asked in almost every interview');
  });

  it('puts a poorly rated, problem-heavy rehearsal above any prompt never tried, naming its codes', () => {
    const top = rank([rehearsal('failure', 2, 60, 1, { 'missing-result': 1, hedging: 3 })]);
    expect(top[0]!.prompt.id).toBe('failure');
    expect(top[0]!.reason).toBe('Rated 2/5 over the last rehearsal; coach score 60/100 (hedging, missing-result)');
    expect(top[0]).toMatchObject({ rehearsalCount: 1, averageRating: 2, lastScore: 60, lastRehearsedAt: at(1) });
  });

  it('lets a well rated, clean rehearsal fall below every prompt never tried', () => {
    const ranked = rank([rehearsal('tell-me-about-yourself', 5, 100)]);
    expect(ids(ranked).at(-1)).toBe('tell-me-about-yourself');
  });

  it('judges on the last three rehearsals only, so recent improvement counts', () => {
    const old = [1, 2, 3].map((m) => rehearsal('mistake', 1, 30, m));
    const recent = [9, 8, 7].map((m) => rehearsal('mistake', 5, 95, m));
    const improved = rank([...recent, ...old]).find((w) => w.prompt.id === 'mistake')!;
    const stuck = rank([...old.reverse()]).find((w) => w.prompt.id === 'mistake')!;
    expect(improved.averageRating).toBe(5);
    expect(improved.rehearsalCount).toBe(6);
    expect(improved.weakness).toBeLessThan(stuck.weakness);
  });

  it('raises the prompts the job description echoes and says which words', () => {
    const jd = 'Expect conflict between teams: you will resolve disagreements and find common ground.';
    const plain = rank([]).find((w) => w.prompt.id === 'conflict-colleague')!;
    const echoed = rank([], { jobDescription: jd }).find((w) => w.prompt.id === 'conflict-colleague')!;
    expect(echoed.weakness).toBeGreaterThan(plain.weakness);
    expect(echoed.reason).toMatch(/^Never rehearsed; the job description mentions conflict, disagree, resolve/);
  });

  it('ranks a prompt with a good written answer below the same prompt with none', () => {
    const without = rank([]).find((w) => w.prompt.id === 'greatest-weakness')!;
    const withAnswer = rank([], { answerScores: new Map([['greatest-weakness', 90]]) }).find((w) => w.prompt.id === 'greatest-weakness')!;
    expect(withAnswer.weakness).toBeLessThan(without.weakness);
    expect(withAnswer.reason).toMatch(/written answer scores 90\/100/);
  });

  it('honours the limit', () => {
    expect(rank([], { limit: 5 })).toHaveLength(5);
  });
});
