import type { Command } from 'commander';

/** `offerbook serve`: the web app and API on 127.0.0.1. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web app and API (default http://127.0.0.1:4870; see PORT, HOST, OFFERBOOK_DATA_DIR, DATABASE_URL)')
    .action(async () => (await import('../../server/main.js')).main());
}
