import type { Command } from 'commander';
import type { SearchHit } from '../../contracts/search.js';

/** One hit as a line of text; matched words bold on a terminal, [bracketed] otherwise. */
export function formatHit(hit: SearchHit, tty: boolean): string {
  const snippet = hit.snippet
    .map((p) => (p.match ? (tty ? `\u001b[1m${p.text}\u001b[22m` : `[${p.text}]`) : p.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return `${hit.kind.padEnd(11)} ${hit.title}\n            ${snippet}`;
}

/** `offerbook search QUERY`: the same full-text search as the app's search box. */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search opportunities, facts, people, notes, interviews and concerns (words ANDed; "phrases", -exclude and or work)')
    .argument('<query...>', 'what to look for')
    .option('-n, --limit <n>', 'how many results (1-50)', '20')
    .option('--json', 'print the results as JSON')
    .action(async (words: string[], opts: { limit: string; json?: boolean }) => {
      const [{ SearchQuery }, { search }, { openCliContext }, { CliError }] = await Promise.all([
        import('../../contracts/search.js'),
        import('../../server/features/search/service.js'),
        import('../context.js'),
        import('../errors.js'),
      ]);
      const parsed = SearchQuery.safeParse({ q: words.join(' '), limit: opts.limit });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new CliError(`${issue.path[0] === 'limit' ? '--limit' : 'query'} ${issue.message}`, 2);
      }
      const { ctx, close } = await openCliContext();
      try {
        const hits = await search(ctx, parsed.data.q, parsed.data.limit);
        if (opts.json) process.stdout.write(JSON.stringify({ items: hits }, null, 2) + '\n');
        else if (hits.length === 0) console.log('No results.');
        else console.log(hits.map((h) => formatHit(h, Boolean(process.stdout.isTTY))).join('\n'));
      } finally {
        await close();
      }
    });
}
