import { z } from 'zod';
import { Id, Instant } from './common.js';
import { IMPORT_FIELDS, IMPORT_PRESETS, STAGES } from './values.js';

/** The largest CSV file an import accepts, in bytes. */
export const CSV_MAX_BYTES = 5 * 1024 * 1024;
/** The most rows one import reads. */
export const CSV_MAX_ROWS = 5000;

const ImportField = z.enum(IMPORT_FIELDS);
const Stage = z.enum(STAGES);

/** A CSV file as sent by the wizard, with what the user chose about it. */
export const CsvUpload = z.strictObject({
  fileName: z.string().trim().min(1, { message: 'must not be empty' }).max(255, { message: 'must be at most 255 characters' }),
  /** The file's bytes, base64: the server tells the encoding. */
  bytes: z
    .string({ message: "must be the file's bytes in base64" })
    .max(Math.ceil(CSV_MAX_BYTES / 3) * 4, { message: `is larger than ${CSV_MAX_BYTES / 1024 / 1024} MB; nothing was imported` })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: "must be the file's bytes in base64" }),
  preset: z.enum(IMPORT_PRESETS).optional(),
  /** Our field → a header of the file; replaces the preset's columns. */
  mapping: z.partialRecord(ImportField, z.string().max(500)).optional(),
  /** A status as written in the file → our stage. */
  statusMap: z.record(z.string().max(500), Stage).optional(),
});
export type CsvUpload = z.infer<typeof CsvUpload>;

/** The import itself: the upload and the rows (by line) the user chose to leave out. */
export const CsvImport = CsvUpload.extend({
  skip: z.array(z.int().min(1)).max(100_000).default([]),
});
export type CsvImport = z.input<typeof CsvImport>;

/** Why a row looks like one the user already has (or one earlier in the file). */
export const Duplicate = z.object({
  reason: z.enum(['same-url', 'same-employer-similar-title', 'earlier-in-file']),
  /** The existing opportunity, for the first two reasons. */
  opportunityId: Id.nullable(),
  /** The earlier line, for `earlier-in-file`. */
  line: z.int().nullable(),
  /** "Data Engineer at Northwind Labs": what it matches, in words. */
  what: z.string(),
});

/** One row the import would add. */
export const PreviewRow = z.object({
  line: z.int(),
  employerName: z.string(),
  roleTitle: z.string(),
  stage: Stage,
  status: z.string().nullable(),
  appliedOn: z.string().nullable(),
  location: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  duplicate: Duplicate.nullable(),
});

/** What the file holds and what an import would do; nothing is written. */
export const CsvPreview = z.object({
  encoding: z.string(),
  delimiter: z.string(),
  headerLine: z.int(),
  preset: z.enum(IMPORT_PRESETS),
  presetLabel: z.string(),
  /** Whether the preset was recognised by the headers (not generic). */
  recognised: z.boolean(),
  columns: z.array(z.string()),
  mapping: z.partialRecord(ImportField, z.string()),
  statuses: z.array(z.object({ status: z.string(), count: z.int(), stage: Stage.nullable() })),
  rows: z.array(PreviewRow),
  bad: z.array(z.object({ line: z.int(), reason: z.string() })),
  presets: z.array(z.object({ name: z.enum(IMPORT_PRESETS), label: z.string() })),
});
export type CsvPreview = z.infer<typeof CsvPreview>;
export type PreviewRow = z.infer<typeof PreviewRow>;

/** One import, for undoing it. */
export const ImportSummary = z.object({
  id: Id,
  fileName: z.string(),
  preset: z.string(),
  createdAt: Instant,
  /** The opportunities it added that are still there. */
  opportunities: z.int(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

/** What an import did. */
export const CsvImportResult = z.object({
  import: ImportSummary,
  added: z.int(),
  skipped: z.int(),
  bad: z.array(z.object({ line: z.int(), reason: z.string() })),
});
export type CsvImportResult = z.infer<typeof CsvImportResult>;

export const ImportList = z.object({ items: z.array(ImportSummary) });
export type ImportList = z.infer<typeof ImportList>;

/** What undoing an import removed. */
export const UndoResult = z.object({ removed: z.int() });
export type UndoResult = z.infer<typeof UndoResult>;
