import { describe, expect, it } from 'vitest';
import { draftDecline, draftWithdrawal } from './closing-notes.js';

const base = {
  person: { id: 'p', name: 'Lee Wong' },
  opportunity: { employerName: 'Globex', roleTitle: 'Data Analyst' },
  user: { name: 'Sam Doe' },
};

describe('closing notes', () => {
  it('withdraws politely, naming the role and the other offer', () => {
    const n = draftWithdrawal(base);
    expect(n.subject).toContain('Data Analyst');
    expect(n.body.startsWith('Hello Lee,')).toBe(true);
    expect(n.body).toContain('accepted another offer');
    expect(n.body).toMatch(/Thank you/);
    expect(n.body.trimEnd().endsWith('Sam Doe')).toBe(true);
  });

  it('can withdraw without mentioning another offer', () => {
    expect(draftWithdrawal({ ...base, mentionOtherOffer: false }).body).not.toMatch(/another offer/);
  });

  it('declines an offer while keeping the door open, in the chosen tone', () => {
    const formal = draftDecline({ ...base, tone: 'formal' });
    expect(formal.body.startsWith('Dear Lee Wong,')).toBe(true);
    expect(formal.body).toMatch(/decline/);
    expect(formal.body).toMatch(/stay in touch/);
    expect(draftDecline({ ...base, tone: 'brief' }).body.length).toBeLessThan(formal.body.length);
  });
});
