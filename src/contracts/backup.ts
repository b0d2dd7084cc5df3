import { z } from 'zod';
import { Instant } from './common.js';

/** Largest backup the app accepts for a restore (a notebook of years stays far below it). */
export const RESTORE_MAX_BYTES = 64 * 1024 * 1024;

/** A backup to check or restore: the file's text as uploaded, validated exactly as `offerbook import` does. */
export const RestoreUpload = z.strictObject({
  text: z
    .string({ message: 'must be the text of a backup file' })
    .min(1, { message: 'must not be empty' })
    .max(RESTORE_MAX_BYTES, { message: 'is larger than 64 MB' }),
});
export type RestoreUpload = z.infer<typeof RestoreUpload>;

/** One file of the automatic backup folder, by the name the list gave it (local mode). */
export const BackupName = z.strictObject({
  name: z.string().regex(/^[\w.-]{1,120}$/, { message: 'must be the name of a listed backup' }),
});
export type BackupName = z.infer<typeof BackupName>;

/** What a backup holds, shown before a restore. */
export const BackupPreview = z.object({
  version: z.number().int(),
  schemaVersion: z.string(),
  exportedAt: Instant,
  /** Rows per kind (table), every kind listed. */
  counts: z.record(z.string(), z.number().int()),
  total: z.number().int(),
});
export type BackupPreview = z.infer<typeof BackupPreview>;

export const RestoreResult = z.object({
  counts: z.record(z.string(), z.number().int()),
  /** Local mode: where the notebook was saved before it was replaced (null when it was empty). */
  savedTo: z.string().nullable(),
});
export type RestoreResult = z.infer<typeof RestoreResult>;

export const BackupFileItem = z.object({
  name: z.string(),
  takenAt: Instant,
  size: z.number().int(),
  kind: z.enum(['automatic', 'before-restore']),
});
export type BackupFileItem = z.infer<typeof BackupFileItem>;

/** Local mode: the automatic backups and their state. */
export const BackupOverview = z.object({
  /** False when turned off (OFFERBOOK_AUTO_BACKUP=0) or not possible (PostgreSQL). */
  enabled: z.boolean(),
  /** Why they are off, in words, when they are. */
  disabledReason: z.string().nullable(),
  dir: z.string().nullable(),
  lastSuccessAt: Instant.nullable(),
  lastError: z.object({ at: Instant, message: z.string() }).nullable(),
  items: z.array(BackupFileItem),
});
export type BackupOverview = z.infer<typeof BackupOverview>;

/** The words to type before "delete everything". */
export const ERASE_CONFIRMATION = 'delete everything';

export const EraseRequest = z.strictObject({
  confirm: z.literal(ERASE_CONFIRMATION, { message: `must be "${ERASE_CONFIRMATION}"` }),
  /** Also delete the files in the backup folder. */
  deleteBackups: z.boolean().default(false),
});
export type EraseRequest = z.input<typeof EraseRequest>;

export const EraseResult = z.object({ removedRows: z.number().int(), removedBackups: z.number().int() });
export type EraseResult = z.infer<typeof EraseResult>;
