import type { Db } from '../../db/connect.js';

/** Answers joined with their latest version: version numbers are 1, 2, 3… so the latest is the highest. */
export function selectAnswers(db: Db) {
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
