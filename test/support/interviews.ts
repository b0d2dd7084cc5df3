import { uuidv7 } from '../../src/core/ids.js';
import { LOCAL_USER_ID } from '../../src/server/auth/actor.js';
import type { Db } from '../../src/server/db/connect.js';

/** What a stored interview needs for tests that read interviews (calendar, prep plans). */
export interface InterviewSeed {
  id?: string;
  opportunityId: string;
  kind?: 'phone' | 'video' | 'onsite';
  title?: string;
  startsAt: string;
  timeZone?: string;
  durationMinutes?: number;
  location?: string;
  checklist?: { id: string; label: string; done: boolean }[];
  deletedAt?: string | null;
  ownerId?: string;
  conversations?: { startsAt: string; durationMinutes: number; topic?: string; personIds?: string[] }[];
}

/**
 * Stores an interview with its conversations straight in the tables (0006_interviews), as the interviews feature
 * would: the tests of features that only read interviews then do not depend on that feature's API.
 */
export async function seedInterview(db: Db, seed: InterviewSeed): Promise<string> {
  const id = seed.id ?? uuidv7();
  const owner = seed.ownerId ?? LOCAL_USER_ID;
  const now = '2026-01-01T00:00:00.000Z';
  const duration = seed.durationMinutes ?? 60;
  await db.kysely
    .insertInto('interviews')
    .values({
      id,
      owner_id: owner,
      opportunity_id: seed.opportunityId,
      kind: seed.kind ?? 'video',
      title: seed.title ?? '',
      starts_at: new Date(seed.startsAt).toISOString(),
      time_zone: seed.timeZone ?? 'America/New_York',
      duration_minutes: duration,
      location: seed.location ?? '',
      checklist: JSON.stringify(seed.checklist ?? []),
      deleted_at: seed.deletedAt ?? null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const conversations = seed.conversations ?? [{ startsAt: seed.startsAt, durationMinutes: duration }];
  for (const [position, c] of conversations.entries()) {
    const conversationId = uuidv7();
    await db.kysely
      .insertInto('conversations')
      .values({
        id: conversationId,
        owner_id: owner,
        interview_id: id,
        starts_at: new Date(c.startsAt).toISOString(),
        duration_minutes: c.durationMinutes,
        topic: c.topic ?? '',
        position,
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (const [i, personId] of (c.personIds ?? []).entries()) {
      await db.kysely
        .insertInto('conversation_people')
        .values({ id: uuidv7(), owner_id: owner, conversation_id: conversationId, person_id: personId, position: i })
        .execute();
    }
  }
  return id;
}
