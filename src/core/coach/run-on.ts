import type { Sentence, Token } from './text.js';

// Speech recognition writes what was said without stops or commas ("um so the plant is closing and they've given us
// a lot of notice so i've been planning this for a while"). Read as one sentence, a difficulty and what the speaker did
// about it fall into one window, and a long answer loses its window-by-window reading. A run of words with no stop
// and no pause mark is cut where speech starts a new clause: a linking or filler word before its subject ("so i",
// "um we", "but they"), each piece at least MIN_PIECE words.
const RUN_ON = 20;
const MIN_PIECE = 6;
const LINKS = /^(?:so|but|and|because|cause|um|uh|then|now|honestly|anyway|actually|like)$/;
const SUBJECTS = /^(?:(?:i|we|they|he|she|it|there|you)(?:'(?:m|ve|d|ll|re|s))?|my|our|nobody|everyone|management)$/;

// A cut falls before the first of a run of linking words ("and um so we") whose next word is a subject.
function cutsAt(tokens: readonly Token[], j: number): boolean {
  if (!LINKS.test(tokens[j]!.lower) || LINKS.test(tokens[j - 1]!.lower)) return false;
  let k = j + 1;
  while (k < j + 4 && LINKS.test(tokens[k]?.lower ?? '')) k++;
  return SUBJECTS.test(tokens[k]?.lower ?? '');
}

/** Splits the long unpunctuated sentences of a transcript into clauses, renumbering the tokens' sentences. */
export function splitRunOns(tokens: Token[], sentences: Sentence[]): Sentence[] {
  if (!sentences.some((s) => s.endToken - s.firstToken >= RUN_ON)) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    const n = s.endToken - s.firstToken;
    let open = s.firstToken;
    if (n >= RUN_ON && !tokens.slice(s.firstToken, s.endToken - 1).some((t) => t.pauseAfter)) {
      for (let j = s.firstToken + MIN_PIECE; j <= s.endToken - MIN_PIECE; j++) {
        if (j - open < MIN_PIECE || !cutsAt(tokens, j)) continue;
        out.push({ start: tokens[open]!.start, end: tokens[j - 1]!.end, firstToken: open, endToken: j });
        open = j;
      }
    }
    out.push({ start: tokens[open]!.start, end: s.end, firstToken: open, endToken: s.endToken });
  }
  out.forEach((s, i) => {
    for (let t = s.firstToken; t < s.endToken; t++) tokens[t]!.sentence = i;
  });
  return out;
}
