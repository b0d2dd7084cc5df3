import { describe, it, expect } from 'vitest';
import { PROMPTS } from '../../../core/library/prompts/index.js';
import type { Answer, Rehearsal } from '../../../contracts/practice.js';
import { libraryGroups, parsePromptIds, pickAnswer, splitList } from './model.js';
import { parsePromptSearch, parseRehearseSearch } from './route-search.js';
import { paceLabel } from './rehearsal-clock.js';

const OPP = '00000000-0000-7000-8000-000000000001';
const answer = (promptId: string, opportunityId: string | null, id: string): Answer => ({
  id,
  promptId,
  opportunityId,
  text: id,
  score: 90,
  versionCount: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const rehearsal = (promptId: string, selfRating: number, opportunityId: string | null = null): Rehearsal => ({
  id: `r-${promptId}-${selfRating}`,
  promptId,
  opportunityId,
  answerText: '',
  durationSeconds: 60,
  selfRating,
  note: '',
  transcribed: false,
  score: 80,
  findingCounts: {},
  metrics: { words: 0, sentences: 0, speakingSeconds: 0, fillerCount: 0, fillersPerMinute: 0 },
  wordsPerMinute: null,
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('libraryGroups', () => {
  it('groups every prompt once, in interview order, starting with the openers', () => {
    const groups = libraryGroups(PROMPTS, [], []);
    expect(groups[0]?.category).toBe('opener');
    expect(groups.flatMap((g) => g.rows).length).toBe(PROMPTS.length);
  });

  it('prefers the general answer and takes the newest rehearsal', () => {
    const id = PROMPTS[0]?.id ?? '';
    const groups = libraryGroups(PROMPTS, [answer(id, OPP, 'tailored'), answer(id, null, 'general')], [rehearsal(id, 4), rehearsal(id, 2)]);
    const row = groups[0]?.rows.find((r) => r.prompt.id === id);
    expect(row?.answer?.id).toBe('general');
    expect(row?.lastRehearsal?.selfRating).toBe(4);
  });

  it('with an opportunity counts only what was tailored to it', () => {
    const id = PROMPTS[0]?.id ?? '';
    const rows = libraryGroups(PROMPTS, [answer(id, null, 'general')], [rehearsal(id, 3)], OPP).flatMap((g) => g.rows);
    expect(rows.find((r) => r.prompt.id === id)?.answer).toBeUndefined();
    expect(rows.find((r) => r.prompt.id === id)?.lastRehearsal).toBeUndefined();
  });
});

describe('small parsers', () => {
  it('picks the answer for exactly that opportunity', () => {
    const list = [answer('p', OPP, 'a'), answer('p', null, 'b')];
    expect(pickAnswer(list, 'p', null)?.id).toBe('b');
    expect(pickAnswer(list, 'p', OPP)?.id).toBe('a');
    expect(pickAnswer(list, 'q', null)).toBeUndefined();
  });

  it('splits typed lists on commas and new lines, dropping blanks', () => {
    expect(splitList(' SQL, negotiation,,\n 30% faster ')).toEqual(['SQL', 'negotiation', '30% faster']);
  });

  it('keeps only known, distinct prompt ids from the URL', () => {
    expect(parsePromptIds('a,b,a,zzz', (id) => id !== 'zzz')).toEqual(['a', 'b']);
    expect(parsePromptIds(undefined, () => true)).toEqual([]);
  });

  it('drops a malformed opportunity id or prompt list from the URL', () => {
    expect(parsePromptSearch({ opportunity: 'x' })).toEqual({});
    expect(parsePromptSearch({ opportunity: OPP })).toEqual({ opportunity: OPP });
    expect(parseRehearseSearch({ prompts: 'a,b', opportunity: 7 })).toEqual({ prompts: 'a,b' });
    expect(parseRehearseSearch({ prompts: '<script>' })).toEqual({});
  });

  it('judges the running time against the target', () => {
    expect(paceLabel(10, { min: 60, max: 90 }).tone).toBe('muted');
    expect(paceLabel(75, { min: 60, max: 90 }).tone).toBe('ok');
    expect(paceLabel(91, { min: 60, max: 90 }).tone).toBe('danger');
  });
});
