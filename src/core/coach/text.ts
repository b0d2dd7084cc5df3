import { splitRunOns } from './run-on.js';

/** A word of the answer with its offsets and the sentence it belongs to. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  sentence: number;
  /** True when the word is followed directly (before any other word) by a comma, dash or similar pause mark. */
  pauseAfter: boolean;
}

/** A sentence span: [start, end) offsets and its token range [firstToken, endToken). */
export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
}

/** The tokenised answer shared by every detector, so the text is scanned once. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// Words may carry inner symbols so disguised swearing ("sh1t", "f**k", "a$$") stays one token.
const WORD = /[\p{L}\p{N}@][\p{L}\p{N}'’*$@!#-]*[\p{L}\p{N}*$]|[\p{L}\p{N}]/gu;

/** Splits text into words and sentences in one pass, keeping character offsets. */
export function tokenize(text: string): Doc {
  const folded = text.toLowerCase();
  // Lower-casing can change length for a few scripts; then fall back to per-word lower-casing.
  const lowerText = folded.length === text.length ? folded : undefined;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let sentenceStart = -1;
  let sentenceFirst = 0;
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const prev = tokens[tokens.length - 1];
    if (prev) {
      let pause = false;
      let stop = false;
      for (let i = last; i < start; i++) {
        const c = text.charCodeAt(i);
        if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0x2026) stop = true;
        else if (c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 40 || c === 41) pause = true;
        else if (c === 45 && i > last && i + 1 < start && text.charCodeAt(i - 1) === 32) pause = true;
      }
      if (pause) prev.pauseAfter = true;
      if (stop) {
        sentences.push({ start: sentenceStart, end: prev.end, firstToken: sentenceFirst, endToken: tokens.length });
        sentence++;
        sentenceStart = -1;
        sentenceFirst = tokens.length;
      }
    }
    if (sentenceStart < 0) sentenceStart = start;
    const word = m[0];
    const end = start + word.length;
    let lower = lowerText ? lowerText.slice(start, end) : word.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    tokens.push({ text: word, lower, start, end, sentence, pauseAfter: false });
    last = end;
  }
  const tail = tokens[tokens.length - 1];
  if (tail) sentences.push({ start: sentenceStart, end: tail.end, firstToken: sentenceFirst, endToken: tokens.length });
  return { text, tokens, sentences: splitRunOns(tokens, sentences) };
}

/** True when the token opens its sentence or follows a pause mark (comma, dash…). */
export function afterBoundary(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  const cur = doc.tokens[i];
  if (!prev || !cur) return true;
  return prev.sentence !== cur.sentence || prev.pauseAfter;
}

/** True when the token closes its sentence or is followed by a pause mark. */
export function beforeBoundary(doc: Doc, i: number): boolean {
  const cur = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (!cur) return true;
  return cur.pauseAfter || !next || next.sentence !== cur.sentence;
}

/** Lower-cased text of the token at i, or '' outside the answer. */
export function word(doc: Doc, i: number): string {
  return doc.tokens[i]?.lower ?? '';
}

/** Finds the index of the sentence holding a character offset. */
export function sentenceAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
