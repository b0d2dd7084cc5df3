import { describe, expect, it } from 'vitest';
import { analyze } from './coach.js';
import { fires, spans } from './test-helpers.js';

const HESITANT = 'Um, so I was, like, the lead, you know, and basically I, uh, planned it. I mean, it went fine, sort of.';

describe('filler-words', () => {
  it('reports every filler occurrence as its own span', () => {
    expect(spans('filler-words', HESITANT)).toEqual(['Um', 'like', 'you know', 'basically', 'uh', 'I mean', 'sort of']);
  });
  it('counts fillers in the metrics even when under the threshold', () => {
    const answer = `Um, I led the migration at Brightwell. ${'I planned each step and tested it with the team. '.repeat(12)}`;
    const result = analyze({ answer });
    expect(result.metrics.fillerCount).toBe(1);
    expect(result.findings.some((f) => f.code === 'filler-words')).toBe(false);
  });
  it('reports the filler rate in metrics with the same 30-second floor as the finding', () => {
    // "Um, I led it." is about 1.7 s spoken: the raw rate would be ~35/min, the floored rate is 2/min.
    expect(analyze({ answer: 'Um, I led it.' }).metrics.fillersPerMinute).toBe(2);
    const sentences = Array.from({ length: 14 }, (_, i) => `Um step ${i + 1} was planned, tested and shipped with the team.`);
    expect(analyze({ answer: sentences.join(' ') }).metrics.fillersPerMinute).toBe(12.7);
  });
  it('stays quiet at two a minute, warns at four a minute and is a problem at six a minute', () => {
    // 14 ten-word sentences: 140 words, one minute at the default pace.
    const sentences = Array.from({ length: 14 }, (_, i) => `Step ${i + 1} was planned, tested and shipped with the team.`);
    const withFillers = (n: number): string => sentences.map((s, i) => (i < n ? `Um ${s}` : s)).join(' ');
    const severity = (n: number): string | undefined =>
      analyze({ answer: withFillers(n) }).findings.find((f) => f.code === 'filler-words')?.severity;
    expect(severity(2)).toBeUndefined();
    expect(severity(4)).toBe('warning');
    expect(severity(6)).toBe('problem');
  });
  it.each([
    "I'd like to join your team.",
    'It looks like the right move for me.',
    'Projects like this one need care.',
    'I like solving messy problems.',
    'What kind of manager do you prefer?',
    'What actually happened was a misread brief.',
    'Do you know the feeling when a server fails?',
    'As you know, I applied in March.',
    'I mean to specialise in flood defences.',
    'The brief was taken literally by the client.',
  ])('does not count %j as filler', (answer) => {
    expect(analyze({ answer }).metrics.fillerCount).toBe(0);
  });
  it.each([
    ['She was like, no way.', 'like'],
    ['There were like 20 people.', 'like'],
    ['And like nobody knew.', 'like'],
    ['It was, you know, hard.', 'you know'],
    ['Actually, I disagree.', 'Actually'],
    ['I literally never miss a deadline.', 'literally'],
  ])('counts the filler in %j', (answer, filler) => {
    const result = analyze({ answer });
    expect(result.metrics.fillerCount).toBe(1);
    expect(fires('filler-words', `${answer} Um, uh.`)).toBe(true);
    expect(spans('filler-words', `${answer} Um, uh.`)).toContain(filler);
  });
});
