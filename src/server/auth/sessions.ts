import type { Db } from '../db/connect.js';
import { ROLES, type Role } from './actor.js';
import { hashToken, newToken } from './tokens.js';

/** The HttpOnly cookie holding the session token. */
export const SESSION_COOKIE = 'ob_session';
/** The cookie scripts read to send the CSRF token back in the `x-csrf-token` header. */
export const CSRF_COOKIE = 'ob_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const DAY = 24 * 3600 * 1000;
/** A session unused this long ends (sliding expiry). */
export const SESSION_IDLE_MS = 14 * DAY;
/** And no session lives longer than this, however often it is used. */
export const SESSION_MAX_MS = 90 * DAY;
/** Sliding expiry is written at most this often per session, not on every request. */
export const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** The signed-in account behind a valid session. */
export interface SessionUser {
  sessionId: string;
  userId: string;
  role: Role;
  email: string;
  displayName: string;
  expiresAt: string;
}

function expiryFrom(createdAt: Date, seenAt: Date): Date {
  return new Date(Math.min(seenAt.getTime() + SESSION_IDLE_MS, createdAt.getTime() + SESSION_MAX_MS));
}

/** The CSRF token of a session: derived from its secret token, so only its holder can know it. */
export function csrfTokenFor(sessionToken: string): string {
  return hashToken(`csrf:${sessionToken}`);
}

/** Starts a session; answers the token for the cookie (only its hash is stored). */
export async function createSession(
  db: Db,
  userId: string,
  now: Date,
  client: { userAgent?: string | null; ip?: string | null },
): Promise<{ token: string; id: string; expiresAt: string }> {
  const token = newToken();
  const id = hashToken(token);
  const expiresAt = expiryFrom(now, now).toISOString();
  await db.kysely
    .insertInto('sessions')
    .values({
      id,
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt,
      revoked_at: null,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
      ip: client.ip ?? null,
    })
    .execute();
  return { token, id, expiresAt };
}

/**
 * The account behind a session token, or null when the token is unknown, revoked, expired or the
 * account disabled. Read from the database every time, so a revocation holds on every instance at once.
 * Slides the expiry forward (at most every few minutes).
 */
export async function resolveSession(db: Db, token: string, now: Date): Promise<(SessionUser & { touched: boolean }) | null> {
  if (token.length < 20 || token.length > 100) return null;
  const id = hashToken(token);
  const row = await db.kysely
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.user_id',
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      's.revoked_at',
      'u.role',
      'u.email',
      'u.display_name',
      'u.disabled_at',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  const at = now.toISOString();
  if (!row || row.revoked_at || row.expires_at <= at || row.disabled_at || !row.email) return null;
  const role = (ROLES as readonly string[]).includes(row.role) ? (row.role as Role) : 'candidate';
  let expiresAt = row.expires_at;
  let touched = false;
  if (now.getTime() - Date.parse(row.last_seen_at) >= TOUCH_EVERY_MS) {
    expiresAt = expiryFrom(new Date(row.created_at), now).toISOString();
    await db.kysely.updateTable('sessions').set({ last_seen_at: at, expires_at: expiresAt }).where('id', '=', id).execute();
    touched = true;
  }
  return { sessionId: id, userId: row.user_id, role, email: row.email, displayName: row.display_name, expiresAt, touched };
}

/** Ends one session of a user; false when it is not theirs or already ended. */
export async function revokeSession(db: Db, userId: string, sessionId: string, now: Date): Promise<boolean> {
  const result = await db.kysely
    .updateTable('sessions')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Ends every session of a user (but one, when given); answers how many ended. */
export async function revokeAllSessions(db: Db, userId: string, now: Date, exceptId?: string): Promise<number> {
  let query = db.kysely
    .updateTable('sessions')
    .set({ revoked_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A user's sessions that still work, newest first. */
export function listActiveSessions(db: Db, userId: string, now: Date) {
  return db.kysely
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'user_agent', 'ip'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .orderBy('last_seen_at', 'desc')
    .orderBy('id')
    .execute();
}
