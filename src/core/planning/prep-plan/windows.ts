import { addCalendarDays, utcToZonedDateTime, zonedDateTimeToUtc } from '../../followup/zoned-time.js';

const MIN_MS = 60_000;

/** Local clock times that frame the plan: nobody should be rehearsing at 2 a.m. */
export const PREP_CLOCK = {
  bedtime: '22:30',
  wakeUp: '07:00',
  sleepMinutes: 480,
  /** The least sleep worth protecting before an interview. */
  minSleepMinutes: 240,
  /** Evening session start and length when the interview is days away. */
  sessionStart: '18:00',
  sessionMinutes: 120,
  /** How far back a long plan starts: a week of steady work beats a month of dread. */
  horizonDays: 7,
} as const;

/** A span of time free for preparation. */
export interface Segment {
  startMs: number;
  endMs: number;
}

/** The night before the interview, when sleep should be protected; null when none falls inside the plan. */
export function lastNight(nowMs: number, prepEndMs: number, startMs: number, timeZone: string): (Segment & { bedMs: number }) | null {
  const startLocal = utcToZonedDateTime(startMs, timeZone);
  const bed = zonedDateTimeToUtc(addCalendarDays(startLocal.date, -1), PREP_CLOCK.bedtime, timeZone).getTime();
  const sleepStart = Math.max(bed, nowMs + 30 * MIN_MS);
  // Wake with half an hour to get ready before the travel/settle buffer.
  const wake = Math.min(bed + PREP_CLOCK.sleepMinutes * MIN_MS, prepEndMs - 30 * MIN_MS);
  if (wake - sleepStart < PREP_CLOCK.minSleepMinutes * MIN_MS) return null;
  return { startMs: sleepStart, endMs: wake, bedMs: bed };
}

/** Splits [from, to) around local nights (bedtime to wake-up), leaving the awake parts. */
export function awakeSegments(fromMs: number, toMs: number, timeZone: string): Segment[] {
  const out: Segment[] = [];
  let date = utcToZonedDateTime(fromMs, timeZone).date;
  let cursor = fromMs;
  for (let guard = 0; cursor < toMs && guard < 400; guard++) {
    const wake = zonedDateTimeToUtc(date, PREP_CLOCK.wakeUp, timeZone).getTime();
    const bed = zonedDateTimeToUtc(date, PREP_CLOCK.bedtime, timeZone).getTime();
    const start = Math.max(cursor, wake);
    const end = Math.min(toMs, bed);
    if (end > start) out.push({ startMs: start, endMs: end });
    cursor = Math.max(cursor, bed);
    date = addCalendarDays(date, 1);
  }
  return out;
}

/** Evening sessions on each day of the last week, plus a short morning slot on the day itself. */
export function weekSessions(nowMs: number, prepEndMs: number, timeZone: string): Segment[] {
  const from = Math.max(nowMs, prepEndMs - PREP_CLOCK.horizonDays * 1440 * MIN_MS);
  const out: Segment[] = [];
  let date = utcToZonedDateTime(from, timeZone).date;
  const lastDate = utcToZonedDateTime(prepEndMs, timeZone).date;
  for (let guard = 0; date < lastDate && guard < 30; guard++) {
    const sessionStart = zonedDateTimeToUtc(date, PREP_CLOCK.sessionStart, timeZone).getTime();
    const bed = zonedDateTimeToUtc(date, PREP_CLOCK.bedtime, timeZone).getTime();
    const start = Math.max(from, sessionStart);
    const end = Math.min(sessionStart + PREP_CLOCK.sessionMinutes * MIN_MS, bed, prepEndMs);
    if (end - start >= 20 * MIN_MS) out.push({ startMs: start, endMs: end });
    date = addCalendarDays(date, 1);
  }
  const morning = zonedDateTimeToUtc(lastDate, PREP_CLOCK.wakeUp, timeZone).getTime() + 30 * MIN_MS;
  const morningStart = Math.max(morning, prepEndMs - 45 * MIN_MS, from);
  if (prepEndMs - morningStart >= 10 * MIN_MS) out.push({ startMs: morningStart, endMs: prepEndMs });
  return out;
}
