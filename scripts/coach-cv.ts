// Cross-validates the whole coach (rules + complaint model) on the tuned-on parts of the corpus: each
// fifth of real-dev, real-test and train-blind-a to -ar is scored by a coach whose model was
// trained without it.
// `node --import tsx scripts/coach-cv.ts [--misses]`; SHIFTS=0,0.4,0.8 scores each fold at several thresholds
// (each raised by the shift over COMPLAINT_THRESHOLD), to choose the threshold out of sample.
import { useComplaintWeights } from '../src/core/coach/complaint-model.js';
import { evaluateCorpus, type Score } from '../test/support/coach-corpus.js';
import { cvFolds, FOLDS } from './coach-folds.js';
import { fitShipped, load } from './coach-train-lib.js';

const { dev, foldOf } = cvFolds();
// LONG_MARGIN tries another margin for long answers than the committed one.
const MARGIN = process.env.LONG_MARGIN === undefined ? undefined : Number(process.env.LONG_MARGIN);
const SHIFTS = (process.env.SHIFTS ?? process.env.SHIFT ?? '0').split(',').map(Number);
const total = new Map<number, Record<string, [number, number, number, number]>>();
const misses: string[] = [];
for (let f = 0; f < FOLDS; f++) {
  const model = fitShipped(load((id) => foldOf(id) === f));
  for (const shift of SHIFTS) {
    // A shift raises the decision threshold (lowers the intercept) to trace the recall / false-positive trade-off.
    useComplaintWeights(model.weights, model.bias - shift, MARGIN);
    const report = evaluateCorpus(dev.filter((r) => foldOf(r.id) === f));
    if (shift === SHIFTS[0]) misses.push(...report.misses);
    const byName = total.get(shift) ?? {};
    total.set(shift, byName);
    for (const [name, s] of Object.entries(report.overall)) {
      const t = (byName[name] ??= [0, 0, 0, 0]);
      t[0] += s.tp;
      t[1] += s.fp;
      t[2] += s.fn;
      t[3] += s.tn;
    }
  }
}
useComplaintWeights();
for (const [shift, byName] of total) {
  const rows: Record<string, Partial<Score>> = {};
  for (const [name, [tp, fp, fn, tn]] of Object.entries(byName))
    rows[name] = {
      tp,
      fp,
      fn,
      tn,
      precision: +(tp / (tp + fp)).toFixed(3),
      recall: +(tp / (tp + fn)).toFixed(3),
      fpr: +(fp / (fp + tn)).toFixed(3),
    };
  console.log(`threshold shift ${shift}`);
  console.table(rows);
}
if (process.argv.includes('--misses')) console.log(misses.filter((m) => m.includes('employer')).join('\n'));
