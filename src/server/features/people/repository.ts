import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { PeopleTable } from '../../db/schema.js';

/** People rows joined with their employer's name. */
function selectPeople(db: Db) {
  return db.kysely
    .selectFrom('people as p')
    .leftJoin('employers as e', 'e.id', 'p.employer_id')
    .select([
      'p.id',
      'p.owner_id',
      'p.employer_id',
      'e.name as employer_name',
      'p.name',
      'p.title',
      'p.role',
      'p.email',
      'p.phone',
      'p.links',
      'p.background',
      'p.in_common',
      'p.created_at',
      'p.updated_at',
    ]);
}

export type PersonRow = Awaited<ReturnType<ReturnType<typeof selectPeople>['execute']>>[number];

/** One person by id with the employer's name, whoever owns them (the service checks). */
export function findPerson(db: Db, id: string): Promise<PersonRow | undefined> {
  return selectPeople(db).where('p.id', '=', id).executeTakeFirst();
}

/** These people, by name. */
export function peopleByName(db: Db, ids: string[]): Promise<PersonRow[]> {
  return selectPeople(db).where('p.id', 'in', ids).orderBy('p.name').execute();
}

/** Inserts one person. */
export async function insertPersonRow(db: Db, row: Insertable<PeopleTable>): Promise<void> {
  await db.kysely.insertInto('people').values(row).execute();
}

/** Writes the given columns of a person. */
export async function updatePersonRow(db: Db, id: string, changes: Updateable<PeopleTable>): Promise<void> {
  await db.kysely.updateTable('people').set(changes).where('id', '=', id).execute();
}

/** Removes a person. */
export async function deletePersonRow(db: Db, id: string): Promise<void> {
  await db.kysely.deleteFrom('people').where('id', '=', id).execute();
}

/** The owner's people by name, or only those linked to one opportunity. */
export function listPeopleOf(db: Db, ownerId: string, opportunityId?: string): Promise<PersonRow[]> {
  let query = selectPeople(db).where('p.owner_id', '=', ownerId);
  if (opportunityId !== undefined)
    query = query.where('p.id', 'in', (eb) =>
      eb.selectFrom('opportunity_people').select('person_id').where('opportunity_id', '=', opportunityId),
    );
  return query.orderBy('p.name').orderBy('p.id').execute();
}

/** Opportunity ids linked to each of the people. */
export async function linksOf(db: Db, personIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (personIds.length === 0) return map;
  const rows = await db.kysely
    .selectFrom('opportunity_people')
    .select(['person_id', 'opportunity_id'])
    .where('person_id', 'in', personIds)
    .orderBy('created_at')
    .execute();
  for (const r of rows) map.set(r.person_id, [...(map.get(r.person_id) ?? []), r.opportunity_id]);
  return map;
}

/** Links a person to an opportunity (no-op when already linked). */
export async function link(db: Db, ownerId: string, opportunityId: string, personId: string, id: string, now: string): Promise<void> {
  await db.kysely
    .insertInto('opportunity_people')
    .values({ id, owner_id: ownerId, opportunity_id: opportunityId, person_id: personId, created_at: now })
    .onConflict((oc) => oc.columns(['opportunity_id', 'person_id']).doNothing())
    .execute();
}

/** Unlinks a person from an opportunity (no-op when not linked). */
export async function unlink(db: Db, opportunityId: string, personId: string): Promise<void> {
  await db.kysely.deleteFrom('opportunity_people').where('opportunity_id', '=', opportunityId).where('person_id', '=', personId).execute();
}

/** Which of these person ids are the owner's people. */
export async function ownedPersonIds(db: Db, ownerId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.kysely
    .selectFrom('people')
    .select('id')
    .where('id', 'in', [...ids])
    .where('owner_id', '=', ownerId)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Which of these of the owner's people have a background noted. */
export async function withBackground(db: Db, ownerId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.kysely
    .selectFrom('people')
    .select(['id', 'background'])
    .where('owner_id', '=', ownerId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.filter((r) => r.background.trim() !== '').map((r) => r.id));
}
