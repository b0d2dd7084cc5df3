// Prints the invitation corpus figures (test/data/invitations) by part, as the corpus test measures them.
// Usage: node --import tsx scripts/invitation-corpus.ts [dev[:FROM-TO] | test | test-2 | test-3 ...]
// The blind parts (val and test-2 to test-5) print counts only, never which names or codes were missed.
import { BLIND_PARTS, CORPUS_PARTS, loadCorpus, measure, summary, type CorpusPart } from '../test/support/invitation-corpus.js';

for (const arg of process.argv.length > 2 ? process.argv.slice(2) : CORPUS_PARTS) {
  const [part, range] = arg.split(':') as [CorpusPart, string | undefined];
  if (!CORPUS_PARTS.includes(part)) throw new Error(`unknown part ${part}: one of ${CORPUS_PARTS.join(', ')}`);
  const [from, to] = (range ?? '').split('-').map(Number);
  const ids = range ? { from: from ?? 0, to: to ?? from ?? 999 } : undefined;
  console.log(summary(arg, measure(loadCorpus(part, ids)), { blind: BLIND_PARTS.has(part) }));
}
