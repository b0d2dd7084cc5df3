import { readFileSync } from 'node:fs';
import { createCoach } from '../../src/core/coach/index.js';
import type { FindingCode } from '../../src/core/coach/index.js';

/** One row of a blind-written coach corpus (see test/data/coach/README.md). */
export interface CorpusRow {
  id: string;
  prompt: string;
  text: string;
  label: 'complaint' | 'none' | 'profanity' | 'clean-lookalike' | 'threat';
  aspect?: string | null;
  register?: string;
  kind?: string | null;
  severity?: 'mild' | 'strong';
}

/** Reads a JSON Lines corpus file from test/data/coach. */
export function loadCorpus(path: string): CorpusRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusRow);
}

/** Precision, recall and false-positive rate of one finding code against a set of positive and negative rows. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  fpr: number;
}

const r2 = (x: number): number => Math.round(x * 1000) / 1000;

function score(tp: number, fp: number, fn: number, tn: number): Score {
  return {
    tp,
    fp,
    fn,
    tn,
    precision: r2(tp + fp === 0 ? 1 : tp / (tp + fp)),
    recall: r2(tp + fn === 0 ? 1 : tp / (tp + fn)),
    fpr: r2(fp + tn === 0 ? 0 : fp / (fp + tn)),
  };
}

// Which labels count as positive and negative for each detector. Profanity rows may also complain, and
// threats may swear, so each detector is only scored on the rows where the answer is unambiguous.
const TASKS: Array<{ name: string; code: FindingCode; positive: CorpusRow['label'][]; negative: CorpusRow['label'][] }> = [
  { name: 'employer-negativity', code: 'employer-negativity', positive: ['complaint'], negative: ['none', 'clean-lookalike'] },
  { name: 'bad-language', code: 'bad-language', positive: ['profanity'], negative: ['none', 'clean-lookalike', 'complaint'] },
  { name: 'threat', code: 'threat', positive: ['threat'], negative: ['none', 'clean-lookalike', 'complaint', 'profanity'] },
];

/** The scores of one corpus: overall per detector, and for negativity per aspect and per register. */
export interface CorpusReport {
  overall: Record<string, Score>;
  byAspect: Record<string, Score>;
  byRegister: Record<string, Score>;
  severity: { agree: number; total: number };
  misses: string[];
}

/** Runs the coach over every row and scores each detector. */
export function evaluateCorpus(rows: readonly CorpusRow[]): CorpusReport {
  const coach = createCoach();
  const found = rows.map((row) => coach.analyze({ prompt: row.prompt, answer: row.text }).findings);
  const overall: Record<string, Score> = {};
  const misses: string[] = [];
  for (const task of TASKS) {
    let tp = 0,
      fp = 0,
      fn = 0,
      tn = 0;
    rows.forEach((row, i) => {
      const hit = found[i]!.some((f) => f.code === task.code);
      if (task.positive.includes(row.label)) {
        if (hit) tp++;
        else {
          fn++;
          misses.push(`missed ${task.name} [${row.id} ${row.aspect ?? ''} ${row.register ?? ''}]: ${row.text}`);
        }
      } else if (task.negative.includes(row.label)) {
        if (hit) {
          fp++;
          misses.push(`false ${task.name} [${row.id} ${row.label} ${row.kind ?? ''}]: ${row.text}`);
        } else tn++;
      }
    });
    overall[task.name] = score(tp, fp, fn, tn);
  }
  const group = (key: (row: CorpusRow) => string | null | undefined): Record<string, Score> => {
    const tally = new Map<string, [number, number, number, number]>();
    rows.forEach((row, i) => {
      const k = key(row);
      if (!k || !['complaint', 'none', 'clean-lookalike'].includes(row.label)) return;
      const t = tally.get(k) ?? [0, 0, 0, 0];
      const hit = found[i]!.some((f) => f.code === 'employer-negativity');
      const pos = row.label === 'complaint';
      t[pos ? (hit ? 0 : 2) : hit ? 1 : 3]++;
      tally.set(k, t);
    });
    return Object.fromEntries([...tally.entries()].sort().map(([k, t]) => [k, score(...t)]));
  };
  let agree = 0;
  let total = 0;
  rows.forEach((row, i) => {
    if (row.label !== 'profanity' || !row.severity) return;
    const bad = found[i]!.filter((f) => f.code === 'bad-language');
    if (bad.length === 0) return;
    total++;
    const strong = bad.some((f) => f.severity === 'problem');
    if (strong === (row.severity === 'strong')) agree++;
  });
  return { overall, byAspect: group((r) => r.aspect), byRegister: group((r) => r.register), severity: { agree, total }, misses };
}
