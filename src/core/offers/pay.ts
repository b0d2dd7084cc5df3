/** Pay comparison for offers: everything normalised to a year so different periods line up. */

/** The periods pay can be quoted in (the same as opportunities' salary periods). */
export type PayPeriod = 'year' | 'month' | 'day' | 'hour';

/**
 * How many of each period make a working year: 12 months, 260 working days (5 a week for 52 weeks)
 * and 2,080 hours (40 a week for 52 weeks). A plain, stated convention, not a payroll rule.
 */
export const YEARLY_FACTOR: Readonly<Record<PayPeriod, number>> = { year: 1, month: 12, day: 260, hour: 2080 };

/** Pay per year in the same currency, rounded to a whole unit; null when amount or period is missing. */
export function yearlyPay(amount: number | null | undefined, period: PayPeriod | null | undefined): number | null {
  if (amount === null || amount === undefined || !Number.isFinite(amount) || !period) return null;
  return Math.round(amount * YEARLY_FACTOR[period]);
}

/** Whether yearly pay falls under the user's floor; null when either is unknown (never guessed). */
export function belowFloor(yearly: number | null, floor: number | null | undefined): boolean | null {
  if (yearly === null || floor === null || floor === undefined) return null;
  return yearly < floor;
}
