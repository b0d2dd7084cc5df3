/** The question-plan tables a backup holds (same shape as BACKUP_TABLES entries), parents first. */
export const QUESTION_BACKUP_TABLES = [] as const;
