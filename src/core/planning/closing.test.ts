import { describe, it, expect } from 'vitest';
import { HOUSEKEEPING_QUESTIONS, draftClosingLine } from './closing.js';
import { checkQuestion } from './research-check/index.js';

describe('draftClosingLine', () => {
  it('names the role and the employer and says the user wants the job', () => {
    const line = draftClosingLine({ roleTitle: 'Data Analyst', employerName: 'Northwind' });
    expect(line).toContain('the Data Analyst role at Northwind');
    expect(line).toMatch(/would very much like to work with you/);
  });

  it('asks whether anything in the background gives the interviewer pause', () => {
    const line = draftClosingLine({ roleTitle: 'Nurse', employerName: 'St Mary' });
    expect(line).toMatch(/anything in my background that gives you pause/);
    expect(line.trim().endsWith('?')).toBe(true);
  });

  it('builds on the strongest evidence, at most two items, read mid-sentence', () => {
    const line = draftClosingLine({
      roleTitle: 'Engineer',
      employerName: 'Acme',
      strongestEvidence: ['The new Lisbon office.', 'how the team runs blameless reviews', 'a third point'],
    });
    expect(line).toContain('especially the new Lisbon office and how the team runs blameless reviews,');
    expect(line).not.toContain('a third point');
  });

  it('keeps acronyms in evidence and ignores blank items', () => {
    const line = draftClosingLine({ roleTitle: 'Analyst', employerName: 'Acme', strongestEvidence: ['  ', 'AI safety work'] });
    expect(line).toContain('especially AI safety work,');
  });

  it('still reads well without a role title or employer', () => {
    expect(draftClosingLine({ roleTitle: ' ', employerName: '' })).toContain('keener on this role,');
    expect(draftClosingLine({ roleTitle: '', employerName: 'Acme' })).toContain('keener on this role at Acme,');
  });

  it('does not reuse the seed article closing words', () => {
    const line = draftClosingLine({ roleTitle: 'Engineer', employerName: 'Acme' }).toLowerCase();
    expect(line).not.toContain('am i your top prospect');
    expect(line).not.toContain('what do you think of me');
  });
});

describe('HOUSEKEEPING_QUESTIONS', () => {
  it('covers every housekeeping field exactly once, with unique keys', () => {
    const fields = HOUSEKEEPING_QUESTIONS.map((q) => q.field).sort();
    expect(fields).toEqual(
      ['bestContact', 'candidateCount', 'contactEmail', 'contactPhone', 'decisionDate', 'nextSteps', 'preferredChannel', 'preferredTiming'],
    );
    expect(new Set(HOUSEKEEPING_QUESTIONS.map((q) => q.key)).size).toBe(HOUSEKEEPING_QUESTIONS.length);
    for (const q of HOUSEKEEPING_QUESTIONS) expect(q.text.endsWith('?')).toBe(true);
  });

  it('does not flag housekeeping questions as answerable by research', () => {
    for (const q of HOUSEKEEPING_QUESTIONS) expect(checkQuestion({ question: q.text }).answerableByResearch, q.text).toBe(false);
  });
});
