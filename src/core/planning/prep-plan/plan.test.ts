import { describe, expect, it } from 'vitest';
import { planPrep } from './plan.js';
import type { PlanPrepInput, PrepPlan } from './types.js';

const MIN = 60_000;
const start = '2026-03-11T14:00:00Z'; // 10:00 in New York (EDT)

function plan(overrides: Partial<PlanPrepInput> = {}): PrepPlan {
  return planPrep({
    now: '2026-03-11T12:00:00Z',
    interviewStart: start,
    timeZone: 'America/New_York',
    research: { gapTopics: ['products', 'recent news', 'competitors'], factCount: 3 },
    interviewers: [
      { name: 'Ana Ruiz', researched: false },
      { name: 'Bo Chen', researched: true },
    ],
    questionPlan: { count: 1, assignedAll: false },
    weakestPrompts: [
      { id: 'strengths', text: 'What are your strengths?', score: 70 },
      { id: 'leave', text: 'Why did you leave?', score: 35 },
      { id: 'conflict', text: 'Tell me about a conflict', score: 50 },
      { id: 'five', text: 'Where in five years?', score: 90 },
    ],
    logistics: { kind: 'video', placeOrLink: 'https://meet.example/abc', tested: false },
    hasBrief: false,
    ...overrides,
  });
}

const prep = (p: PrepPlan) => p.steps.filter((s) => s.kind === 'prep');
const minutesOf = (p: PrepPlan, key: string) => p.steps.find((s) => s.key === key)?.minutes ?? 0;
const end = (s: { startsAt: string; minutes: number }) => Date.parse(s.startsAt) + s.minutes * MIN;

function expectFitsAndNoOverlap(p: PrepPlan, now: string) {
  const sorted = [...p.steps].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  expect(Date.parse(sorted[0]!.startsAt)).toBeGreaterThanOrEqual(Date.parse(now));
  for (let i = 1; i < sorted.length; i++) expect(Date.parse(sorted[i]!.startsAt)).toBeGreaterThanOrEqual(end(sorted[i - 1]!));
  expect(end(sorted[sorted.length - 1]!)).toBeLessThanOrEqual(Date.parse(start));
}

describe('planPrep with two hours', () => {
  const p = plan();

  it('compresses the essentials into the time left and keeps the last 30 minutes free', () => {
    expect(p.mode).toBe('hours');
    expect(p.minutesAvailable).toBe(120);
    expectFitsAndNoOverlap(p, '2026-03-11T12:00:00Z');
    for (const s of prep(p)) expect(end(s)).toBeLessThanOrEqual(Date.parse(start) - 30 * MIN);
    expect(p.steps.at(-1)).toMatchObject({ key: 'settle', minutes: 30, startsAt: '2026-03-11T13:30:00.000Z' });
  });

  it('orders the preparation by value: research, interviewers, questions, rehearsal, logistics, brief', () => {
    expect(prep(p).map((s) => s.key)).toEqual(['research', 'interviewers', 'questions', 'rehearse', 'logistics-test', 'brief']);
  });

  it('rehearses the two weakest prompts, naming them in the reason', () => {
    const rehearse = p.steps.find((s) => s.key === 'rehearse');
    expect(rehearse?.promptIds).toEqual(['leave', 'conflict']);
    expect(rehearse?.reason).toContain('Why did you leave?');
  });

  it('has no sleep and says why each step matters', () => {
    expect(p.steps.some((s) => s.kind === 'sleep')).toBe(false);
    for (const s of p.steps) expect(s.reason.length).toBeGreaterThan(20);
  });

  it('is deterministic for the same now', () => {
    expect(plan()).toEqual(p);
  });
});

describe('planPrep with a day', () => {
  const now = '2026-03-10T18:00:00Z'; // 14:00 the day before
  const p = plan({ now });

  it('does a full pass, protects sleep and keeps prep out of the night', () => {
    expect(p.mode).toBe('day');
    expectFitsAndNoOverlap(p, now);
    const sleep = p.steps.find((s) => s.kind === 'sleep');
    expect(sleep).toMatchObject({ startsAt: '2026-03-11T02:30:00.000Z', minutes: 480 });
  });

  it('gives more time to each step than the two-hour plan', () => {
    const short = plan();
    for (const key of ['research', 'interviewers', 'questions', 'rehearse'])
      expect(minutesOf(p, key)).toBeGreaterThan(minutesOf(short, key));
    expect(p.steps.find((s) => s.key === 'rehearse')?.promptIds).toEqual(['leave', 'conflict', 'strengths']);
  });

  it('leaves the tech check and a light review for the morning, just before setting up', () => {
    const test = p.steps.find((s) => s.key === 'logistics-test')!;
    const review = p.steps.find((s) => s.key === 'review')!;
    expect(end(test)).toBe(Date.parse(start) - 30 * MIN);
    expect(Date.parse(review.startsAt)).toBeGreaterThan(Date.parse('2026-03-11T10:30:00Z'));
  });

  it('includes sleep when the interview is the next morning even late at night', () => {
    const late = plan({ now: '2026-03-11T03:30:00Z' }); // 23:30 local
    expect(late.mode).toBe('day');
    expect(late.steps.some((s) => s.kind === 'sleep')).toBe(true);
    expectFitsAndNoOverlap(late, '2026-03-11T03:30:00Z');
  });
});

