/** Finds runs of five or more words a draft shares with the user's private notes. */

/** Runs of this many words in a row count as copied. */
export const COPY_RUN = 5;

// Words too common to make a run telling on their own: a run needs two words outside this list.
const COMMON = new Set(
  (
    'a an the and or but of to in on at for with from by as is are was were be been am i me my we our you your it its this that ' +
    'have has had do did not no so if than then there here will would can could should about up out into over just very too'
  ).split(' '),
);

/** The private text, indexed once for fast lookups. */
export interface NoteIndex {
  runs: Set<string>;
}

interface Word {
  w: string;
  start: number;
  end: number;
  /** Which sentence of the text the word is in: a copied run never spans two. */
  part: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function wordsOf(text: string, splitSentences: boolean): Word[] {
  const out: Word[] = [];
  let part = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    if (splitSentences && /[.!?;:\n]/.test(text.slice(last, start))) part++;
    out.push({ w: m[0].toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length, part });
    last = start + m[0].length;
  }
  return out;
}

function telling(words: readonly Word[], from: number): boolean {
  let n = 0;
  for (let i = from; i < from + COPY_RUN; i++) if (!COMMON.has(words[i]!.w)) n++;
  return n >= 2;
}

function key(words: readonly Word[], from: number): string {
  let k = words[from]!.w;
  for (let i = from + 1; i < from + COPY_RUN; i++) k += ` ${words[i]!.w}`;
  return k;
}

/** Indexes every run of five words in the notes (each note line on its own; runs never cross lines). */
export function buildNoteIndex(notes: readonly string[]): NoteIndex {
  const runs = new Set<string>();
  for (const note of notes) {
    for (const line of note.split('\n')) {
      const words = wordsOf(line, false);
      for (let i = 0; i + COPY_RUN <= words.length; i++) if (telling(words, i)) runs.add(key(words, i));
    }
  }
  return { runs };
}

/** Spans of the text whose words (five or more in a row) also appear in a row in the notes; overlapping runs merge. */
export function copiedSpans(text: string, index: NoteIndex): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (index.runs.size === 0) return out;
  const words = wordsOf(text, true);
  for (let i = 0; i + COPY_RUN <= words.length; i++) {
    if (words[i]!.part !== words[i + COPY_RUN - 1]!.part || !index.runs.has(key(words, i))) continue;
    const start = words[i]!.start;
    const end = words[i + COPY_RUN - 1]!.end;
    const prev = out[out.length - 1];
    if (prev && start <= prev.end) prev.end = Math.max(prev.end, end);
    else out.push({ start, end });
  }
  return out;
}
