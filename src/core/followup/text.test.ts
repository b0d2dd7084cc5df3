import { describe, expect, it } from 'vitest';
import { clip, contentWords, firstSentence, lowerFirst } from './text.js';

describe('draft text helpers', () => {
  it('lower-cases ordinary leading words but never names, acronyms or "I"', () => {
    expect(lowerFirst('Has not managed people')).toBe('has not managed people');
    expect(lowerFirst('Hasn\u2019t led a team')).toBe('hasn\u2019t led a team');
    expect(lowerFirst('Kubernetes depth')).toBe('Kubernetes depth');
    expect(lowerFirst('AWS certification missing')).toBe('AWS certification missing');
    expect(lowerFirst('I might relocate')).toBe('I might relocate');
  });

  it('clips at a word boundary with an ellipsis', () => {
    expect(clip('one two three four five', 12)).toBe('one two\u2026');
    expect(clip('short', 12)).toBe('short');
  });

  it('takes the first sentence only', () => {
    expect(firstSentence('I led it. Then more.')).toBe('I led it.');
  });

  it('matches plural and singular forms and drops filler words', () => {
    const words = contentWords('Limited experience with Kubernetes clusters');
    expect(words.has('cluster')).toBe(true);
    expect(words.has('limited')).toBe(false);
    expect([...contentWords('kubernetes')]).toEqual([...contentWords('Kubernetes')]);
  });
});
