import { describe, it, expect } from 'vitest';
import {
  decodeQuotedPrintable,
  parseContentLine,
  splitUnescaped,
  structuredValue,
  textValue,
  unescapeText,
  unfoldLines,
} from './vcard-lines.js';

const line = (text: string) => {
  const cl = parseContentLine({ line: 1, text });
  if (!cl) throw new Error(`not a content line: ${text}`);
  return cl;
};

describe('unfoldLines', () => {
  it('joins space and tab continuations, dropping one leading character, for CRLF, LF and CR', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const out = unfoldLines(['NOTE:ab', ' cd', '\t ef', 'FN:x'].join(eol));
      expect(out).toEqual([
        { line: 1, text: 'NOTE:abcd ef' },
        { line: 4, text: 'FN:x' },
      ]);
    }
  });

  it('joins a quoted-printable soft line break with the next line as is', () => {
    const out = unfoldLines('NOTE;ENCODING=QUOTED-PRINTABLE:one=\r\n two\r\nFN:x');
    expect(out[0]).toEqual({ line: 1, text: 'NOTE;ENCODING=QUOTED-PRINTABLE:one two' });
    expect(out[1]?.line).toBe(3);
  });

  it('does not treat a trailing "=" as a soft break outside quoted-printable', () => {
    expect(unfoldLines('NOTE:a=\nFN:b').map((l) => l.text)).toEqual(['NOTE:a=', 'FN:b']);
  });

  it('skips blank lines and a byte order mark, keeping physical line numbers', () => {
    expect(unfoldLines('\uFEFFBEGIN:VCARD\n\n\nFN:x')).toEqual([
      { line: 1, text: 'BEGIN:VCARD' },
      { line: 4, text: 'FN:x' },
    ]);
  });
});

describe('parseContentLine', () => {
  it('reads group, name and parameters in the 3.0 comma form', () => {
    const cl = line('item1.EMAIL;TYPE=INTERNET,work:a@b.example');
    expect(cl.group).toBe('item1');
    expect(cl.name).toBe('EMAIL');
    expect(cl.params.get('TYPE')).toEqual(['internet', 'work']);
    expect(cl.rawValue).toBe('a@b.example');
  });

  it('merges repeated TYPE parameters and quoted lists', () => {
    expect(line('TEL;TYPE=WORK;TYPE=VOICE:1').params.get('TYPE')).toEqual(['work', 'voice']);
    expect(line('TEL;TYPE="work,voice";PREF=1:1').params.get('TYPE')).toEqual(['work', 'voice']);
  });

  it('reads 2.1 bare parameters as TYPE, and bare encodings as ENCODING', () => {
    const cl = line('NOTE;WORK;QUOTED-PRINTABLE:x');
    expect(cl.params.get('TYPE')).toEqual(['work']);
    expect(cl.params.get('ENCODING')).toEqual(['quoted-printable']);
  });

  it('keeps colons inside quoted parameter values and in the value', () => {
    const cl = line('X-SOCIALPROFILE;X-USER="a:b":https://x.example/a:b');
    expect(cl.params.get('X-USER')).toEqual(['a:b']);
    expect(cl.rawValue).toBe('https://x.example/a:b');
  });

  it('returns null for lines that are not properties', () => {
    expect(parseContentLine({ line: 1, text: 'just some words' })).toBeNull();
    expect(parseContentLine({ line: 1, text: ':value' })).toBeNull();
    expect(parseContentLine({ line: 1, text: 'FN;X="unclosed:v' })).toBeNull();
  });
});

describe('value decoding', () => {
  it('decodes quoted-printable UTF-8 bytes across several characters', () => {
    expect(decodeQuotedPrintable('Ren=C3=A9e =E2=80=94 ok')).toBe('Renée — ok');
  });

  it('decodes quoted-printable in a legacy charset and falls back to UTF-8 for unknown ones', () => {
    expect(decodeQuotedPrintable('caf=E9', 'iso-8859-1')).toBe('café');
    expect(decodeQuotedPrintable('caf=C3=A9', 'no-such-charset')).toBe('café');
  });

  it('unescapes \\n, \\N, \\, \\; \\\\ and \\:', () => {
    expect(unescapeText('a\\nb\\Nc\\,d\\;e\\\\f\\:g')).toBe('a\nb\nc,d;e\\f:g');
  });

  it('splits structured values only on unescaped separators', () => {
    expect(splitUnescaped('a\\;b;c', ';')).toEqual(['a\\;b', 'c']);
    expect(structuredValue(line('ORG:Acme\\; Sons;Sales'))).toEqual(['Acme; Sons', 'Sales']);
  });

  it('keeps plain commas inside ORG but joins N comma lists with spaces', () => {
    expect(structuredValue(line('ORG:Acme, Inc.'))).toEqual(['Acme, Inc.']);
    expect(structuredValue(line('N:Doe;Jane;Ann,Marie;;'), true)).toEqual(['Doe', 'Jane', 'Ann Marie', '', '']);
  });

  it('decodes base64 text values (ENCODING=b) as UTF-8 and leaves invalid base64 as written', () => {
    expect(textValue(line('NOTE;ENCODING=b:Q2Fmw6kgY2hhdA=='))).toBe('Café chat');
    expect(textValue(line('NOTE;ENCODING=b:not base64!'))).toBe('not base64!');
  });

  it('gives quoted-printable text values with every line break as LF', () => {
    expect(textValue(line('NOTE;ENCODING=QUOTED-PRINTABLE:a=0D=0Ab=0Dc'))).toBe('a\nb\nc');
  });
});
