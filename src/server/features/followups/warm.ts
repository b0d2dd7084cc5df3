import { setTimeout as sleep } from 'node:timers/promises';
import { localDate } from '../../../core/dates.js';
import { LOCAL_USER_ID, type Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { nextActionsCacheFor } from './next-actions.js';
import { serverTimeZone } from './zone.js';

/** How long after listening the local user's data is read (after the first requests of a page load). */
export const WARM_DELAY_MS = 300;

/**
 * Local mode: reads the one user's next-actions data in the background shortly after the server
 * starts, so the first dashboard or `/next` request only ranks it (a few milliseconds) instead of
 * reading every part first. A later change re-reads only the tables it touched, as always. Server
 * mode does not warm: each account's data is read on its own first request. Errors are ignored (the
 * request that needs the list reads it again and reports them).
 */
export async function warmNextActions(db: Db, delayMs = WARM_DELAY_MS): Promise<void> {
  // The timer never keeps the process alive on its own.
  await sleep(delayMs, undefined, { ref: false });
  const ctx: Ctx = { db, actor: { userId: LOCAL_USER_ID }, now: () => new Date() };
  const zone = serverTimeZone();
  try {
    await nextActionsCacheFor(ctx).get(ctx, localDate(ctx.now(), zone), zone);
  } catch {
    // The request that needs the list reports the problem.
  }
}
