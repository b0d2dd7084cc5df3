// The folds of the coach's cross-validation, shared by coach-cv.ts (scores per fold) and coach-oof.ts (a margin per
// row): every row of the tuned-on parts (real-dev, real-test and the blind training sets), each with the part it came
// from, and the fold it falls in. Near-duplicate rows (one base answer reused with other openers, as in train-blind-c)
// share a fold.
import { loadCorpus, type CorpusRow } from '../test/support/coach-corpus.js';
import { BLIND_TRAIN_PARTS, DEV_PARTS, groupKeys } from './coach-train-lib.js';

export const FOLDS = 5;

export function cvFolds(): { dev: Array<CorpusRow & { part: string }>; foldOf: (id: string) => number } {
  const dev = [...DEV_PARTS, ...BLIND_TRAIN_PARTS].flatMap((name) =>
    loadCorpus(new URL(`../test/data/coach/${name}`, import.meta.url).pathname).map((r) => ({ ...r, part: name })),
  );
  const group = groupKeys(dev);
  const index = new Map(dev.map((r, i) => [r.id, i]));
  return { dev, foldOf: (id) => (index.get(group.get(id) ?? id) ?? -1) % FOLDS };
}

/** A margin as coach-oof.ts writes it: JSON has no infinities, so they are the strings 'inf' and '-inf'. */
export type StoredMargin = number | 'inf' | '-inf';
export const storeMargin = (m: number): StoredMargin => (Number.isFinite(m) ? m : m > 0 ? 'inf' : '-inf');
export const readMargin = (m: StoredMargin): number => (m === 'inf' ? Infinity : m === '-inf' ? -Infinity : m);
