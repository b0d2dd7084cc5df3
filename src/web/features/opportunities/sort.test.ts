import { describe, it, expect } from 'vitest';
import { sortByDue } from './sort.js';
import type { Opportunity } from '../../../contracts/opportunities.js';

const opp = (id: string, due: string | null, updatedAt = '2026-01-01T00:00:00.000Z') =>
  ({ id, nextActionDue: due, updatedAt }) as Opportunity;

describe('sortByDue', () => {
  it('puts the soonest due first and undated ones last', () => {
    const out = sortByDue([opp('none', null), opp('late', '2026-05-09'), opp('soon', '2026-05-01')]);
    expect(out.map((o) => o.id)).toEqual(['soon', 'late', 'none']);
  });
  it('reverses dated ones on request but still keeps undated last', () => {
    const out = sortByDue([opp('none', null), opp('late', '2026-05-09'), opp('soon', '2026-05-01')], 'desc');
    expect(out.map((o) => o.id)).toEqual(['late', 'soon', 'none']);
  });
  it('does not reorder the array it was given', () => {
    const input = [opp('b', '2026-05-09'), opp('a', '2026-05-01')];
    sortByDue(input);
    expect(input.map((o) => o.id)).toEqual(['b', 'a']);
  });
});
