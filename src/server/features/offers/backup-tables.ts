import type { BackupTable } from '../backup/columns.js';

/** The offer tables (calendar feed tokens are secrets and stay out of backups) a backup holds, parents first. */
export const OFFER_BACKUP_TABLES = [] as const satisfies readonly BackupTable[];
