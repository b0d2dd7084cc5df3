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
  {
    id: 'unrelated',
    title: 'Pricing page redesign',
    situation: 'Sign-ups were flat.',
    task: 'Fix it.',
    action: 'I ran five A/B tests.',
    result: 'Sign-ups rose 18%.',
    skills: ['design'],
    numbers: [],
  },
];

function draft(overrides: Partial<DraftThankYouInput> = {}) {
  return draftThankYou({
    person: { id: 'maria', name: 'Maria Lopez', email: 'maria@acme.test' },
    notes: [
      '? What does a typical week look like',
      'Mostly pairing, on-call once a month',
      '* The team is rebuilding onboarding in Q3',
      '! worried about Kubernetes',
    ],
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

  it('never pastes a note: without a confirmed mention it names the conversation topic', () => {
    const d = draft({ topic: 'platform roadmap / culture chat' });
    expect(d.body).toContain('our conversation about platform roadmap');
    expect(d.body).not.toMatch(/rebuilding onboarding|typical week|pairing/i);
    expect(d.mentions.mention).toBeUndefined();
  });

  it('suggests a mention from the key points, in the second person, shorter than five note words in a row', () => {
    const d = draft({ notes: ['* she is big on blameless postmortems, runs them weekly'] });
    expect(d.suggestedMention).toBe('what you said about blameless postmortems');
    expect(draft({ notes: ['plain line only'] }).suggestedMention).toBe('');
  });

  it('uses the mention the user confirmed: a phrase is framed, a sentence kept as written', () => {
    const phrase = draft({ mention: 'what you said about blameless postmortems' });
    expect(phrase.body).toContain('What you said about blameless postmortems has stayed with me since.');
    expect(phrase.mentions.mention).toBe('what you said about blameless postmortems');
    const sentence = draft({ tone: 'brief', mention: 'I have been reading up on your onboarding rebuild' });
    expect(sentence.body).toContain('I have been reading up on your onboarding rebuild.');
  });

  it('answers each open concern of that person by reference, never quoting the concern, and skips addressed ones and other people’s', () => {
    const d = draft({ stories: [] });
    expect(d.mentions.concernIds).toEqual(['k8s', 'commute']);
    expect(d.body).toContain('your question about the practical side of getting to work');
    expect(d.body).not.toMatch(/suburbs|Limited experience/i);
    expect(d.body).not.toMatch(/salary/i);
    expect(d.body).not.toMatch(/people management/i);
  });

  it('uses the reference and sentence the user confirmed for a concern', () => {
    const own: Concern = {
      id: 'k8s',
      text: 'worried I have only used Kubernetes at home',
      raisedBy: 'maria',
      status: 'open',
      replyReference: 'your question about running Kubernetes in production',
      replyLine: 'last year I ran our staging cluster on my own',
    };
    const d = draft({ concerns: [own] });
    expect(d.body).toContain(
      'Thank you for your question about running Kubernetes in production; I have thought about it since. Last year I ran our staging cluster on my own.',
    );
    expect(d.mentions.concernSources).toEqual([{ kind: 'own', id: 'k8s' }]);
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
      answers: [
        {
          id: 'a1',
          promptText: 'How do you get up to speed with Kubernetes?',
          text: 'I ran a home cluster for a year and passed the CKA exam. I also mentor others.',
        },
      ],
    });
    expect(d.mentions.concernSources[0]).toEqual({ kind: 'answer', id: 'a1' });
    expect(d.body).toContain('I ran a home cluster for a year and passed the CKA exam.');
    expect(d.body).not.toContain('I also mentor others');
  });

  it('turns promises into a checklist item and a neutral line with a placeholder the linter flags', () => {
    for (const tone of ['brief', 'warm', 'formal'] as const) {
      const d = draft({ tone, notes: ['> send her the link to my Kafka Summit talk'] });
      expect(d.body).toContain('As promised, here is the link I mentioned: [add link].');
      expect(d.body).not.toMatch(/Kafka|send her/);
      expect(d.mentions.promises).toEqual(['Send: the link to my Kafka Summit talk']);
      expect(d.findings.map((f) => f.code)).toEqual(['placeholder']);
    }
  });

  it('lints every generated draft: nothing to fix once the name is set and nothing is promised', () => {
    for (const tone of ['brief', 'warm', 'formal'] as const)
      expect(draft({ tone, notes: ['* team is 14 people in 3 squads'] }).findings).toEqual([]);
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

  it('shortens a suggested mention until it repeats no five words of the notes', () => {
    const d = draft({ notes: ['* cares about customer data quality checks'], concerns: [] });
    expect(d.suggestedMention).toBe('what you said about customer data quality');
    expect(draft({ notes: ['* cares about customer data quality checks'], concerns: [], mention: d.suggestedMention }).findings).toEqual(
      [],
    );
  });

  it('copies no five words in a row from the notes, even from a suggested mention', () => {
    const notes = [
      '* she came up thru nights herself, big on night-shift continuity',
      '! she worries I have only mentored, never formally managed anyone',
      '> send her the link to my talk',
    ];
    const first = draft({ notes, concerns: [] });
    const d = draft({ notes, concerns: [], mention: first.suggestedMention });
    expect(d.findings.filter((f) => f.code !== 'placeholder')).toEqual([]);
  });
});
