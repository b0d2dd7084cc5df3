// Training helpers for the coach's complaint model (used by train-coach.ts and coach-cv.ts).
// Logistic regression on the features of complaint-features.ts, fitted by full-batch Adagrad with L2
// regularisation; deterministic (no random start), so the weights file is reproducible.
// Training data: the first two blind-written parts (real-dev, and real-test, measured once and since
// tuned on), the two blind-written training sets train-blind-a and train-blind-b (measured before use),
// our own extra statements and the older labelled sets; never the blind part real-test-2.
import { readFileSync } from 'node:fs';
import { features, promptKind, type PromptKind } from '../src/core/coach/complaint-features.js';
import { readPrompt } from '../src/core/coach/prompt-context.js';

export interface Example {
  text: string;
  kind: PromptKind;
  y: number;
}

const DATA = new URL('../test/data/coach/', import.meta.url);

function readJsonl(name: string): Array<Record<string, unknown>> {
  return readFileSync(new URL(name, DATA), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The blind-written corpus parts that are tuned and trained on (real-test-2 is only measured). */
export const DEV_PARTS = ['real-dev.jsonl', 'real-test.jsonl'];

const kindOf = (prompt: unknown): PromptKind => promptKind(readPrompt(typeof prompt === 'string' ? prompt : undefined));

/** Blind-written sets that only train (each measured on the coach before it was used). */
export const BLIND_TRAIN_PARTS = ['train-blind-a.jsonl', 'train-blind-b.jsonl'];

export function load(skipDev: (id: string) => boolean = () => false, blindParts: readonly string[] = BLIND_TRAIN_PARTS): Example[] {
  const out: Example[] = [];
  for (const name of [...DEV_PARTS, ...blindParts, 'train-extra.jsonl']) {
    for (const r of readJsonl(name)) {
      if (skipDev(String(r.id))) continue;
      if (r.label === 'complaint') out.push({ text: String(r.text), kind: kindOf(r.prompt), y: 1 });
      else if (r.label === 'none' || r.label === 'clean-lookalike') out.push({ text: String(r.text), kind: kindOf(r.prompt), y: 0 });
    }
  }
  for (const name of [
    'labelled.jsonl',
    'holdout.jsonl',
    'negativity-blind.jsonl',
    'negativity-blind-2.jsonl',
    'negativity-blind-3.jsonl',
    'negativity-blind-4.jsonl',
    'negativity-blind-5.jsonl',
  ]) {
    for (const r of readJsonl(name)) {
      const expect = (r.expect as string[] | undefined) ?? [];
      const absent = (r.absent as string[] | undefined) ?? [];
      if (expect.includes('employer-negativity')) out.push({ text: String(r.answer), kind: kindOf(r.prompt), y: 1 });
      else if (absent.includes('employer-negativity') || !expect.includes('bad-language'))
        out.push({ text: String(r.answer), kind: kindOf(r.prompt), y: 0 });
    }
  }
  return out;
}

const L2 = Number(process.env.L2 ?? 0.0001);
const EPOCHS = Number(process.env.EPOCHS ?? 150);
const RATE = 0.5;
const MIN_COUNT = Number(process.env.MINC ?? 2);

export function train(examples: Example[]): { bias: number; weights: Map<string, number> } {
  const feats = examples.map((e) => [...features(e.text, e.kind)]);
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

/** Weights below this size are dropped (and the rest rounded to 0.01): the weights ship in the coach's web chunk (0.25 keeps it under 60 KB gzipped). */
export const PRUNE = Number(process.env.PRUNE ?? 0.25);

/** The model as shipped: small weights dropped, the rest rounded, so cross-validation scores what the app runs. */
export function prune(model: { bias: number; weights: Map<string, number> }): { bias: number; weights: Map<string, number> } {
  const kept = [...model.weights].filter(([, v]) => Math.abs(v) >= PRUNE).map(([k, v]): [string, number] => [k, Math.round(v * 100) / 100]);
  return { bias: Math.round(model.bias * 1000) / 1000, weights: new Map(kept) };
}

export function score(model: { bias: number; weights: Map<string, number> }, e: Example): number {
  let z = model.bias;
  for (const k of features(e.text, e.kind)) z += model.weights.get(k) ?? 0;
  return z;
}
