// The complaint model: a network with one small hidden layer over the features of complaint-features.ts.
// Each feature adds its row of weights to the hidden units' inputs (so the inputs of two passages' features add up,
// which lets the coach score sentence pairs from per-sentence sums); each unit is rectified and the output is a
// weighted sum of the units: log-odds that the passage complains about a workplace. A few units are enough to
// read interactions a linear model cannot ("the hours were long" alone, against the same words after "Cons?").

/** Weights of the complaint network. */
export interface ComplaintNet {
  /** Per feature, what it adds to each hidden unit's input. */
  rows: ReadonlyMap<string, ArrayLike<number>>;
  /** Each hidden unit's bias. */
  hiddenBias: ArrayLike<number>;
  /** Each hidden unit's weight in the output. */
  out: ArrayLike<number>;
  /** The output's bias. */
  bias: number;
}

/** Adds the rows of the given features (less those in `skip`) to `into`, a vector of the net's hidden size. */
export function addRows(net: ComplaintNet, features: Iterable<string>, into: Float64Array, skip?: ReadonlySet<string>): Float64Array {
  for (const f of features) {
    if (skip?.has(f)) continue;
    const row = net.rows.get(f);
    if (!row) continue;
    for (let j = 0; j < into.length; j++) into[j]! += row[j]!;
  }
  return into;
}

/** Log-odds from the summed rows of a passage's features. */
export function netLogOdds(net: ComplaintNet, summed: ArrayLike<number>): number {
  let z = net.bias;
  for (let j = 0; j < net.out.length; j++) {
    const h = net.hiddenBias[j]! + summed[j]!;
    if (h > 0) z += net.out[j]! * h;
  }
  return z;
}

/** Log-odds of a passage from its feature names. */
export function scoreFeatures(net: ComplaintNet, features: Iterable<string>): number {
  return netLogOdds(net, addRows(net, features, new Float64Array(net.out.length)));
}
