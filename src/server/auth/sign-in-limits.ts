import type { Db } from '../db/connect.js';
import { countAttempt, LIMITS, passGate, readCount, RateLimitedError, uncount, type Counted } from './rate-limit.js';
import { hashToken, newToken } from './tokens.js';

/**
 * How sign-in attempts are limited (server mode; SECURITY.md explains the design).
 *
 * Every attempt is counted before the password is checked, with atomic upserts, so attempts sent
 * all at once cannot outrun a limit; a successful attempt gives its counts back.
 *
 * - From a browser the account already signed in from (the `ob_device` cookie): 10 attempts per
 *   15 minutes for that browser, and nothing else applies. A stranger's failures never slow it.
 * - From anywhere else:
 *   - one address and one account: 10 attempts per 15 minutes (then 429 for that pair only);
 *   - one address: 50 distinct accounts per 15 minutes (credential stuffing), so one person
 *     mistyping behind a campus NAT does not block everyone behind it;
 *   - one account, all addresses: after 10 failures in the window, attempts are spaced out by an
 *     exponential back-off (1 s, 2 s, 4 s … up to 15 minutes): slowed, never shut.
 */

/** The cookie that marks a browser an account has signed in from. */
export const DEVICE_COOKIE = 'ob_device';
/** A known browser is remembered this long after its last sign-in. */
export const DEVICE_MAX_AGE_MS = 365 * 24 * 3600 * 1000;

/** The wait after an attempt once an account has `failures` failures in the window. */
export function backoffMs(failures: number): number {
  const over = Math.max(0, failures - LIMITS.account.max);
  return Math.min(1000 * 2 ** Math.min(over, 30), LIMITS.account.windowMs);
}

/** Whether the device cookie names a browser this account signed in from; its id when it does. */
export async function knownDevice(db: Db, userId: string | undefined, token: string | null): Promise<string | null> {
  if (!userId || !token || token.length < 20 || token.length > 100) return null;
  const id = hashToken(token);
  const row = await db.kysely
    .selectFrom('known_devices')
    .select('id')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? row.id : null;
}

/** After a successful sign-in: remembers this browser; answers a new cookie token, or null when it was known. */
export async function rememberDevice(db: Db, userId: string, deviceId: string | null, now: Date): Promise<string | null> {
  const at = now.toISOString();
  if (deviceId) {
    await db.kysely.updateTable('known_devices').set({ last_used_at: at }).where('id', '=', deviceId).execute();
    return null;
  }
  const token = newToken();
  await db.kysely
    .insertInto('known_devices')
    .values({ id: hashToken(token), user_id: userId, created_at: at, last_used_at: at })
    .execute();
  // Now and then, forget browsers not seen for a year.
  if (Math.random() < 0.02)
    await db.kysely
      .deleteFrom('known_devices')
      .where('last_used_at', '<', new Date(now.getTime() - DEVICE_MAX_AGE_MS).toISOString())
      .execute();
  return token;
}

/** Forgets every browser of an account (its password was reset or changed). */
export async function forgetDevices(db: Db, userId: string): Promise<void> {
  await db.kysely.deleteFrom('known_devices').where('user_id', '=', userId).execute();
}

/** The counts one attempt took, to give back if it succeeds. */
export interface Reservation {
  counted: Counted[];
}

/** Counts one sign-in attempt before the password is checked; throws RateLimitedError when it may not go ahead. */
export async function reserveSignIn(
  db: Db,
  now: Date,
  who: { email: string; ip: string | null; deviceId: string | null },
): Promise<Reservation> {
  const counted: Counted[] = [];
  const count = async (key: string, limit: { max: number; windowMs: number }) => {
    const c = await countAttempt(db, key, now, limit);
    counted.push(c);
    if (c.count > limit.max) throw new RateLimitedError(c.retryAfterSeconds);
    return c;
  };
  if (who.deviceId) {
    await count(`login:device:${who.deviceId}`, LIMITS.account);
    return { counted };
  }
  const ip = who.ip ?? '?';
  const pair = await count(`login:pair:${ip}|${who.email}`, LIMITS.account);
  if (pair.count === 1) await count(`login:ip:${ip}`, LIMITS.ip);
  else if ((await readCount(db, `login:ip:${ip}`, now, LIMITS.ip)) > LIMITS.ip.max) throw new RateLimitedError(pair.retryAfterSeconds);
  // The account's count is taken first (atomic), so of attempts sent at once only the first `max`
  // are within the limit; past it, one at a time through a gate that then waits twice as long as before.
  const account = await countAttempt(db, `login:account:${who.email}`, now, LIMITS.account);
  if (account.count > LIMITS.account.max) {
    // Each pass through the gate doubles the next wait; only one attempt passes at a time, so the count of passes is exact.
    const passes = await readCount(db, `login:gate-passes:${who.email}`, now, LIMITS.account);
    try {
      await passGate(db, `login:gate:${who.email}`, now, LIMITS.account, backoffMs(LIMITS.account.max + passes));
    } catch (err) {
      await uncount(db, account); // turned away at the gate: not an attempt on the password
      throw err;
    }
    await countAttempt(db, `login:gate-passes:${who.email}`, now, LIMITS.account);
  }
  counted.push(account);
  return { counted };
}

/** Gives back what a successful attempt counted: only failures stay on the counters. */
export async function refundSignIn(db: Db, reservation: Reservation): Promise<void> {
  for (const c of reservation.counted) await uncount(db, c);
}
