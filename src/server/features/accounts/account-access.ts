import { forgetDevices } from '../../auth/sign-in-limits.js';
import { revokeAllSessions } from '../../auth/sessions.js';
import type { Db } from '../../db/connect.js';
import { revokeAllFeeds } from '../calendar/feeds.js';
import { markResetLinksUsed } from './repository-links.js';

/** What ended when an account's access was cut. */
export interface EndedAccess {
  sessions: number;
  feeds: number;
  resetLinks: number;
}

/**
 * Everything that lets someone in as the account follows the account (issue #14): signing out
 * everywhere, a password reset or change end its sessions (but the one named), revoke its calendar
 * feeds and every outstanding reset link (but the one being used), and — when the password changed
 * — forget the browsers it signed in from. `db` must see the account's rows: its own request
 * connection, or an unscoped one.
 */
export async function endAccess(
  db: Db,
  userId: string,
  now: Date,
  options: { exceptSessionId?: string; exceptResetId?: string; forgetBrowsers?: boolean } = {},
): Promise<EndedAccess> {
  const sessions = await revokeAllSessions(db, userId, now, options.exceptSessionId);
  const feeds = await revokeAllFeeds(db, userId, now);
  const resetLinks = await revokeResetLinks(db, userId, now, options.exceptResetId);
  if (options.forgetBrowsers) await forgetDevices(db, userId);
  return { sessions, feeds, resetLinks };
}

/** Marks every unused reset link of the account used (but one); answers how many. */
export async function revokeResetLinks(db: Db, userId: string, now: Date, exceptId?: string): Promise<number> {
  return markResetLinksUsed(db, userId, now.toISOString(), exceptId);
}
