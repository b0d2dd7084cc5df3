/**
 * The draft linter: reads text the user is about to send (a thank-you note, a check-in, a closing
 * note, a line to say) and flags what would read like a private notebook instead of a letter.
 * Each finding has a span (UTF-16 offsets into the text) and a fix, like the answer coach.
 */

import { buildNoteIndex, copiedSpans, type NoteIndex } from './lint-copy.js';

export { buildNoteIndex, type NoteIndex } from './lint-copy.js';

/** Every stable finding code of the draft linter. */
export type DraftFindingCode =
  'third-person' | 'copied-note' | 'markup' | 'placeholder' | 'iso-date' | 'long-sentence' | 'no-greeting' | 'no-sign-off';

/** One thing to fix in a draft; `start`/`end` are UTF-16 offsets into the text. */
export interface DraftFinding {
  code: DraftFindingCode;
  start: number;
  end: number;
  message: string;
  /** How to fix it, in a few words. */
  fix: string;
}

/** What the linter reads. */
export interface LintDraftInput {
  text: string;
  /** The recipient's name: their name in the body (outside the greeting) reads as talking about them. */
  recipientName?: string | null;
  /** The user's private text (notes, housekeeping answers, fit notes), or an index built once from it. */
  privateNotes?: readonly string[] | NoteIndex;
  /** Names the text may contain that hold the recipient's first name without meaning them (the employer, the role). */
  otherNames?: readonly string[];
  /** `letter` (default) wants a greeting and a sign-off; `line` is a sentence to say (no greeting). */
  kind?: 'letter' | 'line';
  /** Words above which a sentence is flagged (default 40). */
  maxSentenceWords?: number;
}

const GREETING = /^(dear|hello|hi|hey|good (morning|afternoon|evening)|greetings)\b[^\n]{0,80}$/i;
const SIGN_OFF =
  /^(best|best wishes|all the best|kind regards|warm regards|warmest regards|regards|best regards|many thanks|thanks|thank you|thanks again|with thanks[^\n]*|sincerely|yours sincerely|yours faithfully|yours|cheers|warmly|with best wishes|respectfully)[,.!]?$/i;

// Singular third-person words: in a note to one person they nearly always mean that person.
const THIRD_PERSON = /\b(she|he|her|him|his|hers|herself|himself|the interviewer|the recruiter|the hiring manager)\b/gi;
const MARKUP: { re: RegExp; what: string; fix: string }[] = [
  { re: /\*\*|__|`+/g, what: 'Markdown emphasis', fix: 'Remove the formatting marks.' },
  {
    re: /^[ \t]*(#{1,6}|[?!*>])[ \t]+/gm,
    what: 'a note marker at the start of a line',
    fix: 'Remove the marker and write the line as a sentence.',
  },
  { re: /\[[^\]\n]{1,80}\]\([^)\n]*\)/g, what: 'a Markdown link', fix: 'Write the address out, or name the page in words.' },
  { re: /->|=>|<-|[→⇒←↔⟶]|~(?=\s?\d)|(?<=\s)w\/(?=\s)|\bb\/c\b/g, what: 'note shorthand (arrows, ~, w/)', fix: 'Write it out in words.' },
];
const PLACEHOLDER = /\[(?![^\]\n]*\]\()[^\]\n]{1,80}\]|<(your|add|insert)[^>\n]{0,60}>|\b(TODO|TBD|XXX)\b/gi;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b/g;

function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Non-empty lines with their offsets. */
function linesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), start: pos + lead });
    pos += raw.length + 1;
  }
  return out;
}

/** Sentences (split at . ! ? and at line ends) with their offsets. */
function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^.!?\n]+(?:[.!?]+(?=\s|$)|[.!?]+(?=[^\s])|$)?/g;
  for (const m of text.matchAll(re)) {
    const s = m[0];
    if (!s.trim()) continue;
    const lead = s.length - s.trimStart().length;
    out.push({ text: s.trim(), start: (m.index ?? 0) + lead });
  }
  return out;
}

function recipientFindings(
  text: string,
  name: string | null | undefined,
  bodyStart: number,
  otherNames: readonly string[],
): DraftFinding[] {
  const out: DraftFinding[] = [];
  const first = name ? firstNameOf(name) : '';
  for (const m of text.matchAll(THIRD_PERSON)) {
    const i = m.index ?? 0;
    if (i < bodyStart) continue;
    out.push({
      code: 'third-person',
      start: i,
      end: i + m[0].length,
      message: `“${m[0]}” talks about someone instead of to them${first ? `: this note goes to ${first}` : ''}.`,
      fix: 'Say “you” or “your”, or name the colleague you mean.',
    });
  }
  // Where the employer's or role's name holds the same word ("Morgan" at Morgan Stanley), it is not the recipient.
  const inOtherName = (i: number) =>
    otherNames.some((n) => {
      if (!n) return false;
      for (let at = text.indexOf(n); at !== -1; at = text.indexOf(n, at + 1)) if (i >= at && i < at + n.length) return true;
      return false;
    });
  if (first.length >= 2) {
    const re = new RegExp(`(?<![\\p{L}])${escapeRe(first)}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const i = m.index ?? 0;
      if (i < bodyStart) continue;
      const before = text.slice(Math.max(0, i - 2), i);
      const after = text.charAt(i + m[0].length);
      // "Thank you, Sanne," addresses her; "Sanne mentioned" talks about her.
      if (/,\s?$/.test(before) || after === ',' || after === '!' || inOtherName(i)) continue;
      out.push({
        code: 'third-person',
        start: i,
        end: i + m[0].length,
        message: `The note is to ${first}; naming them here talks about them.`,
        fix: 'Say “you” instead of their name.',
      });
    }
  }
  return out;
}

