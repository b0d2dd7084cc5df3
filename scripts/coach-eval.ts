// Scores the answer coach on a blind-written corpus: `node --import tsx scripts/coach-eval.ts FILE... [--misses]`.
import { evaluateCorpus, loadCorpus, type CorpusRow } from '../test/support/coach-corpus.js';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const rows: CorpusRow[] = files.flatMap((f) => loadCorpus(f));
const report = evaluateCorpus(rows);
console.log(`${rows.length} rows`);
console.table(report.overall);
console.table(report.byAspect);
console.table(report.byRegister);
console.log('bad-language severity agreement', report.severity);
if (process.argv.includes('--misses')) console.log(report.misses.join('\n'));
