// Shows which layer flags each row of a training set: `node --import tsx scripts/coach-why.ts FILE [fp|fn|all] [--held-out]`
// (--held-out: with a model trained without FILE, as scripts/coach-cross.ts does).
// For development sets only (never the blind parts real-test-2 to real-test-5: their rows are not read).
import { complaintLogOdds, useComplaintWeights } from '../src/core/coach/complaint-model.js';
import { promptKind } from '../src/core/coach/complaint-features.js';
import { createCoach } from '../src/core/coach/index.js';
import { readPrompt } from '../src/core/coach/prompt-context.js';
import { loadCorpus } from '../test/support/coach-corpus.js';
import { BLIND_TRAIN_PARTS, fitShipped, load } from './coach-train-lib.js';

const [file, mode = 'fp'] = process.argv.slice(2);
if (!file || /real-test-[2-5]/.test(file)) throw new Error('a development or training set, please');
if (process.argv.includes('--held-out')) {
  const model = fitShipped(
    load(
      undefined,
      BLIND_TRAIN_PARTS.filter((p) => !file.endsWith(p)),
    ),
  );
  useComplaintWeights(model.weights, model.bias);
}
const coach = createCoach();
for (const r of loadCorpus(file)) {
  if (!['complaint', 'none', 'clean-lookalike'].includes(r.label)) continue;
  const found = coach.analyze({ prompt: r.prompt, answer: r.text }).findings.filter((f) => f.code === 'employer-negativity');
  const rules = found.filter((f) => !f.suggestion.startsWith('Say it as a fact')).map((f) => f.message.split('"')[1]);
  const model = found.filter((f) => f.suggestion.startsWith('Say it as a fact')).length;
  const hit = found.length > 0;
  const pos = r.label === 'complaint';
  if (mode === 'fp' && (pos || !hit)) continue;
  if (mode === 'fn' && (!pos || hit)) continue;
  const z = complaintLogOdds(r.text, promptKind(readPrompt(r.prompt))).toFixed(2);
  const layer = rules.length ? `R[${rules.join('|')}]` : model ? 'M' : '-';
  console.log(`${r.id} ${r.register} ${r.kind ?? ''} z=${z} ${layer} Q:${r.prompt.slice(0, 40)} :: ${r.text}`);
}
