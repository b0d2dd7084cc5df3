import { describe, it, expect } from 'vitest';
import { parseTarget } from './settings-page.js';

describe('parseTarget', () => {
  it('accepts whole numbers from 1 to 50 only', () => {
    expect(parseTarget(' 5 ')).toEqual({ value: 5 });
    expect(parseTarget('0')).toHaveProperty('error');
    expect(parseTarget('51')).toHaveProperty('error');
    expect(parseTarget('2.5')).toHaveProperty('error');
    expect(parseTarget('')).toHaveProperty('error');
  });
});
