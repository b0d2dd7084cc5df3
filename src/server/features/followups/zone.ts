import { localDate } from '../../../core/dates.js';
import { isValidTimeZone } from '../../../core/followup/zoned-time.js';
import { AppError } from '../../errors.js';

/** The machine's own zone: Offerbook runs on the user's computer, so it is the user's zone by default. */
export function serverTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
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
