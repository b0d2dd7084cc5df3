/** Calendar-date helpers on `YYYY-MM-DD` strings: no time zone, no clock read. */

const DAY_MS = 86_400_000;

function toUtcDays(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toUtcDays(to) - toUtcDays(from);
}

/** The calendar date of an instant in a time zone (IANA name), as `YYYY-MM-DD`. */
export function localDate(instant: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Adds whole days to a calendar date. */
export function addDays(date: string, days: number): string {
  return new Date((toUtcDays(date) + days) * DAY_MS).toISOString().slice(0, 10);
}
