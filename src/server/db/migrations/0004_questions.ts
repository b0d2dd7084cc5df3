import type { Kysely } from 'kysely';

// Questions to ask: user questions, question plans with assignments, housekeeping.
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
