import type { BackupTable } from '../backup/columns.js';

/** The interview tables (interviews, conversations, conversation_people, interview_notes, concerns, reflections) a backup holds, parents first. */
export const INTERVIEW_BACKUP_TABLES = [] as const satisfies readonly BackupTable[];
