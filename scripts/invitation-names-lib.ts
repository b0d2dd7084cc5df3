// The invitation name model's data and training: every name-shaped stretch of the labelled invitations
// (test/data/invitations), labelled 1 when it names an interviewer. Used by scripts/train-invitation-names.ts.
import { useNameWeights, watchNameCandidates, type NameCandidate } from '../src/core/interviews/invitation/name-model.js';
import type { NameSpan } from '../src/core/interviews/invitation/name-spans.js';
import { parseInvitation } from '../src/core/interviews/invitation.js';
import { sameName, type LabelledInvitation } from '../test/support/invitation-corpus.js';

export interface SpanExample {
  /** The invitation's number, which batch of the corpus it came in. */
  id: string;
  span: NameSpan;
  feats: string[];
  y: 0 | 1;
  /** The rules already give this name. */
  found: boolean;
}

/**
 * The stretches of one invitation the rules leave to the model, as the parser hands them over with the model switched
 * off, each labelled 1 when it names an interviewer.
 */
export function examplesOf(item: LabelledInvitation): SpanExample[] {
  let seen: readonly NameCandidate[] = [];
  useNameWeights(new Map(), -1e9);
  watchNameCandidates((c) => (seen = c));
  try {
    parseInvitation(item.text, { timeZone: 'Europe/London', now: '2024-01-10T09:00:00Z' });
  } finally {
    watchNameCandidates();
    useNameWeights();
  }
  const interviewers = item.labels.people.filter((p) => p.role === 'interviewer').map((p) => p.name);
  return seen.map(({ span, feats, found }) => ({
    id: item.id,
    span,
    feats,
    found,
    y: interviewers.some((n) => sameName(n, span.name)) ? 1 : 0,
  }));
}

export interface NameModel {
  bias: number;
  weights: Map<string, number>;
}

const EPOCHS = Number(process.env.EPOCHS ?? 30);
const RATE = Number(process.env.RATE ?? 0.1);
const L2 = Number(process.env.L2 ?? 1e-3);
// The stretches the rules leave are what the model reads in the app: they count four times in training (chosen with --cv).
const LEFT_WEIGHT = Number(process.env.LEFT_WEIGHT ?? 4);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);

/** Logistic regression by stochastic gradient steps, in a fixed order, so the same data gives the same weights. */
export function trainNames(examples: readonly SpanExample[]): NameModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch / 5);
    for (let i = 0; i < examples.length; i++) {
      // A fixed stride through the examples mixes the invitations without a random generator.
      const e = examples[(i * 7919) % examples.length]!;
      const feats = e.feats.filter((f) => (counts.get(f) ?? 0) >= MIN_COUNT);
      let z = bias;
      for (const f of feats) z += weights.get(f) ?? 0;
      const err = (1 / (1 + Math.exp(-z)) - e.y) * (e.found ? 1 : LEFT_WEIGHT);
      bias -= rate * err;
      for (const f of feats) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - rate * (err + L2 * w));
      }
    }
  }
  return { bias, weights };
}
