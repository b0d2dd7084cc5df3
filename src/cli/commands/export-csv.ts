import type { Command } from 'commander';

/** `offerbook export-csv`: every opportunity as a spreadsheet (UTF-8 with BOM, formula cells neutralised). */
export function registerExportCsv(program: Command): void {
  program
    .command('export-csv')
    .description('write every opportunity as CSV for a spreadsheet: stage history, dates, contacts, next action, source')
    .option('-o, --out <file>', 'where to write the CSV (standard output when omitted or -)', '-')
    .action(async (opts: { out: string }) => {
      const [{ openCliContext }, { opportunitiesCsv }] = await Promise.all([
        import('../context.js'),
        import('../../server/features/exports/service.js'),
      ]);
      const { ctx, close } = await openCliContext();
      try {
        const csv = await opportunitiesCsv(ctx);
        if (opts.out === '-') process.stdout.write(csv);
        else {
          const [{ writeFileSync }, { resolve }] = await Promise.all([import('node:fs'), import('node:path')]);
          writeFileSync(opts.out, csv);
          console.error(`Opportunities written to ${resolve(opts.out)}`);
        }
      } finally {
        await close();
      }
    });
}
