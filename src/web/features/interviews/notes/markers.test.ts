import { describe, expect, it } from 'vitest';
import { withMarker } from './markers.js';

describe('withMarker (the marker buttons under the note box)', () => {
  it('starts an empty note with the marker and a space, caret after it', () => {
    expect(withMarker('', 0, '!')).toEqual({ text: '! ', caret: 2 });
  });

  it('puts the marker at the start of the line the caret is on, keeping the caret in its text', () => {
    expect(withMarker('first\nsecond line', 9, '?')).toEqual({ text: 'first\n? second line', caret: 11 });
    expect(withMarker('only line', 4, '*')).toEqual({ text: '* only line', caret: 6 });
  });

  it('replaces a marker already there instead of stacking two', () => {
    expect(withMarker('? how is on-call shared', 10, '>')).toEqual({ text: '> how is on-call shared', caret: 10 });
    expect(withMarker('!unsure', 7, '*')).toEqual({ text: '* unsure', caret: 8 });
  });

  it('leaves other lines alone', () => {
    expect(withMarker('! kept\n', 7, '?').text).toBe('! kept\n? ');
  });
});
