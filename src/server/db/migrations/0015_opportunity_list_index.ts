import type { Kysely } from 'kysely';

/**
 * The opportunity list (and board) reads an owner's live opportunities newest change first. This
 * index answers it alone: in list order (no sort) and holding every column a summary shows, so the
 * rows themselves — with their long job descriptions — are never read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('opportunities_owner_list')
    .on('opportunities')
    .columns([
      'owner_id',
      'archived_at',
      'updated_at',
      'id',
      'employer_id',
      'role_title',
      'location',
      'stage',
      'next_action',
      'next_action_due',
      'excitement',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('opportunities_owner_list').execute();
}
