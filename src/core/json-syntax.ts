/** Where a JSON text first breaks the grammar: a 1-based line and column and what was expected. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

// Our own scanner, so the place and wording do not depend on the JavaScript engine's error text
// (V8 changed it between Node lines). It only validates: it builds no values and keeps an explicit
// stack, so deep nesting cannot overflow the call stack.
type Expect = 'value' | 'key' | 'colon' | 'after-value';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

function describe(char: string | undefined): string {
  if (char === undefined) return 'the end of the text';
  if (char === '\n' || char === '\r') return 'the end of the line';
  return `"${char}"`;
}

function position(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** Index just past a string starting at `start` (a `"`), or an error at the offending index. */
function scanString(text: string, start: number): number | { at: number; message: string } {
  let i = start + 1;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"') return i + 1;
    if (char === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) return { at: i, message: 'a \\u escape needs four hexadecimal digits' };
        i += 6;
        continue;
      }
      if (next === undefined || !ESCAPES.has(next)) return { at: i, message: `"\\${next ?? ''}" is not a valid escape` };
      i += 2;
      continue;
    }
    if (char.charCodeAt(0) < 0x20) return { at: i, message: 'a string cannot hold a raw line break or control character' };
    i++;
  }
  return { at: start, message: 'this string is never closed' };
}

/** Finds the first syntax error in a JSON text; `null` when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: ('object' | 'array')[] = [];
  let expect: Expect = 'value';
  let afterComma = false;
  let i = 0;
  const fail = (at: number, message: string): JsonSyntaxError => ({ ...position(text, at), message });

  while (true) {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
    const char = text[i];
    const container = stack[stack.length - 1];

    if (expect === 'after-value') {
      if (container === undefined) return char === undefined ? null : fail(i, `unexpected ${describe(char)} after the end of the data`);
      if (char === ',') {
        expect = container === 'object' ? 'key' : 'value';
        afterComma = true;
        i++;
        continue;
      }
      if ((char === '}' && container === 'object') || (char === ']' && container === 'array')) {
        stack.pop();
        i++;
        continue;
      }
      const closer = container === 'object' ? '"}"' : '"]"';
      return fail(i, `expected "," or ${closer}, found ${describe(char)}`);
    }

    if (expect === 'colon') {
      if (char !== ':') return fail(i, `expected ":" after the property name, found ${describe(char)}`);
      expect = 'value';
      i++;
      continue;
    }

    if (expect === 'key') {
      if (char === '}' && !afterComma) {
        stack.pop();
        expect = 'after-value';
        i++;
        continue;
      }
      if (char !== '"') return fail(i, `expected a property name in double quotes, found ${describe(char)}`);
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.at, end.message);
      i = end;
      expect = 'colon';
      afterComma = false;
      continue;
    }

    // expect === 'value'
    if (char === ']' && container === 'array' && !afterComma) {
      stack.pop();
      expect = 'after-value';
      i++;
      continue;
    }
    afterComma = false;
    if (char === '{') {
      stack.push('object');
      expect = 'key';
      i++;
      continue;
    }
    if (char === '[') {
      stack.push('array');
      i++;
      continue;
    }
    if (char === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.at, end.message);
      i = end;
    } else if (char !== undefined && (char === '-' || (char >= '0' && char <= '9'))) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail(i, 'this is not a valid number');
      i = NUMBER.lastIndex;
    } else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      if (literal === undefined) return fail(i, `expected a value, found ${describe(char)}`);
      i += literal.length;
    }
    expect = 'after-value';
  }
}
