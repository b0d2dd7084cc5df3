import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from './write.js';

describe('csvCell', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('neutralises %j', (v) => {
    expect(csvCell(v).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('quotes quotes, separators and line breaks, and leaves numbers and plain text alone', () => {
    expect(csvCell('Acme, Inc')).toBe('"Acme, Inc"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('Zoë')).toBe('Zoë');
    expect(csvCell(null)).toBe('');
  });

  it('never lets a cell start a formula, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = csvCell(s);
        const inner = cell.startsWith('"') ? cell.slice(1) : cell;
        expect(/^[=+\-@\t\r]/.test(inner)).toBe(false);
      }),
    );
  });
});

describe('toCsv', () => {
  it('starts with the UTF-8 byte-order mark and ends rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 'x,y']])).toBe(`${BOM}a,b\r\n1,"x,y"\r\n`);
  });
});
