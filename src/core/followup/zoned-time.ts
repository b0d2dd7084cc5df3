/**
 * Wall-clock ↔ instant conversion for IANA time zones using only `Intl.DateTimeFormat`, so it runs
 * identically in the browser, the server and the CLI. Offsets are cached per zone and quarter hour:
 * every real-world offset change happens on a quarter-hour boundary, so the cache never lies.
 */

const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 900_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function computeOffset(instantMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** Milliseconds to add to a UTC instant to get the wall-clock time in `timeZone` at that instant. */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const bucket = Math.floor(instantMs / QUARTER_HOUR_MS);
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  let offset = zone.get(bucket);
  if (offset === undefined) {
    if (zone.size > 20_000) zone.clear();
    offset = computeOffset(bucket * QUARTER_HOUR_MS, timeZone);
    zone.set(bucket, offset);
  }
  return offset;
}

/** True when `timeZone` is an IANA name this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (integer arithmetic: no Date objects in hot loops). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** `YYYY-MM-DD` of a day number (inverse of `daysFromCivil`). */
function civilFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

function timeOfDay(msOfDay: number): string {
  const minutes = Math.floor(msOfDay / 60_000);
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** The same text as `Date.prototype.toISOString` for years 0–9999, without allocating a Date. */
export function toIsoUtc(instantMs: number): string {
  const day = Math.floor(instantMs / DAY_MS);
  const rest = instantMs - day * DAY_MS;
  const ms = rest % 1000;
  const seconds = Math.floor(rest / 1000) % 60;
  return `${civilFromDays(day)}T${timeOfDay(rest)}:${pad2(seconds)}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}

/** The local calendar date and time (`YYYY-MM-DD`, `HH:mm`) of an instant in a time zone. */
export function utcToZonedDateTime(instant: Date | string | number, timeZone: string): { date: string; time: string } {
  const ms = typeof instant === 'number' ? instant : new Date(instant).getTime();
  const local = ms + zoneOffsetMs(ms, timeZone);
  const day = Math.floor(local / DAY_MS);
  return { date: civilFromDays(day), time: timeOfDay(local - day * DAY_MS) };
}

/** The local calendar date (`YYYY-MM-DD`) of an instant in a time zone. */
export function utcToZonedDate(instant: Date | string | number, timeZone: string): string {
  return utcToZonedDateTime(instant, timeZone).date;
}

/**
 * The instant at which the wall clock in `timeZone` shows `localDate` `localTime` (`HH:mm`).
 * A time skipped by a daylight-saving jump resolves to the same clock reading after the jump
 * (02:30 on a spring-forward night becomes 03:30); a repeated time resolves to its first occurrence.
 */
export function zonedDateTimeToUtc(localDate: string, localTime: string, timeZone: string): Date {
  const hh = Number(localTime.slice(0, 2));
  const mm = Number(localTime.slice(3, 5));
  const wall = dayNumber(localDate) * DAY_MS + (hh * 60 + mm) * 60_000;
  const before = zoneOffsetMs(wall - DAY_MS / 2, timeZone);
  const after = zoneOffsetMs(wall + DAY_MS / 2, timeZone);
  // Try the earlier offset first so a repeated hour picks its first occurrence.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = wall - offset;
    if (candidate + zoneOffsetMs(candidate, timeZone) === wall) return new Date(candidate);
  }
  // The wall time does not exist (a spring-forward gap): move it forward by the jump.
  return new Date(wall - before);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (parsed by hand: this runs in hot loops). */
export function dayNumber(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

const fromDayNumber = civilFromDays;

/** Adds whole calendar days to a `YYYY-MM-DD` date. */
export function addCalendarDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Day of the week of a `YYYY-MM-DD` date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** Which days count as working days: weekday numbers that are weekend, and holiday dates. */
export interface WorkingCalendar {
  weekendDays: readonly number[];
  holidays: ReadonlySet<string>;
}

function isBusinessDayNumber(day: number, calendar: WorkingCalendar): boolean {
  if (calendar.weekendDays.includes((((day + 4) % 7) + 7) % 7)) return false;
  return calendar.holidays.size === 0 || !calendar.holidays.has(fromDayNumber(day));
}

/** True when `date` is neither a weekend day nor a holiday. */
export function isBusinessDay(date: string, calendar: WorkingCalendar): boolean {
  return isBusinessDayNumber(dayNumber(date), calendar);
}

/** The date `count` business days after `date` (count ≥ 1; `date` itself never counts). */
export function addBusinessDays(date: string, count: number, calendar: WorkingCalendar): string {
  let day = dayNumber(date);
  let left = Math.max(1, count);
  // A calendar where every day is a weekend would never end; give up after a generous bound.
  for (let guard = 0; left > 0 && guard < 3660; guard++) {
    day++;
    if (isBusinessDayNumber(day, calendar)) left--;
  }
  return fromDayNumber(day);
}
