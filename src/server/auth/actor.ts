import type { Db } from '../db/connect.js';

/** What an account may do in server mode: candidates own notebooks, coaches read what is shared, admins manage accounts. */
export { ACCOUNT_ROLES as ROLES, type AccountRole as Role } from '../../contracts/values.js';
import type { AccountRole as Role } from '../../contracts/values.js';

/** Who is asking. In local mode it is always the one local user (no role). */
export interface Actor {
  userId: string;
  /** Server mode: the signed-in account's role. Absent in local mode and for anonymous requests. */
  role?: Role;
  /** Server mode: the session the request came with (SHA-256 of its token). */
  sessionId?: string;
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

/**
 * Server mode, no session: an id that owns no row, so a public route (health, the calendar feed,
 * sign-in) that reads through `ctx` can never see anyone's data.
 */
export const ANONYMOUS_USER_ID = '00000000-0000-0000-0000-000000000000';
