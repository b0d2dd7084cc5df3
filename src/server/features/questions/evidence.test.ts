import { describe, expect, it } from 'vitest';
import { plainLine, talkingPoints } from './evidence.js';

const ratings = [
  { name: 'Pay', weight: 5, rating: 'good', evidence: 'Pays above the market median' },
  { name: 'Growth', weight: 3, rating: 'great', evidence: 'A **funded** training budget\nsecond line' },
  { name: 'Culture', weight: 4, rating: 'poor', evidence: 'Long hours' },
  { name: 'Remote', weight: 0, rating: 'great', evidence: 'Fully remote' },
  { name: 'Team', weight: 4, rating: 'great', evidence: '' },
];
const facts = [
  { id: 'f1', topic: 'size' as const, statement: 'About 300 people' },
  { id: 'f2', topic: 'news' as const, statement: 'Launched a port-logistics product in May' },
];

describe('evidence for talking points', () => {
  it('keeps one plain line of Markdown without emphasis or link targets', () => {
    expect(plainLine('**Bold** and [a link](https://x.org)\nmore')).toBe('Bold and a link');
    expect(plainLine('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('makes talking points from the most telling facts and names what draws the user, never quoting fit evidence or pay', () => {
    expect(talkingPoints(ratings, facts)).toEqual([
      'Launched a port-logistics product in May',
      'About 300 people',
      'What draws me here: team, growth.',
    ]);
    const privateNote = [{ name: 'Pay', weight: 5, rating: 'great', evidence: 'Pay: €75–92k, top of range beats my floor' }];
    expect(talkingPoints(privateNote, facts).join(' ')).not.toMatch(/€|floor|Pay/);
  });
});