function structureFindings(text: string): DraftFinding[] {
  const out: DraftFinding[] = [];
  const lines = linesOf(text);
  const first = lines[0];
  if (!first || !GREETING.test(first.text)) {
    out.push({
      code: 'no-greeting',
      start: 0,
      end: first ? first.start + first.text.length : 0,
      message: 'The note does not open with a greeting.',
      fix: 'Start with “Hello” and their first name, then a comma.',
    });
  }
  const last = lines[lines.length - 1];
  const beforeLast = lines[lines.length - 2];
  const signedOff = last && beforeLast && SIGN_OFF.test(beforeLast.text) && !SIGN_OFF.test(last.text) && last.text.split(/\s+/).length <= 6;
  if (!signedOff) {
    const end = text.trimEnd().length;
    const onlySignOff = last && SIGN_OFF.test(last.text);
    out.push({
      code: 'no-sign-off',
      start: last ? last.start : end,
      end,
      message: onlySignOff ? 'The sign-off has no name under it.' : 'The note does not end with a sign-off and your name.',
      fix: onlySignOff ? 'Add your name on the line below.' : 'End with “Best,” and your name on the next line.',
    });
  }
  return out;
}

/** Reads a draft and lists what to fix before sending, in text order. */
export function lintDraft(input: LintDraftInput): DraftFinding[] {
  const text = input.text;
  const kind = input.kind ?? 'letter';
  const out: DraftFinding[] = [];
  const lines = linesOf(text);
  const bodyStart = kind === 'letter' && lines[0] && GREETING.test(lines[0].text) ? lines[0].start + lines[0].text.length : 0;

  out.push(...recipientFindings(text, input.recipientName, bodyStart, input.otherNames ?? []));

  const index = input.privateNotes
    ? Array.isArray(input.privateNotes)
      ? buildNoteIndex(input.privateNotes as readonly string[])
      : (input.privateNotes as NoteIndex)
    : null;
  if (index) {
    for (const span of copiedSpans(text, index)) {
      out.push({
        code: 'copied-note',
        start: span.start,
        end: span.end,
        message: 'These words are copied from your private notes.',
        fix: 'Say it in your own words, written to them.',
      });
    }
  }

  for (const rule of MARKUP) {
    for (const m of text.matchAll(rule.re)) {
      const i = m.index ?? 0;
      out.push({
        code: 'markup',
        start: i,
        end: i + m[0].length,
        message: `This is ${rule.what}, which reads as notes in a letter.`,
        fix: rule.fix,
      });
    }
  }
  for (const m of text.matchAll(PLACEHOLDER)) {
    const i = m.index ?? 0;
    out.push({
      code: 'placeholder',
      start: i,
      end: i + m[0].length,
      message: `“${m[0]}” still needs filling in.`,
      fix: 'Replace it with the real text, or delete it.',
    });
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const i = m.index ?? 0;
    out.push({
      code: 'iso-date',
      start: i,
      end: i + m[0].length,
      message: 'A date written for computers.',
      fix: 'Write it as people do, for example “18 December”.',
    });
  }
  const max = input.maxSentenceWords ?? 40;
  for (const s of sentencesOf(text)) {
    const words = s.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (words > max)
      out.push({
        code: 'long-sentence',
        start: s.start,
        end: s.start + s.text.length,
        message: `This sentence runs to ${words} words.`,
        fix: `Split it: keep each sentence under ${max} words.`,
      });
  }
  if (kind === 'letter') out.push(...structureFindings(text));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
