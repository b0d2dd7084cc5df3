import type { Db } from '../db/connect.js';

/** Who is asking. In local mode it is always the one local user. */
export interface Actor {
  userId: string;
}

/** What every service function receives: the database and who is asking. */
export interface Ctx {
  db: Db;
  actor: Actor;
  /** The clock, injectable so tests can fix it. */
  now: () => Date;
}

/** The one local user of local mode (created by the first migration). */
export const LOCAL_USER_ID = '00000000-0000-7000-8000-000000000001';
