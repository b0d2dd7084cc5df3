// Out-of-fold margins for the whole coach: for every row of the tuned-on parts (the folds of coach-cv.ts), the
// threshold shift at which its employer-negativity finding goes away, scored by a coach whose model was trained
// without the row's fold. With them, any threshold, or a threshold per kind of answer, is evaluated without
// retraining: a row is flagged at shift s when s < its margin (rule-only findings have margin +Infinity).
// `node --import tsx scripts/coach-oof.ts OUT.jsonl` (fold models are cached beside OUT as OUT.fold-N.json).
// RESCORE=OLD.jsonl scores again only the rows whose question kind changed since OLD (a change in how questions are
// read, tried with the cached fold models) and copies the other rows' margins.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { promptKind } from '../src/core/coach/complaint-features.js';
import { useComplaintWeights } from '../src/core/coach/complaint-model.js';
import { createCoach } from '../src/core/coach/index.js';
import { readPrompt } from '../src/core/coach/prompt-context.js';
import { tokenize } from '../src/core/coach/text.js';
import { fitShipped, load } from './coach-train-lib.js';
import { cvFolds, FOLDS, readMargin, storeMargin, type StoredMargin } from './coach-folds.js';

const OUT = process.argv[2] ?? '/tmp/coach-oof.jsonl';
const { dev, foldOf } = cvFolds();
const previous = new Map<string, { kind: string; margin: StoredMargin }>(
  process.env.RESCORE
    ? readFileSync(process.env.RESCORE, 'utf8')
        .trim()
        .split('\n')
        .map((l) => {
          const r = JSON.parse(l) as { id: string; kind: string; margin: StoredMargin };
          return [r.id, r];
        })
    : [],
);
const LO = -4;
const HI = 8;
const lines: string[] = [];
for (let f = 0; f < FOLDS; f++) {
  const cache = `${OUT}.fold-${f}.json`;
  const model: { bias: number; weights: Map<string, number> } = existsSync(cache)
    ? (() => {
        const j = JSON.parse(readFileSync(cache, 'utf8')) as { bias: number; weights: Array<[string, number]> };
        return { bias: j.bias, weights: new Map(j.weights) };
      })()
    : fitShipped(load((id) => foldOf(id) === f));
  if (!existsSync(cache)) writeFileSync(cache, JSON.stringify({ bias: model.bias, weights: [...model.weights] }));
  const coach = createCoach();
  const fires = (row: { prompt: string; text: string }, shift: number): boolean => {
    useComplaintWeights(model.weights, model.bias - shift);
    return coach.analyze({ prompt: row.prompt, answer: row.text }).findings.some((x) => x.code === 'employer-negativity');
  };
  for (const row of dev.filter((r) => foldOf(r.id) === f)) {
    if (!['complaint', 'none', 'clean-lookalike'].includes(row.label)) continue;
    const kind = promptKind(readPrompt(row.prompt));
    const before = previous.get(row.id);
    let margin: number;
    if (before && before.kind === kind) margin = readMargin(before.margin);
    else if (fires(row, HI)) margin = Infinity;
    else if (!fires(row, LO)) margin = -Infinity;
    else {
      let lo = LO;
      let hi = HI;
      for (let k = 0; k < 12; k++) {
        const mid = (lo + hi) / 2;
        if (fires(row, mid)) lo = mid;
        else hi = mid;
      }
      margin = +((lo + hi) / 2).toFixed(3);
    }
    const doc = tokenize(row.text);
    lines.push(
      JSON.stringify({
        id: row.id,
        part: row.part,
        fold: f,
        label: row.label,
        register: row.register,
        aspect: row.aspect,
        kind,
        sentences: doc.sentences.length,
        words: row.text.split(/\s+/).filter(Boolean).length,
        margin: storeMargin(margin),
      }),
    );
  }
  console.error(`fold ${f} done`);
}
useComplaintWeights();
writeFileSync(OUT, lines.join('\n') + '\n');
console.error(`${lines.length} rows → ${OUT}`);
