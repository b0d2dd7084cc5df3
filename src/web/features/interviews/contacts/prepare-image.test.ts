import { describe, expect, it } from 'vitest';
import { MAX_SIDE, MIN_SIDE, scaleFor } from './prepare-image.js';

describe('scaleFor', () => {
  it('shrinks phone photos to the longest side OCR needs', () => {
    expect(scaleFor(4032, 3024)).toBeCloseTo(MAX_SIDE / 4032);
    expect(scaleFor(3024, 4032)).toBeCloseTo(MAX_SIDE / 4032);
  });
  it('leaves images of a good size alone', () => {
    expect(scaleFor(1050, 600)).toBe(1);
    expect(scaleFor(MAX_SIDE, 900)).toBe(1);
    expect(scaleFor(MIN_SIDE, 500)).toBe(1);
  });
  it('enlarges small scans, at most twice', () => {
    expect(scaleFor(840, 480)).toBeCloseTo(MIN_SIDE / 840);
    expect(scaleFor(200, 100)).toBe(2);
    expect(scaleFor(0, 0)).toBe(1);
  });
});
