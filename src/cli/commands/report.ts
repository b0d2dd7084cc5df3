import type { Command } from 'commander';
import type { ApplicationRow } from '../../core/reports/applications.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The report as an aligned text table. */
export function formatApplications(rows: readonly ApplicationRow[], from: string, to: string): string {
  if (rows.length === 0) return `No applications from ${from} to ${to}.`;
  const header = ['Date applied', 'Employer', 'Role', 'Channel', 'Contact', 'Status', 'Outcome'];
  const cells = rows.map((r) => [r.appliedOn, r.employer, r.role, r.channel, r.contact || '-', r.status, r.outcome]);
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...cells.map((c) => c[i]!.length))));
  const line = (c: string[]) =>
    c
      .map((v, i) => (v.length > widths[i]! ? `${v.slice(0, widths[i]! - 1)}…` : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [`Applications from ${from} to ${to}: ${rows.length}`, '', line(header), ...cells.map(line)].join('\n');
}

/** `offerbook report applications`: the proof of applications a job centre asks for. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('reports from your notebook')
    .command('applications')
    .description('proof of applications for a date range: date applied, employer, role, channel, contact, status and outcome')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .option('--csv', 'print CSV (UTF-8 with BOM) instead of a table')
    .action(async (opts: { from: string; to: string; csv?: boolean }) => {
      const [{ CliError }, { openCliContext }, service] = await Promise.all([
        import('../errors.js'),
        import('../context.js'),
        import('../../server/features/exports/service.js'),
      ]);
      for (const key of ['from', 'to'] as const)
        if (!DATE.test(opts[key]) || Number.isNaN(Date.parse(opts[key]))) throw new CliError(`--${key} must be a date as YYYY-MM-DD`, 2);
      if (opts.from > opts.to) throw new CliError('--from must not be after --to', 2);
      const { ctx, close } = await openCliContext();
      try {
        const rows = await service.applications(ctx, opts.from, opts.to);
        process.stdout.write(opts.csv ? service.applicationsCsv(rows) : `${formatApplications(rows, opts.from, opts.to)}\n`);
      } finally {
        await close();
      }
    });
}
