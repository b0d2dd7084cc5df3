import { describe, expect, it } from 'vitest';
import { plainLine, strongestFitEvidence, talkingPoints } from './evidence.js';

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

  it('ranks great before good, heavier first, and drops poor, unweighted or empty evidence', () => {
    expect(strongestFitEvidence(ratings).map((r) => r.name)).toEqual(['Growth', 'Pay']);
  });

  it('makes three talking points from fit evidence, then the most telling facts', () => {
    expect(talkingPoints(ratings, facts)).toEqual(['Growth: A funded training budget', 'Pay: Pays above the market median', 'Launched a port-logistics product in May']);
  });
});
