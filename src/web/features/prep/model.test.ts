import { describe, expect, it } from 'vitest';
import { hoursUntil, minutesText, remainingSteps, stepTarget, stepTime } from './model.js';

describe('prep plan view model', () => {
  it('links each preparation step to where it is done, and rest to nothing', () => {
    expect(stepTarget({ key: 'research', kind: 'prep' })).toEqual({ kind: 'tab', tab: 'research', label: 'Open research' });
    expect(stepTarget({ key: 'interviewers', kind: 'prep' })).toMatchObject({ tab: 'people' });
    expect(stepTarget({ key: 'questions', kind: 'prep' })).toMatchObject({ tab: 'questions' });
    expect(stepTarget({ key: 'logistics-test', kind: 'prep' })).toMatchObject({ tab: 'interviews' });
    expect(stepTarget({ key: 'logistics-confirm', kind: 'prep' })).toMatchObject({ tab: 'interviews' });
    expect(stepTarget({ key: 'rehearse-2', kind: 'prep' })).toEqual({ kind: 'rehearse', label: 'Rehearse now' });
    expect(stepTarget({ key: 'mock', kind: 'prep' })).toMatchObject({ kind: 'rehearse' });
    expect(stepTarget({ key: 'review', kind: 'prep' })).toMatchObject({ kind: 'brief' });
    for (const kind of ['rest', 'sleep', 'settle'] as const) expect(stepTarget({ key: kind, kind })).toBeNull();
  });

  it('writes times and durations for people', () => {
    expect(minutesText(45)).toBe('45 min');
    expect(minutesText(120)).toBe('2 h');
    expect(minutesText(90)).toBe('1 h 30 min');
    expect(stepTime('2026-03-11T13:30:00Z', 'America/New_York')).toMatch(/09:30/);
  });

  it('keeps the steps not yet over and counts hours to the start', () => {
    const steps = [
      { startsAt: '2026-03-11T10:00:00Z', minutes: 30 },
      { startsAt: '2026-03-11T10:30:00Z', minutes: 30 },
    ];
    expect(remainingSteps(steps, new Date('2026-03-11T10:30:00Z'))).toEqual([steps[1]]);
    expect(hoursUntil('2026-03-11T12:00:00Z', new Date('2026-03-11T10:00:00Z'))).toBe(2);
  });
});
