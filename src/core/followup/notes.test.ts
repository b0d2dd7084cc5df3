import { describe, expect, it } from 'vitest';
import { markerOf } from './notes.js';

describe('a note’s marker', () => {
  it.each([
    ['? What does a good first month look like', 'question'],
    ['! worried about my lack of Kotlin', 'concern'],
    ['* They ship weekly', 'key'],
    ['> send the case study', 'promise'],
    ['Plain line', 'plain'],
    ['', 'plain'],
    ['\n   \n! after blank lines', 'concern'],
    ['!', 'plain'],
  ])('%j is %s', (text, marker) => {
    expect(markerOf(text)).toBe(marker);
  });
});
