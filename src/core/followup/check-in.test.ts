import { describe, expect, it } from 'vitest';
import { draftCheckIn, type DraftCheckInInput } from './check-in.js';

const base: DraftCheckInInput = {
  person: { id: 'ana', name: 'Ana Ruiz' },
  opportunity: { employerName: 'Acme', roleTitle: 'Platform Engineer' },
  user: { name: 'Sam Doe' },
  sequence: 1,
  decisionDate: '2026-03-13',
};

describe('draftCheckIn', () => {
  it('greets the contact, names the role and the decision date, and signs with the user’s name', () => {
    const d = draftCheckIn(base);
    expect(d.subject).toBe('Checking in \u2013 Platform Engineer');
    expect(d.body.startsWith('Hello Ana,')).toBe(true);
    expect(d.body).toContain('Platform Engineer position');
    expect(d.body).toContain('a decision around 13 March');
    expect(d.body).not.toContain('2026-03-13');
    expect(d.body).toContain('joining Acme');
    expect(d.body.trimEnd().endsWith('Sam Doe')).toBe(true);
  });

  it('acknowledges the earlier note in the second check-in and leaves out a missing decision date', () => {
    const d = draftCheckIn({ ...base, sequence: 2, decisionDate: null });
    expect(d.subject).toBe('Following up \u2013 Platform Engineer');
    expect(d.body).toContain('my earlier note');
    expect(d.body).not.toContain('decision around');
  });

  it('follows the tone', () => {
    expect(draftCheckIn({ ...base, tone: 'formal' }).body.startsWith('Dear Ana Ruiz,')).toBe(true);
    expect(draftCheckIn({ ...base, tone: 'brief' }).body).toMatch(/\nBest,\nSam Doe$/);
    expect(draftCheckIn({ ...base, tone: 'brief' }).body.length).toBeLessThan(draftCheckIn(base).body.length);
  });
});
