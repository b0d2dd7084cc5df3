import { sql } from 'kysely';
import type { Db } from '../../db/connect.js';

/** The import row, for the access check. */
export function findImport(db: Db, id: string) {
  return db.kysely.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An owner's imports, newest first, with how many of their opportunities are still there. */
export function listImports(db: Db, ownerId: string, limit: number) {
  return db.kysely
    .selectFrom('imports as i')
    .select(['i.id', 'i.file_name', 'i.preset', 'i.created_at'])
    .select((eb) =>
      eb
        .selectFrom('import_items as t')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('t.import_id', '=', 'i.id')
        .where('t.opportunity_id', 'is not', null)
        .as('opportunities'),
    )
    .where('i.owner_id', '=', ownerId)
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(limit)
    .execute();
}

/** Records an import. */
export async function insertImport(
  db: Db,
  row: { id: string; owner_id: string; file_name: string; preset: string; created_at: string },
): Promise<void> {
  await db.kysely.insertInto('imports').values(row).execute();
}

/** Records something an import added. */
export async function insertItem(
  db: Db,
  row: { id: string; owner_id: string; import_id: string; opportunity_id: string | null; person_id: string | null },
): Promise<void> {
  await db.kysely.insertInto('import_items').values(row).execute();
}

/** What an import added that is still there: opportunities (with their employer) and people. */
export async function itemsOf(db: Db, importId: string) {
  const [opportunities, people] = await Promise.all([
    db.kysely
      .selectFrom('import_items as t')
      .innerJoin('opportunities as o', 'o.id', 't.opportunity_id')
      .select(['o.id', 'o.employer_id'])
      .where('t.import_id', '=', importId)
      .execute(),
    db.kysely
      .selectFrom('import_items as t')
      .innerJoin('people as p', 'p.id', 't.person_id')
      .select(['p.id'])
      .where('t.import_id', '=', importId)
      .execute(),
  ]);
  return { opportunities, people: people.map((p) => p.id) };
}

/** Deletes an owner's opportunities by id (their timelines and links go with them). */
export async function deleteOpportunities(db: Db, ownerId: string, ids: readonly string[]): Promise<number> {
  let removed = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const r = await db.kysely
      .deleteFrom('opportunities')
      .where('owner_id', '=', ownerId)
      .where('id', 'in', ids.slice(i, i + 500))
      .executeTakeFirst();
    removed += Number(r.numDeletedRows);
  }
  return removed;
}

/** Deletes the people an import created that no opportunity outside it is linked to any more. */
export async function deleteUnlinkedPeople(db: Db, ownerId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const linked = new Set(
    (
      await db.kysely
        .selectFrom('opportunity_people')
        .select('person_id')
        .where('person_id', 'in', [...ids])
        .execute()
    ).map((r) => r.person_id),
  );
  const gone = ids.filter((id) => !linked.has(id));
  if (gone.length > 0) await db.kysely.deleteFrom('people').where('owner_id', '=', ownerId).where('id', 'in', gone).execute();
  return gone;
}

/** Removes the import row (its items go with it). */
export async function deleteImport(db: Db, id: string): Promise<void> {
  await db.kysely.deleteFrom('imports').where('id', '=', id).execute();
}

/** The owner's person with this email (any case), or else this exact name. */
export async function findPersonFor(db: Db, ownerId: string, name: string, email: string | null): Promise<string | undefined> {
  let q = db.kysely.selectFrom('people').select('id').where('owner_id', '=', ownerId);
  q = email ? q.where(sql<string>`lower(email)`, '=', email.toLowerCase()) : q.where('name', '=', name);
  return (await q.orderBy('created_at').limit(1).executeTakeFirst())?.id;
}

/** Adds a person for a contact named in the file. */
export async function insertPerson(
  db: Db,
  row: { id: string; owner_id: string; employer_id: string | null; name: string; email: string | null; now: string },
): Promise<void> {
  await db.kysely
    .insertInto('people')
    .values({
      id: row.id,
      owner_id: row.owner_id,
      employer_id: row.employer_id,
      name: row.name,
      title: null,
      role: 'other',
      email: row.email,
      phone: null,
      links: '[]',
      background: '',
      in_common: '',
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}
