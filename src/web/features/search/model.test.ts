import { describe, it, expect } from 'vitest';
import { hitTarget, parseDetailSearch, parseSearchSearch } from './model.js';
import type { SearchHit } from '../../../contracts/search.js';

const hit = (over: Partial<SearchHit>): SearchHit => ({
  kind: 'fact',
  id: 'f1',
  opportunityId: 'o1',
  employerId: 'e1',
  title: 'Culture',
  snippet: [],
  ...over,
});

describe('search model', () => {
  it('sends facts to the Research tab, people to the People tab and opportunities to their page', () => {
    expect(hitTarget(hit({}))).toEqual({ id: 'o1', tab: 'research' });
    expect(hitTarget(hit({ kind: 'person' }))).toEqual({ id: 'o1', tab: 'people' });
    expect(hitTarget(hit({ kind: 'opportunity', id: 'o9', opportunityId: null }))).toEqual({ id: 'o9', tab: 'overview' });
    expect(hitTarget(hit({ kind: 'person', opportunityId: null }))).toBeNull();
  });

  it('opens interviews and their notes in interview mode, and concerns on the Interviews tab', () => {
    expect(hitTarget(hit({ kind: 'interview', id: 'i1', interviewId: 'i1' }))).toEqual({ interviewId: 'i1' });
    expect(hitTarget(hit({ kind: 'note', id: 'n1', interviewId: 'i1' }))).toEqual({ interviewId: 'i1' });
    expect(hitTarget(hit({ kind: 'note', id: 'n1', interviewId: null }))).toEqual({ id: 'o1', tab: 'interviews' });
    expect(hitTarget(hit({ kind: 'concern', id: 'c1', interviewId: 'i1' }))).toEqual({ id: 'o1', tab: 'interviews' });
    expect(hitTarget(hit({ kind: 'concern', id: 'c1', opportunityId: null }))).toBeNull();
  });

  it('keeps only known tabs and a text query from the URL', () => {
    expect(parseDetailSearch({ tab: 'people' })).toEqual({ tab: 'people' });
    expect(parseDetailSearch({ tab: '<script>' })).toEqual({});
    expect(parseSearchSearch({ q: 'roadmap' })).toEqual({ q: 'roadmap' });
    expect(parseSearchSearch({ q: 2026 })).toEqual({ q: '2026' });
    expect(parseSearchSearch({ q: ['a'] })).toEqual({});
  });
});
