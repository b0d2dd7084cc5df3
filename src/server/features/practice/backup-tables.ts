/** The practice tables a backup holds (same shape as BACKUP_TABLES entries), parents first. */
export const PRACTICE_BACKUP_TABLES = [] as const;
