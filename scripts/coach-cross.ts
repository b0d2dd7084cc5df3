// Cross-measures the blind-written training sets: for each of train-blind-a to -aj, trains the complaint model
// on the dev data plus the other blind sets and scores the whole coach on the one left out.
// `node --import tsx scripts/coach-cross.ts` (the rules are the same in both runs; only the model changes).
import { useComplaintWeights } from '../src/core/coach/complaint-model.js';
import { evaluateCorpus, loadCorpus } from '../test/support/coach-corpus.js';
import { BLIND_TRAIN_PARTS, fitShipped, load } from './coach-train-lib.js';

const path = (name: string): string => new URL(`../test/data/coach/${name}`, import.meta.url).pathname;
const only = process.argv.slice(2);
for (const testOn of BLIND_TRAIN_PARTS.filter((p) => only.length === 0 || only.some((o) => p.includes(o)))) {
  const trainOn = BLIND_TRAIN_PARTS.filter((p) => p !== testOn);
  const model = fitShipped(load(undefined, trainOn));
  useComplaintWeights(model.weights, model.bias);
  const report = evaluateCorpus(loadCorpus(path(testOn)));
  console.log(`trained on dev + ${trainOn.join(', ')}, scored on ${testOn}`);
  console.table(report.overall);
  console.table(report.byRegister);
}
useComplaintWeights();
