// Trains the coach's complaint model and writes its weights as a data module:
//   npm run train:coach            (writes src/core/coach/complaint-weights.ts)
//   npm run train:coach -- --cv    (also prints 5-fold cross-validated recall and false-positive rate)
// Logistic regression on the features of complaint-features.ts, fitted by full-batch gradient descent
// with L2 regularisation; deterministic (fixed fold assignment, no random start), so the file is reproducible.
// Training data: the dev part of the blind-written corpus and the older labelled sets; never the test part.
import { readFileSync, writeFileSync } from 'node:fs';
import { asksNegative, features } from '../src/core/coach/complaint-features.js';

interface Example {
  text: string;
  ask: boolean;
  y: number;
}

const DATA = new URL('../test/data/coach/', import.meta.url);

function readJsonl(name: string): Array<Record<string, unknown>> {
  return readFileSync(new URL(name, DATA), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function load(): Example[] {
  const out: Example[] = [];
  for (const name of ['real-dev.jsonl', 'train-extra.jsonl']) {
    for (const r of readJsonl(name)) {
      if (r.label === 'complaint') out.push({ text: String(r.text), ask: asksNegative(String(r.prompt ?? '')), y: 1 });
      else if (r.label === 'none' || r.label === 'clean-lookalike') out.push({ text: String(r.text), ask: asksNegative(String(r.prompt ?? '')), y: 0 });
    }
  }
  for (const name of ['labelled.jsonl', 'holdout.jsonl', 'negativity-blind.jsonl', 'negativity-blind-2.jsonl', 'negativity-blind-3.jsonl', 'negativity-blind-4.jsonl', 'negativity-blind-5.jsonl']) {
    for (const r of readJsonl(name)) {
      const expect = (r.expect as string[] | undefined) ?? [];
      const absent = (r.absent as string[] | undefined) ?? [];
      if (expect.includes('employer-negativity')) out.push({ text: String(r.answer), ask: asksNegative(String(r.prompt ?? '')), y: 1 });
      else if (absent.includes('employer-negativity') || !expect.includes('bad-language')) out.push({ text: String(r.answer), ask: asksNegative(String(r.prompt ?? '')), y: 0 });
    }
  }
  return out;
}

const L2 = Number(process.env.L2 ?? 0.003);
const EPOCHS = Number(process.env.EPOCHS ?? 300);
const RATE = 0.5;
const MIN_COUNT = Number(process.env.MINC ?? 2);

function train(examples: Example[]): { bias: number; weights: Map<string, number> } {
  const feats = examples.map((e) => [...features(e.text, e.ask)]);
  const counts = new Map<string, number>();
  for (const f of feats) for (const k of f) counts.set(k, (counts.get(k) ?? 0) + 1);
  const keep = feats.map((f) => f.filter((k) => (counts.get(k) ?? 0) >= MIN_COUNT || k.startsWith('@')));
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let gb2 = 0;
  const n = examples.length;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Map<string, number>();
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = bias;
      for (const k of keep[i]!) z += w.get(k) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const err = p - examples[i]!.y;
      gb += err;
      for (const k of keep[i]!) grad.set(k, (grad.get(k) ?? 0) + err);
    }
    // Adagrad steps keep rare and common features on the same footing.
    for (const [k, g] of grad) {
      const total = g / n + L2 * (w.get(k) ?? 0);
      g2.set(k, (g2.get(k) ?? 0) + total * total);
      w.set(k, (w.get(k) ?? 0) - (RATE * total) / Math.sqrt(g2.get(k)! + 1e-8));
    }
    gb /= n;
    gb2 += gb * gb;
    bias -= (RATE * gb) / Math.sqrt(gb2 + 1e-8);
  }
  return { bias, weights: w };
}

function score(model: { bias: number; weights: Map<string, number> }, e: Example): number {
  let z = model.bias;
  for (const k of features(e.text, e.ask)) z += model.weights.get(k) ?? 0;
  return z;
}

const examples = load();
console.log(`${examples.length} examples, ${examples.filter((e) => e.y === 1).length} complaints`);

if (process.argv.includes('--cv')) {
  const folds = 5;
  const scores: Array<{ z: number; y: number }> = [];
  for (let f = 0; f < folds; f++) {
    const tr = examples.filter((_, i) => i % folds !== f);
    const te = examples.filter((_, i) => i % folds === f);
    const model = train(tr);
    for (const e of te) scores.push({ z: score(model, e), y: e.y });
  }
  for (const t of [-1, -0.5, 0, 0.5, 1, 1.5, 2]) {
    const tp = scores.filter((s) => s.y === 1 && s.z > t).length;
    const fp = scores.filter((s) => s.y === 0 && s.z > t).length;
    const pos = scores.filter((s) => s.y === 1).length;
    const neg = scores.length - pos;
    console.log(`threshold ${t}: recall ${(tp / pos).toFixed(3)} fpr ${(fp / neg).toFixed(3)}`);
  }
}

const model = train(examples);
const PRUNE = 0.05;
const kept = [...model.weights.entries()].filter(([, v]) => Math.abs(v) >= PRUNE).sort((a, b) => (a[0] < b[0] ? -1 : 1));
const body = kept.map(([k, v]) => `${JSON.stringify(k)}:${Math.round(v * 1000) / 1000}`).join(',');
const file = `// Generated by \`npm run train:coach\` (scripts/train-coach.ts) from test/data/coach: do not edit by hand.
// Logistic-regression weights of the complaint model over the features of complaint-features.ts.
/** Intercept of the complaint model. */
export const COMPLAINT_BIAS = ${Math.round(model.bias * 1000) / 1000};
/** Weight of each feature (${kept.length} kept of ${model.weights.size}; |w| < ${PRUNE} dropped). */
export const COMPLAINT_WEIGHTS: Readonly<Record<string, number>> = {${body}};
`;
writeFileSync(new URL('../src/core/coach/complaint-weights.ts', import.meta.url), file);
console.log(`wrote ${kept.length} weights`);
