import { describe, expect, it } from 'vitest';
import { findDuplicates, normaliseUrl, titleSimilarity } from './duplicates.js';

const known = [
  { id: 'a', employerName: 'Acme Ltd', roleTitle: 'Senior Data Engineer', sourceUrl: 'https://www.acme.example/jobs/42/?utm_source=x' },
  { id: 'b', employerName: 'ACME', roleTitle: 'Sr. Data Engineer (m/w/d)', sourceUrl: null },
  { id: 'c', employerName: 'Acme', roleTitle: 'Office Manager', sourceUrl: null },
  { id: 'd', employerName: 'Other Co', roleTitle: 'Senior Data Engineer', sourceUrl: null },
];

describe('findDuplicates', () => {
  it('finds the same posting address first, ignoring tracking, www and the trailing slash', () => {
    expect(
      findDuplicates({ sourceUrl: 'https://acme.example/jobs/42#apply', employerName: 'Acme', roleTitle: 'Senior Data Engineer' }, known),
    ).toEqual([
      { id: 'a', reason: 'same-url' },
      { id: 'b', reason: 'same-employer-similar-title' },
    ]);
  });

  it('matches the same employer with a similar title, not another title or another employer', () => {
    const found = findDuplicates({ employerName: 'acme inc', roleTitle: 'Data Engineer, Senior' }, known).map((d) => d.id);
    expect(found).toEqual(['a', 'b']);
    expect(findDuplicates({ employerName: 'Acme', roleTitle: 'Head of Sales' }, known)).toEqual([]);
  });

  it('keeps job ids boards put in the query', () => {
    expect(normaliseUrl('https://boards.example/acme?gh_jid=123&utm=x')).toBe('boards.example/acme?gh_jid=123');
    expect(normaliseUrl('not a url')).toBeNull();
    expect(titleSimilarity('Sr Engineer', 'Senior Engineer')).toBe(1);
  });
});
