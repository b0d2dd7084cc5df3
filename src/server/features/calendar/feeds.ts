import { createHash, randomBytes } from 'node:crypto';
import type { CalendarFeed } from '../../../contracts/calendar.js';
import { uuidv7 } from '../../../core/ids.js';
import { requireOwned } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { notFound } from '../../errors.js';
import { feedById, feedByTokenHash, insertFeed, liveFeedRows, markFeedRevoked, revokeLiveFeeds } from './repository.js';

/** A feed token: 32 random bytes in base64url (43 characters, no padding). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The SHA-256 of a token, hex: the only form in which a token is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The path of a feed on this server. */
export function feedPath(token: string, timeZone?: string): string {
  return `/calendar/${token}.ics${timeZone ? `?tz=${encodeURIComponent(timeZone)}` : ''}`;
}

/** Makes a feed with a fresh secret token; the token is answered this once and only its hash is kept. */
export async function createFeed(ctx: Ctx): Promise<{ feed: CalendarFeed; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const feed = { id: uuidv7(), createdAt: ctx.now().toISOString() };
  await insertFeed(ctx.db, ctx.actor.userId, { id: feed.id, tokenHash: hashToken(token), createdAt: feed.createdAt });
  return { feed, token };
}

/** The actor's feeds that still work, newest first. */
export async function listFeeds(ctx: Ctx): Promise<CalendarFeed[]> {
  const rows = await liveFeedRows(ctx.db, ctx.actor.userId);
  return rows.map((r) => ({ id: r.id, createdAt: r.created_at }));
}

/** Revokes a feed: its URL answers 404 from now on. A feed already revoked is not found. */
export async function revokeFeed(ctx: Ctx, id: string): Promise<void> {
  const row = requireOwned(ctx.actor, await feedById(ctx.db, id), 'Calendar feed');
  if (row.revoked_at) throw notFound('Calendar feed');
  await markFeedRevoked(ctx.db, id, ctx.now().toISOString());
}

/** Whose calendar a token opens; null for malformed, unknown or revoked tokens, and while the account is disabled. */
export async function feedOwner(db: Db, token: string): Promise<string | null> {
  if (!TOKEN.test(token)) return null;
  const row = await feedByTokenHash(db, hashToken(token));
  return row && !row.revoked_at && !row.disabled_at ? row.owner_id : null;
}

/** Revokes every feed of an account (signed out everywhere, password reset or changed); answers how many. */
export async function revokeAllFeeds(db: Db, ownerId: string, now: Date): Promise<number> {
  return revokeLiveFeeds(db, ownerId, now.toISOString());
}
