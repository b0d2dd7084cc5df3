import { describe, expect, it } from 'vitest';
import { getPrompt } from '../library/prompts/index.js';
import { analyze } from './coach.js';
import { fires, spans } from './test-helpers.js';

const CONFLICT = getPrompt('conflict-colleague')!;
const FULL =
  'At my last job a designer and I disagreed about launching without testing. I suggested a two-day test with five customers and shared the clips. She agreed to one change and completion rose 12%.';

describe('STAR structure (behavioural prompts)', () => {
  it('finds nothing missing in a complete story', () => {
    for (const code of ['missing-situation', 'missing-action', 'missing-result', 'we-not-i'] as const) {
      expect(fires(code, FULL, CONFLICT), code).toBe(false);
    }
  });
  it('flags a story with no scene and points at the first sentence', () => {
    const answer = 'I booked a call, listened to his concerns and suggested splitting the work. After that we delivered a week early.';
    expect(spans('missing-situation', answer, CONFLICT)).toEqual([
      'I booked a call, listened to his concerns and suggested splitting the work',
    ]);
  });
  it('flags a story where nobody does anything', () => {
    const answer =
      'At my previous company there was a big disagreement about priorities. It was tense for weeks. In the end it was resolved.';
    expect(fires('missing-action', answer, CONFLICT)).toBe(true);
  });
  it('flags a story that stops before the outcome', () => {
    const answer = 'At my last job a colleague kept skipping handover notes. I spoke to her privately and offered to share my template.';
    expect(fires('missing-result', answer, CONFLICT)).toBe(true);
  });
  it('does not apply story checks to non-story questions', () => {
    const answer = 'I want to work here because your accessibility work is the best in the sector and I care about it.';
    expect(fires('missing-situation', answer, 'Why do you want to work for us?')).toBe(false);
    expect(fires('missing-result', answer, 'Why do you want to work for us?')).toBe(false);
  });
  it('recognises story questions given as free text', () => {
    const answer = 'At my last job I booked a call with him and suggested splitting the work by module.';
    expect(fires('missing-result', answer, 'Tell me about a time you disagreed with someone.')).toBe(true);
  });
});

describe('we-not-i', () => {
  it('flags team credit with no own action and points at the first "we" action', () => {
    const answer = 'At Fenwick we mapped the routes, we trained the drivers and we ran both systems for a month. Fuel costs fell 8%.';
    expect(spans('we-not-i', answer, CONFLICT)).toEqual(['we mapped']);
  });
  it('does not flag a team story that also says what the speaker did', () => {
    const answer = 'At Fenwick we split the work: I mapped the routes and trained the drivers, and we ran both systems for a month.';
    expect(fires('we-not-i', answer, CONFLICT)).toBe(false);
  });
});

describe('no-specifics', () => {
  it('flags an abstract answer over its whole span', () => {
    const answer =
      'My strength is communication. I always make sure everyone is on the same page and feels heard, which I think is important in any team and helps things run smoothly.';
    const found = analyze({ answer, prompt: 'What is your greatest strength?' }).findings.find((f) => f.code === 'no-specifics');
    expect(found).toMatchObject({ start: 0, end: answer.length - 1 });
  });
  it('accepts a number or a name as specific', () => {
    const base =
      'My strength is communication, and I make sure that everyone on the team is kept informed, listened to and heard about the work they are doing and the problems they meet';
    expect(fires('no-specifics', `${base} at Morrow Health.`)).toBe(false);
    expect(fires('no-specifics', `${base}, for 14 people.`)).toBe(false);
    expect(fires('no-specifics', `${base}, every week.`)).toBe(true);
  });
});

describe('hedging', () => {
  it('flags strong hedges on their own', () => {
    expect(spans('hedging', 'I guess I sort of tried to lead the team.')).toEqual(['I guess', 'sort of tried']);
  });
  it('ignores a single soft "I think" but flags a pile of softeners', () => {
    expect(fires('hedging', 'I think the key was planning, so I wrote the plan.')).toBe(false);
    expect(fires('hedging', 'Maybe it helped, probably, and perhaps the team noticed.')).toBe(true);
  });
  it('does not treat "I think" as a hedge when it is the claim itself', () => {
    expect(fires('hedging', 'I think clearly under pressure: I rerouted 30 deliveries in an afternoon.')).toBe(false);
  });
});

describe('off-topic', () => {
  it('flags an answer that shares nothing with the question', () => {
    const answer = 'I really love hiking and try to get out into the Lake District most weekends with my brother and our dog.';
    expect(fires('off-topic', answer, CONFLICT)).toBe(true);
  });
  it('accepts on-topic answers that use different words from the question', () => {
    const answer =
      "My co-worker and I kept stepping on each other's toes over the supplier account, so I asked for a coffee and we split responsibilities.";
    expect(fires('off-topic', answer, CONFLICT)).toBe(false);
  });
  it("accepts a story of the speaker's own steps that never repeats the question's words", () => {
    const answer =
      'Our courier cancelled the morning the trade show for our biggest client opened. I rang three local firms, booked a van, loaded the stands with the warehouse lead and we had everything up as the doors opened.';
    expect(fires('off-topic', answer, 'Tell me about a time you worked under pressure.')).toBe(false);
    expect(
      fires(
        'off-topic',
        'I really love hiking and the Lake District, most weekends with my brother and our dog.',
        'Tell me about a time you worked under pressure.',
      ),
    ).toBe(true);
  });
  it('never runs without a prompt', () => {
    expect(fires('off-topic', 'I really love hiking and try to get out into the Lake District most weekends.')).toBe(false);
  });
});

describe('length', () => {
  it('flags a short answer over its whole span', () => {
    expect(spans('too-short', 'I am a nurse.')).toEqual(['I am a nurse']);
  });
  it('flags a long answer from the first word past the target', () => {
    const answer = Array.from({ length: 450 }, (_, i) => `w${i}`).join(' ');
    const found = analyze({ answer }).findings.find((f) => f.code === 'too-long')!;
    expect(answer.slice(found.start).startsWith('w280 ')).toBe(true);
    expect(found.severity).toBe('problem');
  });
  it('uses the prompt target and the configured pace', () => {
    const answer = Array.from({ length: 60 }, () => 'word').join(' ');
    expect(fires('too-long', answer, 'Why did you leave your last job?')).toBe(false);
    expect(
      analyze({ answer, options: { wordsPerMinute: 60, targetSeconds: { min: 10, max: 30 } } }).findings.some((f) => f.code === 'too-long'),
    ).toBe(true);
  });
});
