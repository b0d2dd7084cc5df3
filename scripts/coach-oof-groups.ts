// Reads the out-of-fold margins of scripts/coach-oof.ts and asks whether a threshold per kind of answer (by length:
// terse, short, long; and by the question's kind) would catch more complaints than one threshold at the same
// false-alarm rate. Offsets are chosen on some folds and scored on the others, so the gain shown is out of sample.
// `node --import tsx scripts/coach-oof-groups.ts OOF.jsonl [TARGET_FPR]`
import { readFileSync } from 'node:fs';
import { readMargin, type StoredMargin } from './coach-folds.js';

interface Row {
  fold: number;
  label: string;
  kind: string;
  sentences: number;
  words: number;
  margin: StoredMargin;
}
const rows = readFileSync(process.argv[2] ?? '/tmp/coach-oof.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row);
const TARGET = Number(process.argv[3] ?? 0.05);
const marginOf = (r: Row): number => readMargin(r.margin);
const size = (r: Row): string => (r.words <= 12 ? 'terse' : r.sentences > 3 ? 'long' : 'short');
const GROUPINGS: Record<string, (r: Row) => string> = {
  none: () => 'all',
  size,
  kind: (r) => r.kind,
  'size×kind': (r) => `${size(r)}/${r.kind}`,
};
const GRID = Array.from({ length: 41 }, (_, i) => -2 + i * 0.1);

function curve(sample: Row[], offset: (r: Row) => number): { recall: number; fpr: number } {
  let tp = 0,
    fn = 0,
    fp = 0,
    tn = 0;
  for (const r of sample) {
    const hit = marginOf(r) > offset(r);
    if (r.label === 'complaint') {
      if (hit) tp++;
      else fn++;
    } else if (hit) fp++;
    else tn++;
  }
  return { recall: tp / (tp + fn), fpr: fp / (fp + tn) };
}

// Greedy: start every group at the offset where one threshold meets the target, then repeatedly move the group whose
// step buys the most recall per false alarm (lowering) or sheds the most false alarms per recall lost (raising),
// keeping the false-alarm rate at or under the target.
function fit(sample: Row[], key: (r: Row) => string): Map<string, number> {
  const groups = [...new Set(sample.map(key))];
  let base = 0;
  for (const g of GRID)
    if (curve(sample, () => g).fpr <= TARGET) {
      base = g;
      break;
    }
  const off = new Map(groups.map((g) => [g, base]));
  const at = (): { recall: number; fpr: number } => curve(sample, (r) => off.get(key(r)) ?? base);
  for (let step = 0; step < 200; step++) {
    const now = at();
    let best: [string, number, number] | undefined;
    for (const g of groups) {
      for (const d of [-0.1, 0.1]) {
        const o = off.get(g)!;
        off.set(g, o + d);
        const c = at();
        off.set(g, o);
        if (c.fpr > TARGET) continue;
        const gain = c.recall - now.recall + (now.fpr - c.fpr) * 0.01;
        if (gain > 1e-9 && (!best || gain > best[1])) best = [g, gain, o + d];
      }
    }
    // Also allow trading: lower one group and raise another in one move.
    if (!best) {
      for (const g of groups)
        for (const h of groups) {
          if (g === h) continue;
          const og = off.get(g)!;
          const oh = off.get(h)!;
          off.set(g, og - 0.1);
          off.set(h, oh + 0.1);
          const c = at();
          off.set(g, og);
          off.set(h, oh);
          if (c.fpr <= TARGET && c.recall > now.recall + 1e-9 && (!best || c.recall - now.recall > best[1]))
            best = [`${g}|${h}`, c.recall - now.recall, 0];
        }
      if (!best) break;
      const [g, h] = best[0].split('|') as [string, string];
      off.set(g, off.get(g)! - 0.1);
      off.set(h, off.get(h)! + 0.1);
      continue;
    }
    off.set(best[0], best[2]);
  }
  return off;
}

const fmt = (c: { recall: number; fpr: number }): string => `${c.recall.toFixed(3)} @ ${c.fpr.toFixed(3)}`;
console.log(`rows ${rows.length}; one threshold at shift 0: ${fmt(curve(rows, () => 0))}`);
for (const shift of [-0.6, -0.3, 0, 0.3, 0.6, 0.9, 1.2]) console.log(`  shift ${shift}: ${fmt(curve(rows, () => shift))}`);
const halves: Array<[Row[], Row[]]> = [
  [rows.filter((r) => r.fold <= 2), rows.filter((r) => r.fold > 2)],
  [rows.filter((r) => r.fold > 2), rows.filter((r) => r.fold <= 2)],
];
for (const [name, key] of Object.entries(GROUPINGS)) {
  const out: string[] = [];
  for (const [h, [train, test]] of halves.entries()) {
    const off = fit(train, key);
    const base = Math.min(...off.values());
    out.push(`fit ${fmt(curve(train, (r) => off.get(key(r)) ?? base))} → held out ${fmt(curve(test, (r) => off.get(key(r)) ?? base))}`);
    if (h === 0) out.push(`  offsets ${[...off].map(([g, o]) => `${g} ${o.toFixed(1)}`).join(', ')}`);
  }
  console.log(`${name}:\n  ${out.join('\n  ')}`);
}
