// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { isDueFollowUp, newlyDue } from './notifications.js';
import type { NextActionEntry } from '../../../contracts/followups.js';

const NOW = new Date('2026-03-04T12:00:00.000Z');

function item(id: string, kind: NextActionEntry['kind'], dueAt: string | null, overdue = false): NextActionEntry {
  return {
    id,
    kind,
    title: id,
    detail: '',
    opportunityId: '0190a8f0-0000-7000-8000-000000000001',
    employerName: 'Acme',
    roleTitle: 'Engineer',
    stage: 'interviewing',
    interviewId: null,
    personId: null,
    due: dueAt?.slice(0, 10) ?? null,
    dueAt,
    daysUntilDue: 0,
    overdue,
    group: overdue ? 'overdue' : 'today',
    target: { page: 'opportunity', tab: 'followups' },
  };
}

beforeEach(() => localStorage.clear());

describe('due follow-up notifications', () => {
  it('counts a listed thank-you and a check-in whose time has come as due, nothing else', () => {
    expect(isDueFollowUp(item('t', 'thank-you', '2026-03-05T10:00:00.000Z'), NOW)).toBe(true);
    expect(isDueFollowUp(item('c1', 'check-in', '2026-03-04T10:00:00.000Z'), NOW)).toBe(true);
    expect(isDueFollowUp(item('c2', 'check-in', '2026-03-04T14:00:00.000Z'), NOW)).toBe(false);
    expect(isDueFollowUp(item('i', 'interview', '2026-03-04T10:00:00.000Z'), NOW)).toBe(false);
  });

  it('records what is already due on the first look, then reports each newly due follow-up once', () => {
    const first = [item('t1', 'thank-you', '2026-03-05T10:00:00.000Z')];
    expect(newlyDue(first, NOW)).toEqual([]);
    const later = [...first, item('t2', 'thank-you', '2026-03-05T11:00:00.000Z'), item('c1', 'check-in', '2026-03-04T10:00:00.000Z')];
    expect(newlyDue(later, NOW).map((i) => i.id)).toEqual(['t2', 'c1']);
    expect(newlyDue(later, NOW)).toEqual([]);
  });
});