describe('planPrep with a week', () => {
  const now = '2026-03-04T14:00:00Z';
  const p = plan({ now });

  it('spreads preparation over evening sessions on several days, never at night', () => {
    expect(p.mode).toBe('week');
    expectFitsAndNoOverlap(p, now);
    const days = new Set(prep(p).map((s) => s.startsAt.slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(4);
    for (const s of prep(p)) {
      const hour = Number(
        new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric', hourCycle: 'h23' }).format(
          Date.parse(s.startsAt),
        ),
      );
      expect(hour).toBeGreaterThanOrEqual(7);
      expect(hour).toBeLessThan(23);
    }
  });

  it('repeats rehearsal on different days, adds a mock interview and deeper research', () => {
    const rounds = p.steps.filter((s) => s.key.startsWith('rehearse'));
    expect(rounds.length).toBe(3);
    expect(new Set(rounds.map((r) => r.startsAt.slice(0, 10))).size).toBe(3);
    expect(p.steps.some((s) => s.key === 'mock')).toBe(true);
    expect(minutesOf(p, 'research')).toBeGreaterThan(minutesOf(plan({ now: '2026-03-10T18:00:00Z' }), 'research'));
    expect(p.steps.some((s) => s.kind === 'sleep')).toBe(true);
  });

  it('keeps session times at 18:00 local across the DST switch', () => {
    const research = p.steps.find((s) => s.key === 'research')!;
    expect(research.startsAt).toBe('2026-03-04T23:00:00.000Z'); // 18:00 EST
    const last = p.steps.find((s) => s.key === 'rehearse-3')!;
    expect(last.startsAt.endsWith('T22:00:00.000Z')).toBe(true); // 18:00 EDT
  });
});

describe('planPrep edges', () => {
  it('keeps a full hour for travel to an onsite interview, and shrinks it on very short notice', () => {
    const onsite = plan({ logistics: { kind: 'onsite', placeOrLink: '1 Main St', tested: true } });
    expect(onsite.steps.at(-1)).toMatchObject({ key: 'settle', minutes: 60, title: 'Travel and arrive early' });
    const rushed = plan({ now: '2026-03-11T13:00:00Z', logistics: { kind: 'onsite', placeOrLink: null, tested: true } });
    expect(rushed.steps.at(-1)?.minutes).toBe(30);
    expect(prep(rushed)[0]?.key).toBe('logistics-confirm');
  });

  it('drops low-value steps, and says so, when time is very short', () => {
    const rushed = plan({ now: '2026-03-11T13:10:00Z' });
    expect(prep(rushed).reduce((sum, s) => sum + s.minutes, 0)).toBeLessThanOrEqual(20);
    expect(rushed.dropped.length).toBeGreaterThan(0);
    expect(rushed.note).toMatch(/Left out for lack of time/);
  });

  it('skips what is already done', () => {
    const ready = plan({
      research: { gapTopics: [], factCount: 12 },
      interviewers: [{ name: 'Ana', researched: true }],
      questionPlan: { count: 4, assignedAll: true },
      logistics: { kind: 'video', placeOrLink: 'x', tested: true },
      hasBrief: true,
    });
    const keys = prep(ready).map((s) => s.key);
    expect(keys).not.toContain('interviewers');
    expect(keys).not.toContain('logistics-test');
    expect(keys).not.toContain('brief');
    expect(ready.steps.find((s) => s.key === 'research')?.title).toBe('Reread your research');
    expect(keys[0]).toBe('rehearse');
  });

  it('plans nothing once the interview has started', () => {
    const p = plan({ now: '2026-03-11T14:05:00Z' });
    expect(p.steps).toEqual([]);
    expect(p.minutesAvailable).toBe(0);
  });
});
