/** Every stretch of an invitation that reads as a person's name, wherever it stands: what the name model scores. */
import { leadingName, looksLikeName } from './names.js';

/** A name-shaped stretch of one line: its characters and the name read from them (honorific and nickname dropped). */
export interface NameSpan {
  line: number;
  start: number;
  end: number;
  name: string;
}

// Where a name may begin: a capital after the start of the line or a character that is not a letter, digit or apostrophe.
const WORD_START = /(?<![\p{L}\p{N}'’@./_-])(?:\p{Lu}|["“])/gu;

/** The name-shaped stretches of each line, two words or more ("Dana Ruiz", "Dr. Ana de la Cruz", "TANAKA Hiroshi"). */
export function nameSpans(lines: readonly string[]): NameSpan[] {
  const spans: NameSpan[] = [];
  lines.forEach((text, line) => {
    // Addresses and links hold names that are not written as names ("dana.ruiz@…").
    if (text.length > 400) return;
    let from = 0;
    WORD_START.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD_START.exec(text))) {
      if (m.index < from) continue;
      const lead = leadingName(text.slice(m.index));
      if (!lead || !lead.name.includes(' ') || !looksLikeName(lead.name)) continue;
      const end = m.index + lead.length;
      spans.push({ line, start: m.index, end, name: lead.name });
      from = end;
      WORD_START.lastIndex = end;
    }
  });
  return spans;
}
