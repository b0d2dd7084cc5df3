import { Migrator, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../contracts/search.js';
import { uuidv7 } from '../../../core/ids.js';
import { buildApp } from '../../app.js';
import { LOCAL_USER_ID } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { MIGRATIONS, migrateToLatest } from '../../db/migrate.js';
import { rebuildSearchIndex } from './documents.js';
import { createTestDb, DIALECTS } from '../../../../test/support/db.js';
import { insertInterviewDay, insertUser, type InterviewFixture } from '../../../../test/factories.js';

const AT = '2026-03-02T09:00:00.000Z';
const MIGRATION = '0011_search_interviews';

/** Brings a database up to the migration before ours. */
async function migrateToBefore(db: Db): Promise<void> {
  const names = Object.keys(MIGRATIONS);
  const previous = names[names.indexOf(MIGRATION) - 1]!;
  const migrator = new Migrator({
    db: db.kysely as unknown as Kysely<unknown>,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
  });
  const { error } = await migrator.migrateTo(previous);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

async function insertNote(
  db: Db,
  day: InterviewFixture,
  text: string,
  extra: { interviewId?: string; deleted?: boolean; conflictOf?: string } = {},
): Promise<string> {
  const id = uuidv7();
  await db.kysely
    .insertInto('interview_notes')
    .values({
      id,
      owner_id: day.ownerId,
      interview_id: extra.interviewId ?? day.interviewId,
      conversation_id: null,
      text,
      marker: text.startsWith('!') ? 'concern' : 'plain',
      revision: 1,
      conflict_of: extra.conflictOf ?? null,
      written_at: AT,
      deleted_at: extra.deleted ? AT : null,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return id;
}

async function insertConcern(
  db: Db,
  day: InterviewFixture,
  text: string,
  howAddressed: string,
  interviewId: string | null,
): Promise<string> {
  const id = uuidv7();
  await db.kysely
    .insertInto('concerns')
    .values({
      id,
      owner_id: day.ownerId,
      opportunity_id: day.opportunityId,
      interview_id: interviewId,
      conversation_id: null,
      note_id: null,
      raised_by_person_id: null,
      text,
      status: howAddressed ? 'addressed' : 'open',
      how_addressed: howAddressed,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return id;
}

async function insertInterview(
  db: Db,
  day: InterviewFixture,
  row: { kind: string; title: string; location: string; deleted?: boolean },
): Promise<string> {
  const id = uuidv7();
  await db.kysely
    .insertInto('interviews')
    .values({
      id,
      owner_id: day.ownerId,
      opportunity_id: day.opportunityId,
      kind: row.kind,
      title: row.title,
      starts_at: AT,
      time_zone: 'UTC',
      duration_minutes: 45,
      location: row.location,
      checklist: '[]',
      deleted_at: row.deleted ? AT : null,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return id;
}

describe.each(DIALECTS)('the search back-fill migration on %s', (dialect) => {
  let db: Db;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const made: Record<string, string> = {};
  beforeAll(async () => {
    db = await createTestDb(dialect, { migrate: false });
    await migrateToBefore(db);
    const day = await insertInterviewDay(db);
    made.panel = day.interviewId;
    made.video = await insertInterview(db, day, { kind: 'video', title: '', location: 'Room 4 on the mezzanine' });
    made.gone = await insertInterview(db, day, { kind: 'phone', title: 'Gecko screen', location: '', deleted: true });
    made.note = await insertNote(db, day, 'They run Kubernetes everywhere');
    made.copy = await insertNote(db, day, 'They run Kubernetes on bare metal', { conflictOf: made.note });
    made.deletedNote = await insertNote(db, day, 'Forgotten gecko remark', { deleted: true });
    made.hiddenNote = await insertNote(db, day, 'Gecko in the hidden interview', { interviewId: made.gone });
    made.direct = await insertConcern(db, day, 'Salary band looks low', 'They shared the full band later', null);
    made.raised = await insertConcern(db, day, 'Long commute', '', made.video);
    made.hiddenConcern = await insertConcern(db, day, 'Gecko-sized worry', '', made.gone);
    const other = await insertInterviewDay(db, await insertUser(db));
    made.theirNote = await insertNote(db, other, 'Their Kubernetes secrets');

    await migrateToLatest(db.kysely);
    app = await buildApp({ db, logLevel: 'silent', webDir: '/nonexistent' });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const search = async (q: string) => {
    const res = await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}` });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: SearchHit[] }>().items;
  };
  const ids = async (q: string) => (await search(q)).map((h) => h.id).sort();

  it('indexes the interviews, notes and concerns that were there before', async () => {
    expect(await ids('kubernetes')).toEqual([made.note, made.copy].sort());
    expect((await search('panel'))[0]).toMatchObject({ kind: 'interview', id: made.panel, interviewId: made.panel });
    expect((await search('mezzanine'))[0]).toMatchObject({
      kind: 'interview',
      id: made.video,
      title: expect.stringMatching(/^Video interview at /),
    });
    expect((await search('band'))[0]).toMatchObject({ kind: 'concern', id: made.direct });
    expect(await ids('shared')).toEqual([made.direct]);
    expect(await ids('commute')).toEqual([made.raised]);
  });

  it('leaves out deleted notes, soft-deleted interviews and what was said in them', async () => {
    expect(await search('gecko')).toEqual([]);
    const stored = await db.kysely
      .selectFrom('search_documents')
      .select('ref_id')
      .where('ref_id', 'in', [made.gone!, made.deletedNote!, made.hiddenNote!, made.hiddenConcern!])
      .execute();
    expect(stored).toEqual([]);
  });

  it("indexes another owner's notes for them alone", async () => {
    const row = await db.kysely
      .selectFrom('search_documents')
      .select('owner_id')
      .where('ref_id', '=', made.theirNote!)
      .executeTakeFirstOrThrow();
    expect(row.owner_id).not.toBe(LOCAL_USER_ID);
    expect(await ids('secrets')).toEqual([]);
  });

  it('writes exactly the documents the services write', async () => {
    const documents = () =>
      db.kysely
        .selectFrom('search_documents')
        .select(['owner_id', 'kind', 'ref_id', 'opportunity_id', 'employer_id', 'title', 'body'])
        .where('kind', 'in', ['interview', 'note', 'concern'])
        .orderBy('kind')
        .orderBy('ref_id')
        .execute();
    const migrated = await documents();
    expect(migrated).toHaveLength(8);
    const owners = await db.kysely.selectFrom('users').select('id').execute();
    for (const { id } of owners) await rebuildSearchIndex(db, id);
    expect(await documents()).toEqual(migrated);
  });
});
