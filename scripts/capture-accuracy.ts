// Per-field accuracy of posting capture on a corpus split: `npx tsx scripts/capture-accuracy.ts [dev|test] [--misses]`.
import { capturePosting, CAPTURE_FIELDS } from '../src/core/capture/index.js';
import { fieldMatches, loadCorpus } from '../test/support/postings.js';

const split = process.argv[2] === 'test' ? 'test' : 'dev';
const showMisses = process.argv.includes('--misses');
const cases = loadCorpus(split);
const right = Object.fromEntries(CAPTURE_FIELDS.map((f) => [f, 0])) as Record<string, number>;
for (const c of cases) {
  const { fields } = capturePosting(c.kind === 'html' ? { html: c.body, url: c.url } : { text: c.body, url: c.url });
  for (const f of CAPTURE_FIELDS) {
    if (fieldMatches(c, f, fields[f])) right[f]! += 1;
    else if (showMisses)
      console.log(
        `${c.name}  ${f}: got ${JSON.stringify(fields[f])?.slice(0, 120)} want ${JSON.stringify(f === 'description' ? c.descriptionIncludes : f === 'sourceUrl' ? c.url : (c.expected[f] ?? null))}`,
      );
  }
}
let total = 0;
console.log(`${split}: ${cases.length} postings`);
for (const f of CAPTURE_FIELDS) {
  total += right[f]!;
  console.log(`${f.padEnd(15)} ${((100 * right[f]!) / cases.length).toFixed(1).padStart(5)}%`);
}
console.log(`${'all fields'.padEnd(15)} ${((100 * total) / (cases.length * CAPTURE_FIELDS.length)).toFixed(1).padStart(5)}%`);
