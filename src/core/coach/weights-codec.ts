// Compact text encoding of the complaint model's weights (complaint-weights.ts ships in the coach's web chunk).
// The names, sorted, are front-coded: each entry is one character giving how many leading characters it shares
// with the previous name (0-9, A-Z: up to 35), then the rest of the name; entries are separated by a space. The
// weights are a table of the distinct values and one code per name (one character, or two when there are more
// than 93 distinct values) indexing it. Sorted, front-coded names and a separate stream of codes gzip far better
// than an object literal (repeated quotes, colons and digits), and decoding is one pass (< 1 ms for 5,000 weights).
// Lossless: decode(encode(weights)) has exactly the same names and values.

const PREFIX = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MAX_PREFIX = PREFIX.length - 1;
// Printable ASCII from the space to '~' without the double quote and the backslash: nothing to escape in a
// double-quoted string, 93 codes of one character (the space is only a separator in the names, not in the codes).
const CODES = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i))
  .filter((c) => c !== '\\' && c !== '"')
  .join('');
const SEPARATOR = ' ';
// Character code → prefix length or code index, for decoding in one pass.
const PREFIX_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < PREFIX.length; i++) PREFIX_OF[PREFIX.charCodeAt(i)] = i;
const CODE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < CODES.length; i++) CODE_OF[CODES.charCodeAt(i)] = i;

export interface PackedWeights {
  /** Sorted names, front-coded, separated by spaces. */
  names: string;
  /** Distinct weight values, ascending. */
  values: number[];
  /** Per name, the index of its value in `values`, in `width` characters. */
  codes: string;
}

/** Packs feature → weight pairs (names without spaces) into the compact form. */
export function encodeWeights(weights: ReadonlyMap<string, number>): PackedWeights {
  const entries = [...weights].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const values = [...new Set(entries.map(([, v]) => v))].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const width = codeWidth(values.length);
  if (values.length > CODES.length ** 2) throw new Error(`too many distinct weights (${values.length})`);
  let prev = '';
  const names: string[] = [];
  let codes = '';
  for (const [name, v] of entries) {
    if (name === '' || name.includes(SEPARATOR)) throw new Error(`feature name cannot be packed: ${JSON.stringify(name)}`);
    let n = 0;
    while (n < MAX_PREFIX && n < prev.length && n < name.length && prev[n] === name[n]) n++;
    names.push(PREFIX[n]! + name.slice(n));
    prev = name;
    const i = index.get(v)!;
    codes += width === 1 ? CODES[i]! : CODES[Math.floor(i / CODES.length)]! + CODES[i % CODES.length]!;
  }
  return { names: names.join(SEPARATOR), values, codes };
}

/** Unpacks what encodeWeights packed. */
export function decodeWeights(names: string, values: readonly number[], codes: string): Map<string, number> {
  const weights = new Map<string, number>();
  if (names === '') return weights;
  const width = codeWidth(values.length);
  let prev = '';
  let at = 0;
  for (let start = 0; start < names.length;) {
    let end = names.indexOf(SEPARATOR, start);
    if (end < 0) end = names.length;
    const shared = PREFIX_OF[names.charCodeAt(start)]!;
    const name = shared === 0 ? names.slice(start + 1, end) : prev.slice(0, shared) + names.slice(start + 1, end);
    const i =
      width === 1 ? CODE_OF[codes.charCodeAt(at)]! : CODE_OF[codes.charCodeAt(at)]! * CODES.length + CODE_OF[codes.charCodeAt(at + 1)]!;
    weights.set(name, values[i]!);
    at += width;
    prev = name;
    start = end + 1;
  }
  return weights;
}

const codeWidth = (distinct: number): number => (distinct <= CODES.length ? 1 : 2);
