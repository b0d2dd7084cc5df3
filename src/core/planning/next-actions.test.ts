import { describe, expect, it } from 'vitest';
import { rankNextActions, type NextActionSource } from './next-actions.js';

const item = (id: string, nextAction: string | null, nextActionDue: string | null): NextActionSource => ({
  id,
  employerName: `E${id}`,
  roleTitle: 'R',
  stage: 'applied',
  nextAction,
  nextActionDue,
});

describe('rankNextActions', () => {
  it('puts overdue first (oldest first), then upcoming by date, then undated', () => {
    const ranked = rankNextActions(
      [
        item('a', 'later', '2026-12-10'),
        item('b', 'undated', null),
        item('c', 'late', '2026-11-20'),
        item('d', 'very late', '2026-11-01'),
        item('e', 'today', '2026-11-25'),
      ],
      '2026-11-25',
    );
    expect(ranked.map((r) => r.opportunityId)).toEqual(['d', 'c', 'e', 'a', 'b']);
    expect(ranked.map((r) => r.overdue)).toEqual([true, true, false, false, false]);
    expect(ranked.map((r) => r.daysUntilDue)).toEqual([-24, -5, 0, 15, null]);
  });

  it('leaves out opportunities without a next action', () => {
    expect(rankNextActions([item('a', null, '2026-11-01'), item('b', '', null)], '2026-11-25')).toEqual([]);
  });

  it('keeps the given order among equal due dates and among undated actions', () => {
    const ranked = rankNextActions(
      [item('x', '1', null), item('y', '2', '2026-11-26'), item('z', '3', '2026-11-26'), item('w', '4', null)],
      '2026-11-25',
    );
    expect(ranked.map((r) => r.opportunityId)).toEqual(['y', 'z', 'x', 'w']);
  });

  it('counts days across month and year ends', () => {
    const [r] = rankNextActions([item('a', 'x', '2027-01-02')], '2026-12-30');
    expect(r?.daysUntilDue).toBe(3);
  });
});
