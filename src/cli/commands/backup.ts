import type { Command } from 'commander';

/** `offerbook export` and `offerbook import`: complete, versioned JSON backups. */
export function registerBackup(program: Command): void {
  program
    .command('export')
    .description('write a complete JSON backup of everything in your notebook')
    .requiredOption('-o, --out <file>', 'where to write the backup (use - for standard output)')
    .action(async (opts: { out: string }) => (await import('./backup-run.js')).exportCommand(opts));

  program
    .command('import')
    .description('restore a JSON backup into an empty database (the whole file is checked before anything is written)')
    .argument('<file>', 'a backup made by `offerbook export`')
    .option('--replace', 'overwrite a database that already holds data (a backup of it is saved first)')
    .action(async (file: string, opts: { replace?: boolean }) => (await import('./backup-run.js')).importCommand(file, opts));
}
