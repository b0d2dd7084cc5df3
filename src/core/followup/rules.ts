/**
 * Follow-up norms, as data so a user (or a coach) can tune them.
 *
 * - A thank-you note goes to each interviewer within `thankYouWithinHours` (24) of the end of their
 *   conversation; up to `thankYouLateHours` (72) it is late but still worth sending.
 * - With a stated decision date, the first check-in is due on the first business day after that
 *   date, at `checkInLocalTime` in the user's time zone (a reasonable hour to land in an inbox).
 * - Without one, the first check-in is due `checkInBusinessDaysWithoutDecision` (5, allowed 5–7)
 *   business days after the last interview.
 * - A second check-in is due `secondCheckInBusinessDays` (5, one working week) after the first.
 * - After `maxCheckIns` (2) check-ins without an answer, stop and suggest putting the energy into
 *   other opportunities.
 * Weekend days and holidays never receive a check-in.
 */
export interface FollowUpRules {
  thankYouWithinHours: number;
  thankYouLateHours: number;
  checkInBusinessDaysWithoutDecision: number;
  secondCheckInBusinessDays: number;
  maxCheckIns: number;
  /** `HH:mm` in the user's zone. */
  checkInLocalTime: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekendDays: readonly number[];
  /** `YYYY-MM-DD` dates that are not working days. */
  holidays: readonly string[];
}

/** The default follow-up rules (see the block above). */
export const FOLLOW_UP_RULES: Readonly<FollowUpRules> = Object.freeze({
  thankYouWithinHours: 24,
  thankYouLateHours: 72,
  checkInBusinessDaysWithoutDecision: 5,
  secondCheckInBusinessDays: 5,
  maxCheckIns: 2,
  checkInLocalTime: '10:00',
  weekendDays: Object.freeze([0, 6]),
  holidays: Object.freeze([]),
});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** Merges overrides onto the defaults, clamping each to a sensible range instead of failing. */
export function resolveFollowUpRules(overrides: Partial<FollowUpRules> = {}): FollowUpRules {
  const d = FOLLOW_UP_RULES;
  const within = clampInt(overrides.thankYouWithinHours, d.thankYouWithinHours, 1, 72);
  const weekend = (overrides.weekendDays ?? d.weekendDays).filter((n) => Number.isInteger(n) && n >= 0 && n <= 6);
  return {
    thankYouWithinHours: within,
    thankYouLateHours: clampInt(overrides.thankYouLateHours, d.thankYouLateHours, within, 168),
    checkInBusinessDaysWithoutDecision: clampInt(overrides.checkInBusinessDaysWithoutDecision, d.checkInBusinessDaysWithoutDecision, 5, 7),
    secondCheckInBusinessDays: clampInt(overrides.secondCheckInBusinessDays, d.secondCheckInBusinessDays, 3, 10),
    maxCheckIns: clampInt(overrides.maxCheckIns, d.maxCheckIns, 1, 3),
    checkInLocalTime: overrides.checkInLocalTime && TIME.test(overrides.checkInLocalTime) ? overrides.checkInLocalTime : d.checkInLocalTime,
    weekendDays: weekend.length < 7 ? weekend : d.weekendDays,
    holidays: overrides.holidays ?? d.holidays,
  };
}
