import { describe, expect, it } from 'vitest';
import { draftThankYou, type DraftThankYouInput } from './thank-you.js';
import type { Concern, Story } from './types.js';

const concerns: Concern[] = [
  { id: 'k8s', text: 'Limited experience with Kubernetes', raisedBy: 'maria', status: 'open' },
  { id: 'commute', text: 'Long commute from the suburbs', raisedBy: 'maria', status: 'open' },
  { id: 'salary', text: 'Salary expectations above the band', raisedBy: 'maria', status: 'addressed', howAddressed: 'agreed range' },
  { id: 'other', text: 'Not enough people management', raisedBy: 'someone-else', status: 'open' },
];

const stories: Story[] = [
  {
    id: 'billing',
    title: 'Moving billing to containers',
    situation: 'Our billing service failed every month end.',
    task: 'Make it reliable before the audit.',
    action: 'I led the move of twelve services onto Kubernetes in six weeks.',
    result: 'Month-end outages stopped entirely.',
    skills: ['Kubernetes', 'migration'],
    numbers: ['12 services'],
  },
  { id: 'unrelated', title: 'Pricing page redesign', situation: 'Sign-ups were flat.', task: 'Fix it.', action: 'I ran five A/B tests.', result: 'Sign-ups rose 18%.', skills: ['design'], numbers: [] },
];

function draft(overrides: Partial<DraftThankYouInput> = {}) {
  return draftThankYou({
    person: { id: 'maria', name: 'Maria Lopez', email: 'maria@acme.test' },
    notes: ['? What does a typical week look like', 'Mostly pairing, on-call once a month', '* The team is rebuilding onboarding in Q3', '! worried about Kubernetes', '> send my portfolio link'],
    concerns,
    stories,
    opportunity: { employerName: 'Acme', roleTitle: 'Platform Engineer' },
    user: { name: 'Sam Doe' },
    tone: 'warm',
    conversationEndsAt: '2026-03-03T15:00:00Z',
    ...overrides,
  });
}

describe('draftThankYou', () => {
  it('addresses the interviewer by name and signs with the user’s name', () => {
    const d = draft();
    expect(d.body.startsWith('Hello Maria,')).toBe(true);
    expect(d.body.trimEnd().endsWith('Sam Doe')).toBe(true);
    expect(draft({ tone: 'formal' }).body.startsWith('Dear Maria Lopez,')).toBe(true);
  });

  it('is due 24 hours after the conversation ends', () => {
    expect(draft().dueAt).toBe('2026-03-04T15:00:00.000Z');
    expect(draft({ conversationEndsAt: null }).dueAt).toBeNull();
  });

  it('refers to a key point from the notes before any question', () => {
    const d = draft();
    expect(d.mentions.pointKind).toBe('key');
    expect(d.body).toContain('the team is rebuilding onboarding in Q3');
  });

  it('falls back to a question and its noted answer when there is no key point', () => {
    const d = draft({ notes: ['? What does a typical week look like', 'Mostly pairing, on-call once a month'] });
    expect(d.mentions.pointKind).toBe('question');
    expect(d.body).toContain('"What does a typical week look like?"');
    expect(d.body).toContain('mostly pairing, on-call once a month');
  });

  it('falls back to a plain line, and to no point at all with empty notes', () => {
    expect(draft({ notes: ['They ship weekly to three regions'] }).mentions.point).toBe('They ship weekly to three regions');
    const empty = draft({ notes: [] });
    expect(empty.mentions.point).toBeUndefined();
    expect(empty.body).toContain('Platform Engineer');
  });

  it('answers each open concern of that person and ignores addressed ones and other people’s', () => {
    const d = draft();
    expect(d.mentions.concernIds).toEqual(['k8s', 'commute']);
    expect(d.body).toContain('limited experience with Kubernetes');
    expect(d.body).toContain('long commute from the suburbs');
    expect(d.body).not.toMatch(/salary/i);
    expect(d.body).not.toMatch(/people management/i);
  });

  it('draws on a matching story for a concern and a constructive template otherwise', () => {
    const d = draft();
    expect(d.mentions.concernSources).toEqual([
      { kind: 'story', id: 'billing' },
      { kind: 'template', id: 'location' },
    ]);
    expect(d.body).toContain('I led the move of twelve services onto Kubernetes in six weeks.');
    expect(d.body).not.toContain('A/B tests');
  });

  it('uses a prepared answer when no story matches', () => {
    const d = draft({
      stories: [],
      answers: [{ id: 'a1', promptText: 'How do you get up to speed with Kubernetes?', text: 'I ran a home cluster for a year and passed the CKA exam. I also mentor others.' }],
    });
    expect(d.mentions.concernSources[0]).toEqual({ kind: 'answer', id: 'a1' });
    expect(d.body).toContain('I ran a home cluster for a year and passed the CKA exam.');
    expect(d.body).not.toContain('I also mentor others');
  });

  it('keeps promises marked with ">"', () => {
    for (const tone of ['brief', 'warm', 'formal'] as const) {
      const d = draft({ tone });
      expect(d.body).toMatch(/As promised, [^\n]*send my portfolio link/);
      expect(d.mentions.promises).toEqual(['send my portfolio link']);
    }
  });

  it('renews interest in the employer', () => {
    for (const tone of ['brief', 'warm', 'formal'] as const) expect(draft({ tone }).body).toMatch(/join|contribute/);
  });

  it('writes three clearly different tones', () => {
    const brief = draft({ tone: 'brief' });
    const warm = draft({ tone: 'warm' });
    const formal = draft({ tone: 'formal' });
    expect(new Set([brief.subject, warm.subject, formal.subject]).size).toBe(3);
    expect(brief.body.length).toBeLessThan(warm.body.length);
    expect(brief.body.length).toBeLessThan(formal.body.length);
    expect(brief.body).toMatch(/\nBest,\n/);
    expect(warm.body).toMatch(/\nWarm regards,\n/);
    expect(formal.body).toMatch(/\nKind regards,\n/);
    expect(formal.body).not.toMatch(/I\u2019m|I'm/);
    const paragraphs = (s: string) => s.split('\n\n').length;
    expect(paragraphs(brief.body)).toBeLessThan(paragraphs(warm.body));
  });

  it('never copies a marker character into the text', () => {
    expect(draft().body).not.toMatch(/^[*?!>]/m);
  });
});
