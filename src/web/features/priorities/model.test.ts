import { describe, it, expect } from 'vitest';
import { move, slugify, uniqueKey, validatePriorities } from './model.js';
import { fitBadgeText, fitOf, liveFit, unknownText } from './fit-model.js';

describe('priorities model', () => {
  it('makes an API-valid key from any name', () => {
    expect(slugify('  Team size & Café culture! ')).toBe('team-size-cafe-culture');
    expect(slugify('x'.repeat(80))).toHaveLength(50);
    expect(uniqueKey('Culture', ['culture', 'culture-2'])).toBe('culture-3');
    expect(uniqueKey('¿?', [])).toBe('priority');
  });

  it('moves an item up or down and ignores moves past either end', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('names the field of each problem before saving', () => {
    const errors = validatePriorities([
      { key: 'pay', name: 'Pay', weight: 4, payFloor: -1 },
      { key: 'team', name: '  ', weight: 6 },
      { key: 'location-and-commute', name: 'Location', weight: 3, maxCommuteMinutes: 0 },
    ]);
    expect(errors).toEqual({
      '0.payFloor': 'Enter a whole amount, 0 or more.',
      '1.name': 'Give this priority a name.',
      '1.weight': 'Pick a weight from 0 to 5.',
      '2.maxCommuteMinutes': 'Enter whole minutes from 1 to 600.',
    });
    expect(validatePriorities([{ key: 'pay', name: 'Pay', weight: 0, payFloor: null }])).toEqual({});
  });
});

describe('fit model', () => {
  const priorities = [
    { key: 'culture', name: 'Culture', weight: 4 },
    { key: 'pay', name: 'Pay', weight: 4 },
    { key: 'stability', name: 'Stability', weight: 2 },
    { key: 'ignored', name: 'Ignored', weight: 0 },
  ];

  it('scores live from the ratings chosen so far, counting only known ones', () => {
    const none = liveFit(priorities, {});
    expect(none.score).toBeNull();
    expect(none.gaps.map((g) => g.name)).toEqual(['Culture', 'Pay', 'Stability']);
    const two = liveFit(priorities, { culture: { rating: 'great', evidence: '' }, pay: { rating: 'poor', evidence: '' } });
    expect(two.score).toBe(50);
    expect(two.gaps.map((g) => g.key)).toEqual(['stability']);
  });

  it('lists unknown priorities by name, shortening long lists', () => {
    expect(unknownText([{ name: 'Culture' }, { name: 'Stability' }])).toBe('2 priorities still unknown: Culture and Stability');
    expect(unknownText([{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }, { name: 'E' }])).toBe(
      '5 priorities still unknown: A, B, C and 2 more',
    );
    expect(unknownText([{ name: 'Pay' }])).toBe('1 priority still unknown: Pay');
    expect(unknownText([])).toBe('Every priority that matters to you is rated.');
  });

  it('words the badge for a score, its unknowns, or no rating at all', () => {
    expect(fitBadgeText({ score: 71.6, coverage: 0.5, gapCount: 3 })).toBe('Fit 72 · 3 unknown');
    expect(fitBadgeText({ score: 80, coverage: 1, gapCount: 0 })).toBe('Fit 80');
    expect(fitBadgeText({ score: null, coverage: 0, gapCount: 9 })).toBe('Fit: not rated');
    expect(fitBadgeText(null)).toBe('Fit: not rated');
  });

  it('reads the fit summary an API object carries, or null without one', () => {
    expect(fitOf({ id: 'x' })).toBeNull();
    expect(fitOf({ fit: null })).toBeNull();
    expect(fitOf({ fit: { score: 64, coverage: 0.4, gapCount: 2 } })).toEqual({ score: 64, coverage: 0.4, gapCount: 2 });
  });
});
