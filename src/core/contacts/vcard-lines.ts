/** vCard lexing: physical lines → unfolded content lines → group, name, parameters and raw value. */

/** One logical line after unfolding, with the number of its first physical line. */
export interface LogicalLine {
  line: number;
  text: string;
}

/** A parsed content line: `[group.]NAME;PARAM=a,b;BARE:value`. */
export interface ContentLine {
  line: number;
  group?: string;
  /** Upper-cased property name. */
  name: string;
  /** Upper-cased parameter names; TYPE and ENCODING values lower-cased and split on commas. */
  params: Map<string, string[]>;
  /** The value as written: still quoted-printable encoded and backslash escaped. */
  rawValue: string;
}

const QP_MARK = /QUOTED-PRINTABLE/i;

/** True when the part before the value names the quoted-printable encoding (2.1 style). */
function isQuotedPrintable(text: string): boolean {
  const colon = text.indexOf(':');
  return colon > 0 && QP_MARK.test(text.slice(0, colon));
}

/**
 * Splits text into logical lines: CRLF, LF or CR endings; a line starting with a space or tab
 * continues the previous one (that one character is dropped); a quoted-printable value ending in
 * `=` continues on the next line as is (soft line break, as vCard 2.1 writers emit).
 */
export function unfoldLines(text: string): LogicalLine[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: LogicalLine[] = [];
  let last: LogicalLine | undefined;
  let lastBlank = false;
  physical.forEach((raw, i) => {
    // A quoted-printable soft break comes first: its next line is content, even when it starts with a space.
    if (last && !lastBlank && last.text.endsWith('=') && isQuotedPrintable(last.text)) {
      last.text = last.text.slice(0, -1) + raw;
      return;
    }
    if (last && !lastBlank && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      last.text += raw.slice(1);
      return;
    }
    lastBlank = raw.trim() === '';
    if (lastBlank) return;
    last = { line: i + 1, text: raw };
    out.push(last);
  });
  return out;
}

const ENCODINGS = new Set(['quoted-printable', 'base64', 'b', '8bit', '7bit']);
const NAME_RE = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)/;

function addParam(params: Map<string, string[]>, key: string, values: string[]): void {
  const k = key.toUpperCase();
  const normalised = k === 'TYPE' || k === 'ENCODING' ? values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()) : values;
  params.set(k, [...(params.get(k) ?? []), ...normalised.filter((v) => v !== '')]);
}

/** Parses one logical line; returns null when it is not a well-formed content line. */
export function parseContentLine(logical: LogicalLine): ContentLine | null {
  const { text } = logical;
  const m = NAME_RE.exec(text);
  if (!m) return null;
  const params = new Map<string, string[]>();
  let i = m[0].length;
  while (text[i] === ';') {
    i++;
    const start = i;
    while (i < text.length && !'=;:'.includes(text[i]!)) i++;
    const key = text.slice(start, i).trim();
    if (key === '' || !/^[A-Za-z0-9-]+$/.test(key)) return null;
    if (text[i] !== '=') {
      // vCard 2.1 bare parameter: `;WORK;VOICE` or `;QUOTED-PRINTABLE`.
      addParam(params, ENCODINGS.has(key.toLowerCase()) ? 'ENCODING' : 'TYPE', [key]);
      continue;
    }
    i++;
    const values: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return null;
        values.push(text.slice(i + 1, close));
        i = close + 1;
      } else {
        const s = i;
        while (i < text.length && !',;:'.includes(text[i]!)) i++;
        values.push(text.slice(s, i));
      }
      if (text[i] !== ',') break;
      i++;
    }
    addParam(params, key, values);
  }
  if (text[i] !== ':') return null;
  return {
    line: logical.line,
    group: m[1],
    name: m[2]!.toUpperCase(),
    params,
    rawValue: text.slice(i + 1),
  };
}

function utf8Bytes(s: string): number[] {
  return Array.from(new TextEncoder().encode(s));
}

/** Decodes quoted-printable text (`=C3=A9`) into bytes, then into a string in the given charset. */
export function decodeQuotedPrintable(value: string, charset = 'utf-8'): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const hex = value.slice(i + 1, i + 3);
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (ch === '=' && i === value.length - 1) {
      // A trailing soft break left over at the very end: nothing to decode.
    } else {
      bytes.push(...utf8Bytes(ch));
    }
  }
  return decodeBytes(bytes, charset);
}

/** Bytes → text in a charset; an unknown charset label falls back to UTF-8 rather than failing the card. */
function decodeBytes(bytes: ArrayLike<number>, charset: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(Uint8Array.from(bytes));
}

/** Decodes a base64 text value (ENCODING=b); invalid base64 is returned unchanged. */
function decodeBase64(value: string, charset: string): string {
  try {
    const binary = atob(value.replace(/\s+/g, ''));
    return decodeBytes(
      Array.from(binary, (c) => c.charCodeAt(0)),
      charset,
    );
  } catch {
    return value;
  }
}

/** The value with its transfer encoding undone (quoted-printable or base64, honouring CHARSET); escapes remain. */
export function decodeTransfer(cl: ContentLine): string {
  const encoding = cl.params.get('ENCODING') ?? [];
  const charset = cl.params.get('CHARSET')?.[0] ?? 'utf-8';
  if (encoding.includes('quoted-printable')) return decodeQuotedPrintable(cl.rawValue, charset);
  if (encoding.includes('b') || encoding.includes('base64')) return decodeBase64(cl.rawValue, charset);
  return cl.rawValue;
}

/** Splits on a separator that is not escaped by a backslash; escapes are kept for unescapeText. */
export function splitUnescaped(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) {
      current += ch + value[i + 1]!;
      i++;
    } else if (ch === separator) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

/** Undoes vCard text escapes: `\n`/`\N` → newline; `\,` `\;` `\\` `\:` → the character. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\s\S])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

/** The decoded, unescaped text of a property value, with every line break as LF. */
export function textValue(cl: ContentLine): string {
  return unescapeText(decodeTransfer(cl)).replace(/\r\n?/g, '\n');
}

/**
 * The decoded components of a structured value (N, ORG), each unescaped and trimmed. With
 * `commaLists` (N), a component's unescaped commas separate several values, joined by spaces.
 */
export function structuredValue(cl: ContentLine, commaLists = false): string[] {
  return splitUnescaped(decodeTransfer(cl), ';').map((part) =>
    (commaLists ? splitUnescaped(part, ',') : [part])
      .map((v) => unescapeText(v).trim())
      .filter((v) => v !== '')
      .join(' '),
  );
}
