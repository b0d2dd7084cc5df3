import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';

/** Answers joined with their latest version: version numbers are 1, 2, 3… so the latest is the highest. */
function selectAnswers(db: Db) {
  return db.kysely
    .selectFrom('answers as a')
    .innerJoin('answer_versions as v', 'v.answer_id', 'a.id')
    .whereRef('v.number', '=', (eb) =>
      eb
        .selectFrom('answer_versions as lv')
        .select((e) => e.fn.max('lv.number').as('n'))
        .whereRef('lv.answer_id', '=', 'a.id'),
    )
    .select(['a.id', 'a.owner_id', 'a.prompt_id', 'a.opportunity_id', 'a.created_at', 'a.updated_at', 'v.text', 'v.score', 'v.number']);
}

/** The owner's answers (latest versions), optionally for one prompt and/or one opportunity; most recently edited first. */
export function listAnswersOf(db: Db, ownerId: string, filter: { promptId?: string | undefined; opportunityId?: string | undefined }) {
  let query = selectAnswers(db).where('a.owner_id', '=', ownerId);
  if (filter.promptId) query = query.where('a.prompt_id', '=', filter.promptId);
  if (filter.opportunityId) query = query.where('a.opportunity_id', '=', filter.opportunityId);
  return query.orderBy('a.updated_at', 'desc').orderBy('a.id', 'desc').execute();
}

/** One answer with its latest version by id, whoever owns it (the service checks access). */
export function findAnswer(db: Db, id: string) {
  return selectAnswers(db).where('a.id', '=', id).executeTakeFirst();
}

/** Every version of an answer, newest first. */
export function answerVersions(db: Db, answerId: string) {
  return db.kysely.selectFrom('answer_versions').selectAll().where('answer_id', '=', answerId).orderBy('number', 'desc').execute();
}

/** Stores an answer (its versions are stored apart). */
export async function insertAnswer(db: Db, row: Insertable<Database['answers']>): Promise<void> {
  await db.kysely.insertInto('answers').values(row).execute();
}

/**
 * Marks an answer edited at `now`. Run first in a new version's transaction: on PostgreSQL it locks the
 * answer's row, so two saves at once number their versions in turn.
 */
export async function touchAnswer(db: Db, id: string, now: string): Promise<void> {
  await db.kysely.updateTable('answers').set({ updated_at: now }).where('id', '=', id).execute();
}

/** The number the answer's next version takes (versions are numbered 1, 2, 3…). */
export async function nextVersionNumber(db: Db, answerId: string): Promise<number> {
  const last = await db.kysely
    .selectFrom('answer_versions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('answer_id', '=', answerId)
    .executeTakeFirst();
  return Number(last?.n ?? 0) + 1;
}

/** Stores one version of an answer. */
export async function insertAnswerVersion(db: Db, row: Insertable<Database['answer_versions']>): Promise<void> {
  await db.kysely.insertInto('answer_versions').values(row).execute();
}

/** Deletes an answer; its versions go with it (the service checked access). */
export async function deleteAnswerRow(db: Db, id: string): Promise<void> {
  await db.kysely.deleteFrom('answers').where('id', '=', id).execute();
}

/** One story by id, whoever owns it (the service checks access). */
export function findStory(db: Db, id: string) {
  return db.kysely.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores a story. */
export async function insertStory(db: Db, row: Insertable<Database['stories']>): Promise<void> {
  await db.kysely.insertInto('stories').values(row).execute();
}

/** Changes a story (the service checked access). */
export async function updateStoryRow(db: Db, id: string, changes: Updateable<Database['stories']>): Promise<void> {
  await db.kysely.updateTable('stories').set(changes).where('id', '=', id).execute();
}

/** Deletes a story (the service checked access). */
export async function deleteStoryRow(db: Db, id: string): Promise<void> {
  await db.kysely.deleteFrom('stories').where('id', '=', id).execute();
}

/** One rehearsal by id, which must exist (read back right after the service found or wrote it). */
export function getRehearsalRow(db: Db, id: string) {
  return db.kysely.selectFrom('rehearsals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Stores a rehearsal. */
export async function insertRehearsal(db: Db, row: Insertable<Database['rehearsals']>): Promise<void> {
  await db.kysely.insertInto('rehearsals').values(row).execute();
}

/** The owner's story bank, in the order the stories were written. */
export function listStoriesOf(db: Db, ownerId: string) {
  return db.kysely.selectFrom('stories').selectAll().where('owner_id', '=', ownerId).orderBy('created_at').orderBy('id').execute();
}

/** The owner's rehearsals, newest first, optionally for one prompt and/or opportunity, at most `limit`. */
export function listRehearsalsOf(
  db: Db,
  ownerId: string,
  filter: { promptId?: string | undefined; opportunityId?: string | undefined; limit: number },
) {
  let query = db.kysely.selectFrom('rehearsals').selectAll().where('owner_id', '=', ownerId);
  if (filter.promptId) query = query.where('prompt_id', '=', filter.promptId);
  if (filter.opportunityId) query = query.where('opportunity_id', '=', filter.opportunityId);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
}

/**
 * What the weakest-prompts ranking reads: the owner's rehearsals (newest first) and the scores of their answers'
 * latest versions; with an opportunity, only its own and general (untailored) ones.
 */
export async function practiceHistory(db: Db, ownerId: string, opportunityId: string | undefined) {
  let rehearsals = db.kysely
    .selectFrom('rehearsals')
    .select(['prompt_id', 'self_rating', 'score', 'finding_counts', 'created_at'])
    .where('owner_id', '=', ownerId);
  let answers = db.kysely
    .selectFrom('answers as a')
    .innerJoin('answer_versions as v', 'v.answer_id', 'a.id')
    .where('v.number', '=', (eb) =>
      eb
        .selectFrom('answer_versions as lv')
        .select((e) => e.fn.max('lv.number').as('n'))
        .whereRef('lv.answer_id', '=', 'a.id'),
    )
    .select(['a.prompt_id', 'v.score'])
    .where('a.owner_id', '=', ownerId);
  if (opportunityId !== undefined) {
    rehearsals = rehearsals.where((eb) => eb.or([eb('opportunity_id', '=', opportunityId), eb('opportunity_id', 'is', null)]));
    answers = answers.where((eb) => eb.or([eb('a.opportunity_id', '=', opportunityId), eb('a.opportunity_id', 'is', null)]));
  }
  return { rehearsals: await rehearsals.orderBy('created_at', 'desc').orderBy('id', 'desc').execute(), answers: await answers.execute() };
}
