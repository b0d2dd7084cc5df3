import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv, sniffDelimiter } from './read.js';
import { toCsv } from './write.js';

const bytes = (s: string, enc: 'utf16le' | 'latin1' | 'utf8') => new Uint8Array(Buffer.from(s, enc));

describe('decodeCsv', () => {
  it('tells UTF-8 with and without a BOM, UTF-16 and Windows-1252 apart', () => {
    expect(decodeCsv(bytes('\ufeffCafé', 'utf8'))).toEqual({ text: 'Café', encoding: 'utf-8' });
    expect(decodeCsv(bytes('Café', 'utf8'))).toEqual({ text: 'Café', encoding: 'utf-8' });
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, ...bytes('Zoë,1', 'utf16le')]))).toEqual({ text: 'Zoë,1', encoding: 'utf-16le' });
    expect(decodeCsv(bytes('Employer,Role\nAcme,Dev', 'utf16le')).encoding).toBe('utf-16le');
    expect(decodeCsv(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x80]))).toEqual({
      text: 'Café – €',
      encoding: 'windows-1252',
    });
  });
});

describe('parseCsv', () => {
  it('finds the delimiter and keeps quoted separators, quotes and line breaks', () => {
    expect(sniffDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(sniffDelimiter('a\tb\n1\t2')).toBe('\t');
    const rows = parseCsv('Employer,Notes\r\n"Acme, Inc","Said ""hi""\nthen left"\r\n\r\nBeta,x\n');
    expect(rows).toEqual([
      { line: 1, cells: ['Employer', 'Notes'] },
      { line: 2, cells: ['Acme, Inc', 'Said "hi"\nthen left'] },
      { line: 5, cells: ['Beta', 'x'] },
    ]);
  });

  it('reads back exactly what the CSV writer wrote (export → import keeps every cell)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.string({ maxLength: 12 }).filter((s) => !/^[=+\-@\t\r]/.test(s)),
            { minLength: 2, maxLength: 2 },
          ),
          { maxLength: 8 },
        ),
        (rows) => {
          const text = toCsv(['a', 'b'], rows).replace(/^\ufeff/, '');
          const kept = rows.filter((r) => r.some((c) => c.trim() !== '') || r.length > 1);
          expect(parseCsv(text, ',').map((r) => r.cells)).toEqual([['a', 'b'], ...kept]);
        },
      ),
    );
  });
});
