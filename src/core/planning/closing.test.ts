import { describe, it, expect } from 'vitest';
import { HOUSEKEEPING_QUESTIONS, draftClosingLine } from './closing.js';
import { checkQuestion } from './research-check/index.js';

describe('draftClosingLine', () => {
  it('names the role and the employer and says the user wants the job', () => {
    const line = draftClosingLine({ roleTitle: 'Data Analyst', employerName: 'Northwind' });
    expect(line).toContain('the Data Analyst role at Northwind');
    expect(line).toMatch(/would love to work with you/);
  });

  it('asks whether anything in the background gives the interviewer pause', () => {
    const line = draftClosingLine({ roleTitle: 'Nurse', employerName: 'St Mary' });
    expect(line).toMatch(/anything in my background that gives you pause/);
    expect(line.trim().endsWith('?')).toBe(true);
  });

  it('builds on the strongest shareable evidence: a story title or a sentence written to be said', () => {
    const story = draftClosingLine({
      roleTitle: 'Engineer',
      employerName: 'Acme',
      strongestEvidence: [
        { kind: 'story', title: 'Moving billing to containers.' },
        { kind: 'story', title: 'Second' },
      ],
    });
    expect(story).toContain('My work on moving billing to containers is what I would bring.');
    expect(story).not.toContain('Second');
    const line = draftClosingLine({
      roleTitle: 'Analyst',
      employerName: 'Acme',
      strongestEvidence: [{ kind: 'line', text: 'my **AI safety** work -> shipped twice' }],
    });
    expect(line).toContain('My AI safety work shipped twice.');
    expect(line).not.toMatch(/[*>]/);
  });

  it('stays within 45 words, dropping evidence before it runs long', () => {
    const long = draftClosingLine({
      roleTitle: 'Registered Nurse – Intensive Care Unit, Nights and Weekends Rotation',
      employerName: "St. Brigid's Regional Hospital and Care Network",
      strongestEvidence: [{ kind: 'story', title: 'Running the sepsis bundle audit across four wards for a whole winter season' }],
    });
    expect(long.split(/\s+/).filter((w) => /\w/.test(w)).length).toBeLessThanOrEqual(45);
    expect(long).toContain('Registered Nurse');
    for (const e of [[], [{ kind: 'story' as const, title: 'Billing' }]]) {
      expect(
        draftClosingLine({ roleTitle: 'Data Analyst', employerName: 'Northwind', strongestEvidence: e }).split(/\s+/).length,
      ).toBeLessThanOrEqual(45);
    }
  });

  it('still reads well without a role title or employer', () => {
    expect(draftClosingLine({ roleTitle: ' ', employerName: '' })).toContain('keener on this role now,');
    expect(draftClosingLine({ roleTitle: '', employerName: 'Acme' })).toContain('keener on this role at Acme now,');
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
    expect(fields).toEqual([
      'bestContact',
      'candidateCount',
      'contactEmail',
      'contactPhone',
      'decisionDate',
      'nextSteps',
      'preferredChannel',
      'preferredTiming',
    ]);
    expect(new Set(HOUSEKEEPING_QUESTIONS.map((q) => q.key)).size).toBe(HOUSEKEEPING_QUESTIONS.length);
    for (const q of HOUSEKEEPING_QUESTIONS) expect(q.text.endsWith('?')).toBe(true);
  });

  it('does not flag housekeeping questions as answerable by research', () => {
    for (const q of HOUSEKEEPING_QUESTIONS) expect(checkQuestion({ question: q.text }).answerableByResearch, q.text).toBe(false);
  });
});
