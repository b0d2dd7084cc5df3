import { localDate } from '../../../core/dates.js';
import { isValidTimeZone } from '../../../core/followup/zoned-time.js';
import { AppError } from '../../errors.js';

/** How long the machine's zone is remembered: asking Intl costs ~50 µs, a fifth of a dashboard request. */
const ZONE_TTL_MS = 60_000;
let known: { zone: string; until: number } | undefined;

/**
 * The machine's own zone: Offerbook runs on the user's computer, so it is the user's zone by default.
 * Read again at most once a minute, so a laptop that travels picks up its new zone.
 */
export function serverTimeZone(nowMs: number = Date.now()): string {
  if (known && nowMs < known.until) return known.zone;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  known = { zone: zone && isValidTimeZone(zone) ? zone : 'UTC', until: nowMs + ZONE_TTL_MS };
  return known.zone;
}

/** The zone a request names (400 naming `timeZone` when the platform does not know it), else the machine's. */
export function requestTimeZone(timeZone: string | undefined): string {
  if (timeZone === undefined) return serverTimeZone();
  if (!isValidTimeZone(timeZone)) throw new AppError('validation', 'timeZone is not a time zone this system knows', { field: 'timeZone' });
  return timeZone;
}

/** The user's calendar day: the one the client sent, else today in their zone. */
export function requestToday(today: string | undefined, timeZone: string, now: Date): string {
  return today ?? localDate(now, timeZone);
}
