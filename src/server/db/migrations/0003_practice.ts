import type { Kysely } from 'kysely';

// Answer practice: answers with versions, stories, rehearsals.
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
