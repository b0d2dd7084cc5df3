import { describe, expect, it } from 'vitest';
import { analyze } from './coach.js';
import { fires, spans } from './test-helpers.js';

describe('threat', () => {
  it.each([
    ['I quit before I punched him.', 'punched him'],
    ['I wanted to throw my chair at her.', 'throw my chair at her'],
    ["One more meeting and I'd have strangled someone.", 'strangled someone'],
    ['I was this close to decking my supervisor.', 'decking'],
  ])('flags violence towards a person in %j', (answer, words) => {
    expect(spans('threat', answer).some((s) => s.includes(words))).toBe(true);
  });
  it('is a problem, its own kind of finding', () => {
    const f = analyze({ answer: 'I quit before I punched him.' }).findings.find((x) => x.code === 'threat');
    expect(f?.severity).toBe('problem');
  });
  it.each([
    'We hit the target every month and beat the deadline.',
    'I wired the kill switch and removed the dead code.',
    'I took a shot at the title and shot him an email about it.',
    'The commute was killing me, so we moved closer.',
    "I didn't want to push a senior colleague, and the lesson was to raise concerns early.",
  ])('does not flag violence words aimed at things or idioms: %j', (answer) => {
    expect(fires('threat', answer)).toBe(false);
  });
});
