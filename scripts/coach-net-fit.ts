// Fits the coach's complaint network (src/core/coach/complaint-net.ts): one hidden layer of rectified units over
// binary features, trained by Adam on mini-batches with L2 decay, from a seeded start and a seeded shuffle, so
// `npm run train:coach` writes the same weights every time. Used by coach-train-lib.ts.
import { features } from '../src/core/coach/complaint-features.js';
import type { ComplaintNet } from '../src/core/coach/complaint-net.js';
import type { Example } from './coach-train-lib.js';

const HIDDEN = Number(process.env.HIDDEN ?? 4);
const EPOCHS = Number(process.env.EPOCHS ?? 60);
const RATE = Number(process.env.RATE ?? 0.001);
const BATCH = 200;
// L2 penalty per batch (divided by the batch size, as the reference implementation tried offline did).
const ALPHA = Number(process.env.ALPHA ?? 0.001);
const MIN_COUNT = Number(process.env.MINC ?? 2);
const SEED = Number(process.env.SEED ?? 1);

/** A small seeded generator (mulberry32): the same numbers on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Adam's running moments for one block of parameters. */
class Adam {
  readonly m: Float64Array;
  readonly v: Float64Array;
  constructor(readonly p: Float64Array) {
    this.m = new Float64Array(p.length);
    this.v = new Float64Array(p.length);
  }
  step(grad: Float64Array, t: number, decay: number): void {
    const c1 = 1 - 0.9 ** t;
    const c2 = 1 - 0.999 ** t;
    const { p, m, v } = this;
    for (let i = 0; i < p.length; i++) {
      const g = grad[i]! + decay * p[i]!;
      m[i] = 0.9 * m[i]! + 0.1 * g;
      v[i] = 0.999 * v[i]! + 0.001 * g * g;
      p[i]! -= (RATE * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + 1e-8);
    }
  }
}

/** Fits the network on the examples, over the features seen MIN_COUNT times (or only those of `vocabulary`). */
export function fitNet(examples: readonly Example[], vocabulary?: ReadonlySet<string>): ComplaintNet {
  const lists = examples.map((e) => [...(e.feats ?? features(e.text, e.kind))]);
  const counts = new Map<string, number>();
  for (const l of lists) for (const k of l) counts.set(k, (counts.get(k) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [k, n] of counts) if (vocabulary ? vocabulary.has(k) : n >= MIN_COUNT || k.startsWith('@')) index.set(k, index.size);
  const xs = lists.map((l) => Int32Array.from(l.flatMap((k) => (index.has(k) ? [index.get(k)!] : []))));
  const F = index.size;
  const H = HIDDEN;
  const rand = seeded(SEED);
  const uniform = (n: number, bound: number): Float64Array => Float64Array.from({ length: n }, () => (rand() * 2 - 1) * bound);
  const b1 = Math.sqrt(6 / (F + H));
  const b2 = Math.sqrt(6 / (H + 1));
  const W = uniform(F * H, b1);
  const hb = uniform(H, b1);
  const out = uniform(H, b2);
  const bias = uniform(1, b2);
  const opt = [new Adam(W), new Adam(hb), new Adam(out), new Adam(bias)];
  const gW = new Float64Array(F * H);
  const ghb = new Float64Array(H);
  const gout = new Float64Array(H);
  const gbias = new Float64Array(1);
  const order = Array.from(examples, (_, i) => i);
  const h = new Float64Array(H);
  let t = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let start = 0; start < order.length; start += BATCH) {
      const batch = order.slice(start, start + BATCH);
      gW.fill(0);
      ghb.fill(0);
      gout.fill(0);
      gbias[0] = 0;
      for (const n of batch) {
        const x = xs[n]!;
        for (let j = 0; j < H; j++) h[j] = hb[j]!;
        for (const f of x) for (let j = 0; j < H; j++) h[j]! += W[f * H + j]!;
        let z = bias[0]!;
        for (let j = 0; j < H; j++) if (h[j]! > 0) z += out[j]! * h[j]!;
        const p = 1 / (1 + Math.exp(-z));
        const err = ((p - examples[n]!.y) * (examples[n]!.w ?? 1)) / batch.length;
        gbias[0]! += err;
        for (let j = 0; j < H; j++) {
          if (h[j]! <= 0) continue;
          gout[j]! += err * h[j]!;
          const d = err * out[j]!;
          ghb[j]! += d;
          for (const f of x) gW[f * H + j]! += d;
        }
      }
      t++;
      const decay = ALPHA / batch.length;
      opt[0]!.step(gW, t, decay);
      opt[1]!.step(ghb, t, 0);
      opt[2]!.step(gout, t, decay);
      opt[3]!.step(gbias, t, 0);
    }
  }
  const rows = new Map<string, number[]>();
  for (const [k, i] of index) rows.set(k, Array.from(W.subarray(i * H, i * H + H)));
  return { rows, hiddenBias: Array.from(hb), out: Array.from(out), bias: bias[0]! };
}
