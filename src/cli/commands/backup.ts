import type { Command } from 'commander';

/** `offerbook export`, `offerbook import` (JSON backups and automatic backups) and `offerbook erase`. */
export function registerBackup(program: Command): void {
  program
    .command('export')
    .description('write a complete JSON backup of everything in your notebook')
    .requiredOption('-o, --out <file>', 'where to write the backup (use - for standard output)')
    .action(async (opts: { out: string }) => (await import('./backup-run.js')).exportCommand(opts));

  program
    .command('import')
    .description('restore a backup into an empty database (the whole file is checked before anything is written)')
    .argument('<file>', 'a backup made by `offerbook export` or the Settings page, or an automatic backup (.sqlite) from the backup folder')
    .option('--replace', 'overwrite a database that already holds data (a backup of it is saved first)')
    .action(async (file: string, opts: { replace?: boolean }) => (await import('./backup-run.js')).importCommand(file, opts));

  program
    .command('erase')
    .description('delete everything in your notebook (every row and the search index); the app is then empty as on first start')
    .option('--yes', 'confirm: nothing is deleted without it')
    .option('--with-backups', 'also delete the files in the backup folder')
    .action(async (opts: { yes?: boolean; withBackups?: boolean }) => (await import('./backup-run.js')).eraseCommand(opts));
}
