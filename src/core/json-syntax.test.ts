import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax.js';

describe('findJsonSyntaxError', () => {
  it('accepts every text that JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, pretty ? 2 : undefined))).toBeNull();
      }),
    );
  });

  it('agrees with JSON.parse on whether arbitrary text is valid', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'{}[],:"\\ 01-.eEtruefalsnl\nxu'.split('')) }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['{\n  "format": "offerbook-backup",\n  "version": 1,,\n}', 3, 16, /property name in double quotes, found ","/],
    ['{"a": 1', 1, 8, /expected "," or "}", found the end of the text/],
    ['[1, 2,]', 1, 7, /expected a value, found "]"/],
    ['{"a" 1}', 1, 6, /expected ":"/],
    ['{"a": tru}', 1, 7, /expected a value/],
    ['{"a": "b\nc"}', 1, 9, /raw line break/],
    ['{"a": "\\x"}', 1, 8, /not a valid escape/],
    ['{"a": "open', 1, 7, /never closed/],
    ['{} {}', 1, 4, /after the end of the data/],
    ['', 1, 1, /expected a value, found the end of the text/],
    ['{\r\n  "a": -}', 2, 8, /not a valid number/],
  ])('names line and column of %j', (text, line, column, message) => {
    const error = findJsonSyntaxError(text);
    expect(error).toMatchObject({ line, column });
    expect(error?.message).toMatch(message);
  });

  it('survives nesting far deeper than the call stack', () => {
    expect(findJsonSyntaxError('['.repeat(200_000) + ']'.repeat(200_000))).toBeNull();
    expect(findJsonSyntaxError('['.repeat(200_000))).toMatchObject({ line: 1, column: 200_001 });
  });
});
