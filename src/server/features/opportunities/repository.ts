import { sql } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { NewOpportunityRow, OpportunityRowUpdate } from '../../db/schema.js';

/** The columns an opportunity is presented with (row joined with its employer's name). */
const columns = [
  'o.id',
  'o.owner_id',
  'o.employer_id',
  'e.name as employer_name',
  'o.role_title',
  'o.location',
  'o.remote_policy',
  'o.source_url',
  'o.salary_min',
  'o.salary_max',
  'o.salary_currency',
  'o.salary_period',
  'o.job_description',
  'o.stage',
  'o.next_action',
  'o.next_action_due',
  'o.excitement',
  'o.archived_at',
  'o.stage_changed_at',
  'o.created_at',
  'o.updated_at',
] as const;

function selectOpportunities(db: Db) {
  return db.kysely.selectFrom('opportunities as o').innerJoin('employers as e', 'e.id', 'o.employer_id').select(columns);
}

export type OpportunityWithEmployer = NonNullable<Awaited<ReturnType<typeof findOpportunity>>>;

/** One opportunity by id, whoever owns it (the service checks access). */
export function findOpportunity(db: Db, id: string) {
  return selectOpportunities(db).where('o.id', '=', id).executeTakeFirst();
}

/** Filters for listing. */
/** Every opportunity of the owner with its employer, archived ones included, oldest first (exports, duplicate checks). */
export function listAllOpportunities(db: Db, ownerId: string) {
  return selectOpportunities(db).where('o.owner_id', '=', ownerId).orderBy('o.created_at', 'asc').orderBy('o.id', 'asc').execute();
}

export interface ListFilter {
  ownerId: string;
  stage?: string | undefined;
  archived: 'false' | 'true' | 'all';
  q?: string | undefined;
  /** Most rows to answer. */
  limit: number;
  /** Start after this row of the order (updated_at desc, id desc). */
  after?: { updatedAt: string; id: string } | undefined;
}

/** The columns a summary shows, named as the API names them: nothing long (no job description). */
const summaryColumns = [
  'o.id',
  'e.name as employerName',
  'o.role_title as roleTitle',
  'o.location',
  'o.stage',
  'o.next_action as nextAction',
  'o.next_action_due as nextActionDue',
  'o.excitement',
  'o.archived_at as archivedAt',
  'o.updated_at as updatedAt',
] as const;

export type OpportunitySummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

function summaryQuery(db: Db, filter: ListFilter) {
  let query = db.kysely
    .selectFrom('opportunities as o')
    .innerJoin('employers as e', 'e.id', 'o.employer_id')
    .select(summaryColumns)
    .where('o.owner_id', '=', filter.ownerId);
  if (filter.stage) query = query.where('o.stage', '=', filter.stage);
  if (filter.archived === 'false') query = query.where('o.archived_at', 'is', null);
  if (filter.archived === 'true') query = query.where('o.archived_at', 'is not', null);
  if (filter.q?.trim()) {
    const pattern = `%${filter.q
      .trim()
      .toLowerCase()
      .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(e.name)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(o.role_title)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(coalesce(o.location, ''))`, 'like', sql`${pattern} escape '\\'`),
      ]),
    );
  }
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('o.updated_at', '<', after.updatedAt), eb.and([eb('o.updated_at', '=', after.updatedAt), eb('o.id', '<', after.id)])]),
    );
  }
  return query.orderBy('o.updated_at', 'desc').orderBy('o.id', 'desc').limit(filter.limit);
}

/**
 * A page of an owner's opportunities as summaries, newest change first (keyset on updated_at, id).
 * On SQLite the rows are read as arrays (better-sqlite3's raw mode) and made into objects here: a
 * page of a thousand costs about half of going through the query builder's result objects.
 */
export async function listOpportunitySummaries(db: Db, filter: ListFilter): Promise<OpportunitySummaryRow[]> {
  const query = summaryQuery(db, filter);
  if (!db.readArrays) return query.execute();
  return db.readArrays(query.compile()).map((r): OpportunitySummaryRow => ({
    id: r[0] as string,
    employerName: r[1] as string,
    roleTitle: r[2] as string,
    location: r[3] as string | null,
    stage: r[4] as string,
    nextAction: r[5] as string | null,
    nextActionDue: r[6] as string | null,
    excitement: r[7] as number | null,
    archivedAt: r[8] as string | null,
    updatedAt: r[9] as string,
  }));
}

/** Finds the owner's employer of that name, or creates it; returns its id. */
export async function ensureEmployer(db: Db, ownerId: string, name: string, id: string, now: string): Promise<string> {
  const nameKey = name.trim().toLowerCase();
  await db.kysely
    .insertInto('employers')
    .values({ id, owner_id: ownerId, name: name.trim(), name_key: nameKey, created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['owner_id', 'name_key']).doNothing())
    .execute();
  const row = await db.kysely
    .selectFrom('employers')
    .select('id')
    .where('owner_id', '=', ownerId)
    .where('name_key', '=', nameKey)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts an opportunity; false when the id is already taken. */
export async function insertOpportunity(db: Db, row: NewOpportunityRow): Promise<boolean> {
  const result = await db.kysely
    .insertInto('opportunities')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Applies changes to one opportunity. */
export async function updateOpportunityRow(db: Db, id: string, changes: OpportunityRowUpdate): Promise<void> {
  await db.kysely.updateTable('opportunities').set(changes).where('id', '=', id).execute();
}

/** Removes an opportunity; its timeline goes with it. */
export async function deleteOpportunityRow(db: Db, id: string): Promise<void> {
  await db.kysely.deleteFrom('opportunities').where('id', '=', id).execute();
}

/** Removes an employer that nothing refers to any more: no opportunity, no researched fact, no person. */
export async function deleteEmployerIfUnused(db: Db, employerId: string): Promise<void> {
  await db.kysely
    .deleteFrom('employers')
    .where('id', '=', employerId)
    .where((eb) =>
      eb.not(
        eb.or([
          eb.exists(eb.selectFrom('opportunities').select('id').where('employer_id', '=', employerId)),
          eb.exists(eb.selectFrom('facts').select('id').where('employer_id', '=', employerId)),
          eb.exists(eb.selectFrom('people').select('id').where('employer_id', '=', employerId)),
        ]),
      ),
    )
    .execute();
}

/** Appends an entry to an opportunity's timeline. */
export async function insertEvent(
  db: Db,
  event: {
    id: string;
    owner_id: string;
    opportunity_id: string;
    kind: string;
    from_stage: string | null;
    to_stage: string | null;
    at: string;
  },
): Promise<void> {
  await db.kysely.insertInto('opportunity_events').values(event).execute();
}

/** An opportunity's timeline, oldest first. */
export function listEvents(db: Db, opportunityId: string) {
  return db.kysely
    .selectFrom('opportunity_events')
    .selectAll()
    .where('opportunity_id', '=', opportunityId)
    .orderBy('at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}
