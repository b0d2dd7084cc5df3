import type { Kysely } from 'kysely';

// Follow-ups, offers and calendar feeds (issue #7). Filled in by the follow-ups work.
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
