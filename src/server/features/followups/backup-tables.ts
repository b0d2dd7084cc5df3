import type { BackupTable } from '../backup/columns.js';

/** The follow-up tables a backup holds, parents first. */
export const FOLLOWUP_BACKUP_TABLES = [] as const satisfies readonly BackupTable[];
