// Cross-measures the blind-written training sets: trains the complaint model on the dev data plus one of
// train-blind-a / train-blind-b and scores the whole coach on the other, then the other way round.
// `node --import tsx scripts/coach-cross.ts` (the rules are the same in both runs; only the model changes).
import { useComplaintWeights } from '../src/core/coach/complaint-model.js';
import { evaluateCorpus, loadCorpus } from '../test/support/coach-corpus.js';
import { BLIND_TRAIN_PARTS, load, prune, train } from './coach-train-lib.js';

const path = (name: string): string => new URL(`../test/data/coach/${name}`, import.meta.url).pathname;
for (const trainOn of BLIND_TRAIN_PARTS) {
  const testOn = BLIND_TRAIN_PARTS.filter((p) => p !== trainOn);
  const model = prune(train(load(undefined, [trainOn])));
  useComplaintWeights(model.weights, model.bias);
  const report = evaluateCorpus(testOn.flatMap((p) => loadCorpus(path(p))));
  console.log(`trained on dev + ${trainOn}, scored on ${testOn.join(', ')}`);
  console.table(report.overall);
  console.table(report.byRegister);
}
useComplaintWeights();
