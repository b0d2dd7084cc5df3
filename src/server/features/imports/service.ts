import type {
  CsvImport,
  CsvImportResult,
  CsvPreview,
  CsvUpload,
  ImportList,
  ImportSummary,
  PreviewRow,
  UndoResult,
} from '../../../contracts/imports.js';
import type { ImportedRow } from '../../../core/csv/import.js';
import { PRESETS } from '../../../core/csv/presets.js';
import { findDuplicates, type KnownOpportunity } from '../../../core/capture/duplicates.js';
import { uuidv7 } from '../../../core/ids.js';
import { requireOwned } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import * as opportunities from '../opportunities/repository.js';
import { reindexOpportunity, reindexPerson } from '../search/documents.js';
import { addRow } from './add-row.js';
import { readUpload, type ReadLimits } from './read-upload.js';
import * as repo from './repository.js';

const WHAT = 'Import';
const PRESET_LIST = PRESETS.map((p) => ({ name: p.name as CsvPreview['preset'], label: p.label }));

/** Each row's duplicate: an opportunity the actor has (same address, or same employer and a similar title), or an earlier row. */
async function duplicatesOf(ctx: Ctx, rows: readonly ImportedRow[]): Promise<Map<number, PreviewRow['duplicate']>> {
  const existing = await opportunities.listAllOpportunities(ctx.db, ctx.actor.userId);
  const known: KnownOpportunity[] = existing.map((o) => ({
    id: o.id,
    employerName: o.employer_name,
    roleTitle: o.role_title,
    sourceUrl: o.source_url,
  }));
  const names = new Map(existing.map((o) => [o.id, `${o.role_title} at ${o.employer_name}`]));
  const inFile: KnownOpportunity[] = [];
  const out = new Map<number, PreviewRow['duplicate']>();
  for (const r of rows) {
    const match = findDuplicates(r, known)[0];
    if (match) out.set(r.line, { reason: match.reason, opportunityId: match.id, line: null, what: names.get(match.id) ?? '' });
    else {
      const earlier = findDuplicates(r, inFile)[0];
      if (earlier)
        out.set(r.line, { reason: 'earlier-in-file', opportunityId: null, line: Number(earlier.id), what: `line ${earlier.id}` });
    }
    inFile.push({ id: String(r.line), employerName: r.employerName, roleTitle: r.roleTitle, sourceUrl: r.sourceUrl });
  }
  return out;
}

/** What the file holds and what importing it would do; nothing is written. */
export async function previewCsv(ctx: Ctx, upload: CsvUpload): Promise<CsvPreview> {
  const { plan, encoding, delimiter } = readUpload(upload);
  const duplicates = await duplicatesOf(ctx, plan.rows);
  const preset = PRESETS.find((p) => p.name === plan.preset)!;
  return {
    encoding,
    delimiter,
    headerLine: plan.headerLine,
    preset: plan.preset as CsvPreview['preset'],
    presetLabel: preset.label,
    recognised: preset.requires.length > 0,
    columns: plan.columns,
    mapping: plan.mapping,
    statuses: plan.statuses,
    rows: plan.rows.map((r) => ({
      line: r.line,
      employerName: r.employerName,
      roleTitle: r.roleTitle,
      stage: r.stage,
      status: r.status ?? null,
      appliedOn: r.appliedOn,
      location: r.location,
      sourceUrl: r.sourceUrl,
      duplicate: duplicates.get(r.line) ?? null,
    })),
    bad: plan.bad,
    presets: PRESET_LIST,
  };
}

function present(row: {
  id: string;
  file_name: string;
  preset: string;
  created_at: string;
  opportunities: number | string | bigint | null;
}): ImportSummary {
  return {
    id: row.id,
    fileName: row.file_name,
    preset: row.preset,
    createdAt: row.created_at,
    opportunities: Number(row.opportunities ?? 0),
  };
}

/** Imports the file's rows but the skipped ones, all in one transaction; answers the import to undo it by. */
export async function importCsv(ctx: Ctx, input: CsvImport, limits?: ReadLimits): Promise<CsvImportResult> {
  const { plan } = readUpload(input, limits);
  const skip = new Set(input.skip ?? []);
  const rows = plan.rows.filter((r) => !skip.has(r.line));
  if (rows.length === 0)
    throw new AppError(
      'validation',
      plan.rows.length
        ? 'every row is skipped; nothing was imported'
        : `no row can be imported${plan.bad[0] ? ` (line ${plan.bad[0].line}: ${plan.bad[0].reason})` : ''}`,
      { field: plan.rows.length ? 'skip' : 'bytes' },
    );
  const now = ctx.now().toISOString();
  const importId = uuidv7();
  const ownerId = ctx.actor.userId;
  await inTransaction(ctx.db, async (trx) => {
    await repo.insertImport(trx, {
      id: importId,
      owner_id: ownerId,
      file_name: input.fileName,
      preset: input.mapping ? 'generic' : plan.preset,
      created_at: now,
    });
    for (const r of rows) await addRow(trx, ownerId, importId, r, now);
  });
  const summary = (await repo.listImports(ctx.db, ownerId, 50)).find((i) => i.id === importId)!;
  return { import: present(summary), added: rows.length, skipped: plan.rows.length - rows.length, bad: plan.bad };
}

/** The actor's recent imports (the 20 newest), to undo one later. */
export async function listImports(ctx: Ctx): Promise<ImportList> {
  return { items: (await repo.listImports(ctx.db, ctx.actor.userId, 20)).map(present) };
}

/** Undoes an import as one action: its opportunities and the people it created go; their employers too when nothing else uses them. */
export async function undoImport(ctx: Ctx, id: string): Promise<UndoResult> {
  requireOwned(ctx.actor, await repo.findImport(ctx.db, id), WHAT);
  const ownerId = ctx.actor.userId;
  return inTransaction(ctx.db, async (trx) => {
    const items = await repo.itemsOf(trx, id);
    const ids = items.opportunities.map((o) => o.id);
    const removed = await repo.deleteOpportunities(trx, ownerId, ids);
    for (const oid of ids) await reindexOpportunity(trx, oid);
    for (const pid of await repo.deleteUnlinkedPeople(trx, ownerId, items.people)) await reindexPerson(trx, pid);
    for (const employerId of new Set(items.opportunities.map((o) => o.employer_id)))
      await opportunities.deleteEmployerIfUnused(trx, employerId);
    await repo.deleteImport(trx, id);
    return { removed };
  });
}
