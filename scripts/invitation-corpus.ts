// Prints the invitation corpus figures (test/data/invitations) by part, as the corpus test measures them.
// Usage: node --import tsx scripts/invitation-corpus.ts [dev[:FROM-TO] | test | test-2 | test-3 ...]
// The blind parts (test-2, test-3, test-4) print counts only, never which names or codes were missed.
import { loadCorpus, measure, summary } from '../test/support/invitation-corpus.js';

type Part = 'dev' | 'test' | 'test-2' | 'test-3' | 'test-4';
const parts: readonly Part[] = ['dev', 'test', 'test-2', 'test-3', 'test-4'];

for (const arg of process.argv.length > 2 ? process.argv.slice(2) : ['dev', 'test', 'test-2', 'test-3', 'test-4']) {
  const [part, range] = arg.split(':') as [Part, string | undefined];
  if (!parts.includes(part)) throw new Error(`unknown part ${part}: one of ${parts.join(', ')}`);
  const [from, to] = (range ?? '').split('-').map(Number);
  const ids = range ? { from: from ?? 0, to: to ?? from ?? 999 } : undefined;
  const blind = part === 'test-2' || part === 'test-3' || part === 'test-4';
  console.log(summary(arg, measure(loadCorpus(part, ids)), { blind }));
}
