import { afterEach, describe, expect, it } from 'vitest';
import { nameCandidates, useNameWeights } from './name-model.js';
import { nameSpans } from './name-spans.js';
import { draft, names } from './test-helpers.js';

// The name model reads what stands around a name the rules passed over. Each case below is one the rules alone miss:
// the model is switched off to show that, then on.
const rulesOnly = () => useNameWeights(new Map(), -1e9);

describe('invitation name model: people the rules miss', () => {
  afterEach(() => useNameWeights());

  const cases = [
    [
      'a name opening a sentence about the round',
      'Hi Dan,\nQuick one: Friday 9 May, 11am, Teams. Marguerite Dubois is taking this round; she runs the analytics guild.\nThanks!\nRosa Lind | Talent',
      'Marguerite Dubois',
    ],
    [
      'a name after "and" in a sentence about the next step',
      'Hi Sam,\n\nThanks for your time last week. Lucía Fernández and Tomasz Wiśniewski from our platform group are looking forward to the next step with you on Tuesday 14 October at 2pm BST over Zoom.\n\nBest,\nKate Holt\nRecruiter, Larchmont',
      'Tomasz Wiśniewski',
    ],
  ] as const;

  it.each(cases)('finds %s', (_, text, person) => {
    rulesOnly();
    expect(names(text)).not.toContain(person);
    useNameWeights();
    const found = draft(text).people.find((p) => p.name === person);
    expect(found).toMatchObject({ role: 'interviewer', interviews: true, sender: false });
  });

  it('keeps the sender a recruiter and the greeted candidate out', () => {
    const text = cases[0][1];
    const people = draft(text).people;
    expect(people.find((p) => p.name === 'Rosa Lind')).toMatchObject({ sender: true, interviews: false });
    expect(people.map((p) => p.name)).not.toContain('Dan');
  });

  it('gives the title written after the name', () => {
    const text =
      'Hi Dan,\nQuick one: Friday 9 May, 11am, Teams. Marguerite Dubois (Head of Analytics) is taking this round.\nThanks!\nRosa Lind | Talent';
    expect(draft(text).people.find((p) => p.name === 'Marguerite Dubois')?.title).toBe('Head of Analytics');
  });

  it('never takes what a candidate knows or uses for a person', () => {
    const text =
      'Hi Dan,\n\nThe panel on Friday 9 May at 11am will go through your experience with Apache Kafka and your familiarity with Google Cloud.\n\nThanks,\nRosa Lind | Talent';
    expect(names(text)).toEqual(['Rosa Lind']);
  });
});

describe('invitation name model: what it reads', () => {
  it('finds every name-shaped stretch, honorifics dropped, family names in capitals kept', () => {
    const lines = ['Meet Dr. Ana de la Cruz and TANAKA Hiroshi on Monday.', 'Best, Kim Park'];
    expect(nameSpans(lines).map((s) => s.name)).toEqual(['Ana de la Cruz', 'TANAKA Hiroshi', 'Kim Park']);
  });

  it('marks a stretch the rules gave as found, and reads the greeted candidate and the sender for what they are', () => {
    const lines = ['Hi Sam Lee,', '', 'You will meet Dana Ruiz. Sam Lee, please bring ID.', '', 'Best,', 'Kim Park'];
    const candidates = nameCandidates({
      lines,
      skip: new Set(),
      signature: (i) => i >= 4,
      quoted: -1,
      found: [{ name: 'Dana Ruiz', line: 2 }],
      sender: 'Kim Park',
      greeted: 'Sam',
      avoid: [],
    });
    const of = (name: string) => candidates.filter((c) => c.span.name === name);
    expect(of('Dana Ruiz').every((c) => c.found)).toBe(true);
    expect(of('Sam Lee').every((c) => !c.found && c.feats.includes('greeted'))).toBe(true);
    expect(of('Kim Park')[0]!.feats).toEqual(expect.arrayContaining(['signature', 'sender-word', 'after-sign-off']));
  });
});
