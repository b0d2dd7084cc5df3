/** How many automatic backups are kept: the newest of each of the last days, and of the last weeks before them. */
export interface RotationPolicy {
  daily: number;
  weekly: number;
}

/** 7 daily + 4 weekly: a week of days to go back to, and a month of weeks. */
export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4 };

const DAY_MS = 24 * 3600 * 1000;

/** The UTC calendar day of an instant, as YYYY-MM-DD. */
function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The Monday (UTC) starting the week of an instant, as YYYY-MM-DD. */
function weekOf(at: Date): string {
  const day = Math.floor(at.getTime() / DAY_MS);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday = 0.
  const monday = day - ((day + 3) % 7);
  return new Date(monday * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Which backups to keep, given when each was taken: the newest backup of each of the `daily` most
 * recent days that have one, and the newest of each of the `weekly` most recent weeks that have one
 * among the older backups. Everything else may be deleted. Answers the kept items, newest first.
 */
export function backupsToKeep<T extends { takenAt: Date }>(items: readonly T[], policy: RotationPolicy = DEFAULT_ROTATION): T[] {
  const newestFirst = [...items].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const kept = new Set<T>();
  const days = new Set<string>();
  for (const item of newestFirst) {
    const day = dayOf(item.takenAt);
    if (days.has(day)) continue;
    if (days.size >= policy.daily) break;
    days.add(day);
    kept.add(item);
  }
  const weeks = new Set<string>();
  for (const item of newestFirst) {
    if (days.has(dayOf(item.takenAt))) continue;
    const week = weekOf(item.takenAt);
    if (weeks.has(week)) continue;
    if (weeks.size >= policy.weekly) break;
    weeks.add(week);
    kept.add(item);
  }
  return newestFirst.filter((item) => kept.has(item));
}
