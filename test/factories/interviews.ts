/**
 * Builders for interview-day rows (0006/0008 tables): interviews with their conversations, note lines and
 * concerns. Tests of features that only read these write them here rather than through the interviews API.
 */
import type { Insertable } from 'kysely';
import { uuidv7 } from '../../src/core/ids.js';
import { LOCAL_USER_ID } from '../../src/server/auth/actor.js';
import type { Db } from '../../src/server/db/connect.js';
import type { Database } from '../../src/server/db/schema.js';
import { STAMP } from './opportunities.js';

type Row<T extends keyof Database> = Insertable<Database[T]>;

/** A one-hour video interview on 3 March 2026, in New York time. */
export function newInterview(overrides: Pick<Row<'interviews'>, 'opportunity_id'> & Partial<Row<'interviews'>>): Row<'interviews'> {
  return {
    id: uuidv7(),
    owner_id: LOCAL_USER_ID,
    kind: 'video',
    title: '',
    starts_at: '2026-03-03T14:00:00.000Z',
    time_zone: 'America/New_York',
    duration_minutes: 60,
    location: '',
    checklist: '[]',
    deleted_at: null,
    created_at: STAMP,
    updated_at: STAMP,
    ...overrides,
  };
}

/** A conversation of an interview, first in its order unless told. */
export function newConversation(
  overrides: Pick<Row<'conversations'>, 'interview_id' | 'starts_at'> & Partial<Row<'conversations'>>,
): Row<'conversations'> {
  return {
    id: uuidv7(),
    owner_id: LOCAL_USER_ID,
    duration_minutes: 60,
    topic: '',
    position: 0,
    created_at: STAMP,
    updated_at: STAMP,
    ...overrides,
  };
}

/** What `insertInterview` takes: the interview's fields in the API's words, and its conversations. */
export interface InterviewSeed {
  id?: string;
  ownerId?: string;
  opportunityId: string;
  kind?: 'phone' | 'video' | 'onsite';
  title?: string;
  startsAt: string;
  timeZone?: string;
  durationMinutes?: number;
  location?: string;
  checklist?: { id: string; label: string; done: boolean }[];
  deletedAt?: string | null;
  /** In order; without them, one conversation spanning the interview and nobody in it. */
  conversations?: { startsAt: string; durationMinutes: number; topic?: string; personIds?: string[] }[];
}

/** Writes an interview with its conversations and who was in each; answers the interview's and conversations' ids. */
export async function insertInterview(db: Db, seed: InterviewSeed): Promise<{ id: string; conversationIds: string[] }> {
  const row = newInterview({
    opportunity_id: seed.opportunityId,
    starts_at: new Date(seed.startsAt).toISOString(),
    ...(seed.id && { id: seed.id }),
    ...(seed.ownerId && { owner_id: seed.ownerId }),
    ...(seed.kind && { kind: seed.kind }),
    ...(seed.title !== undefined && { title: seed.title }),
    ...(seed.timeZone && { time_zone: seed.timeZone }),
    ...(seed.durationMinutes !== undefined && { duration_minutes: seed.durationMinutes }),
    ...(seed.location !== undefined && { location: seed.location }),
    ...(seed.checklist && { checklist: JSON.stringify(seed.checklist) }),
    ...(seed.deletedAt !== undefined && { deleted_at: seed.deletedAt }),
  });
  await db.kysely.insertInto('interviews').values(row).execute();
  const conversations = seed.conversations ?? [{ startsAt: seed.startsAt, durationMinutes: row.duration_minutes }];
  const conversationIds: string[] = [];
  for (const [position, c] of conversations.entries()) {
    const conversation = newConversation({
      owner_id: row.owner_id,
      interview_id: row.id,
      starts_at: new Date(c.startsAt).toISOString(),
      duration_minutes: c.durationMinutes,
      topic: c.topic ?? '',
      position,
    });
    conversationIds.push(conversation.id);
    await db.kysely.insertInto('conversations').values(conversation).execute();
    for (const [i, personId] of (c.personIds ?? []).entries()) {
      await db.kysely
        .insertInto('conversation_people')
        .values({ id: uuidv7(), owner_id: row.owner_id, conversation_id: conversation.id, person_id: personId, position: i })
        .execute();
    }
  }
  return { id: row.id, conversationIds };
}

/** A plain note line taken during an interview, outside any conversation unless told. */
export function newNote(overrides: Pick<Row<'interview_notes'>, 'interview_id'> & Partial<Row<'interview_notes'>>): Row<'interview_notes'> {
  return {
    id: uuidv7(),
    owner_id: LOCAL_USER_ID,
    conversation_id: null,
    text: 'Asked how we would shard the events table',
    marker: 'plain',
    revision: 1,
    conflict_of: null,
    written_at: STAMP,
    deleted_at: null,
    created_at: STAMP,
    updated_at: STAMP,
    ...overrides,
  };
}

/** Writes a note line; answers its id. */
export async function insertNote(
  db: Db,
  input: { interviewId: string; conversationId: string | null; text: string; marker?: string; writtenAt?: string },
): Promise<string> {
  const row = newNote({
    interview_id: input.interviewId,
    conversation_id: input.conversationId,
    text: input.text,
    ...(input.marker && { marker: input.marker }),
    ...(input.writtenAt && { written_at: input.writtenAt }),
  });
  await db.kysely.insertInto('interview_notes').values(row).execute();
  return row.id;
}

/** An open concern the employer raised about the opportunity, tied to no interview unless told. */
export function newConcern(overrides: Pick<Row<'concerns'>, 'opportunity_id'> & Partial<Row<'concerns'>>): Row<'concerns'> {
  return {
    id: uuidv7(),
    owner_id: LOCAL_USER_ID,
    interview_id: null,
    conversation_id: null,
    note_id: null,
    raised_by_person_id: null,
    text: 'Limited Kubernetes experience',
    status: 'open',
    how_addressed: '',
    created_at: STAMP,
    updated_at: STAMP,
    ...overrides,
  };
}

/** Writes a concern; answers its id. */
export async function insertConcern(
  db: Db,
  input: { opportunityId: string; interviewId?: string | null; raisedBy: string | null; text: string; status?: 'open' | 'addressed' },
): Promise<string> {
  const row = newConcern({
    opportunity_id: input.opportunityId,
    interview_id: input.interviewId ?? null,
    raised_by_person_id: input.raisedBy,
    text: input.text,
    ...(input.status && { status: input.status }),
  });
  await db.kysely.insertInto('concerns').values(row).execute();
  return row.id;
}
