import type { Command } from 'commander';
import type { CsvUpload } from '../../contracts/imports.js';
import type { ImportPlan, ImportedRow } from '../../core/csv/import.js';

interface ImportOpts {
  preset?: string;
  dryRun?: boolean;
  json?: boolean;
}

const MAX_BYTES = 20 * 1024 * 1024;

/** What the import would do (or did), as lines for a person. */
export function formatPlan(
  plan: ImportPlan,
  duplicates: readonly { line: number; reason: string }[],
  encoding: string,
  done: boolean,
): string {
  const lines = [
    `Read as ${encoding}, header on line ${plan.headerLine}, columns as ${plan.preset}: ${
      Object.entries(plan.mapping)
        .map(([f, h]) => `${h} → ${f}`)
        .join(', ') || 'none recognised'
    }.`,
    `${plan.rows.length - duplicates.length} ${done ? 'added' : 'to add'}, ${duplicates.length} duplicate${duplicates.length === 1 ? '' : 's'} left out, ${plan.bad.length} bad row${plan.bad.length === 1 ? '' : 's'}.`,
  ];
  for (const d of duplicates) lines.push(`  line ${d.line}: duplicate (${d.reason})`);
  for (const b of plan.bad) lines.push(`  line ${b.line}: ${b.reason}`);
  if (!done) lines.push('Nothing was changed (dry run).');
  return lines.join('\n');
}

/** `offerbook import-csv`: opportunities from another tracker's or a spreadsheet's CSV. */
export function registerImportCsv(program: Command): void {
  program
    .command('import-csv')
    .description(
      "add opportunities from a tracker's or spreadsheet's CSV (Huntr, Teal, Simplify, LinkedIn's Job Applications, Notion/Airtable tables and our own export are recognised by their headers)",
    )
    .argument('<file>', 'the CSV file')
    .option(
      '--preset <name>',
      'read the columns as this export: offerbook, linkedin, huntr, teal, simplify, table (Notion or Airtable) or generic',
    )
    .option('--dry-run', 'show what would be added, change nothing')
    .option('--json', 'print the plan as JSON')
    .action(async (file: string, opts: ImportOpts) => {
      const { basename } = await import('node:path');
      const [{ CliError }, { readFileSync, statSync }, { decodeCsv, parseCsv }, { planImport, PRESETS }, { findDuplicates }] =
        await Promise.all([
          import('../errors.js'),
          import('node:fs'),
          import('../../core/csv/read.js'),
          import('../../core/csv/import.js'),
          import('../../core/capture/duplicates.js'),
        ]);
      if (opts.preset && !PRESETS.some((p) => p.name === opts.preset))
        throw new CliError(`--preset must be one of ${PRESETS.map((p) => p.name).join(', ')}`, 2);
      let bytes: Buffer;
      try {
        if (statSync(file).size > MAX_BYTES) throw new CliError(`${file} is larger than 20 MB; nothing was changed`);
        bytes = readFileSync(file);
      } catch (err) {
        if (err instanceof CliError) throw err;
        throw new CliError(`Cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(err)}`);
      }
      const { text, encoding } = decodeCsv(bytes);
      const plan = planImport(parseCsv(text), opts.preset);
      if (plan.rows.length === 0 && plan.bad.length > 0 && plan.mapping.employerName === undefined)
        throw new CliError(`${file}: ${plan.bad[0]!.reason}; nothing was changed`);

      const [{ openCliContext }, imports, repo] = await Promise.all([
        import('../context.js'),
        import('../../server/features/imports/service.js'),
        import('../../server/features/opportunities/repository.js'),
      ]);
      const { ctx, close } = await openCliContext();
      try {
        const existing = await repo.listAllOpportunities(ctx.db, ctx.actor.userId);
        const known = existing.map((o) => ({ id: o.id, employerName: o.employer_name, roleTitle: o.role_title, sourceUrl: o.source_url }));
        const duplicates: { line: number; reason: string }[] = [];
        const fresh: ImportedRow[] = [];
        for (const r of plan.rows) {
          const match = findDuplicates(r, known)[0];
          if (match)
            duplicates.push({
              line: r.line,
              reason:
                match.reason === 'same-url'
                  ? 'same posting address as one you have'
                  : `like "${r.roleTitle}" at ${r.employerName}, which you have`,
            });
          else {
            fresh.push(r);
            known.push({ id: `line-${r.line}`, employerName: r.employerName, roleTitle: r.roleTitle, sourceUrl: r.sourceUrl });
          }
        }
        // The same import as the web app's: every row in one transaction, recorded so it can be undone as one.
        let importId: string | null = null;
        if (!opts.dryRun && fresh.length > 0) {
          const done = await imports.importCsv(
            ctx,
            {
              fileName: basename(file).slice(0, 255) || 'import.csv',
              bytes: bytes.toString('base64'),
              ...(opts.preset ? { preset: opts.preset as CsvUpload['preset'] } : {}),
              skip: duplicates.map((d) => d.line),
            },
            { maxBytes: MAX_BYTES, maxRows: Number.MAX_SAFE_INTEGER },
          );
          importId = done.import.id;
        }
        if (opts.json)
          process.stdout.write(
            `${JSON.stringify({ encoding, ...plan, duplicates, added: opts.dryRun ? 0 : fresh.length, importId }, null, 2)}\n`,
          );
        else
          process.stdout.write(
            `${formatPlan(plan, duplicates, encoding, !opts.dryRun)}${importId ? '\nUndo it as one in the web app: Import from a spreadsheet › Earlier imports.' : ''}\n`,
          );
      } finally {
        await close();
      }
    });
}
