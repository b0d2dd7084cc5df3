/** Today's date on the user's own calendar as YYYY-MM-DD (the caller passes the clock). */
export function localDate(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
}

/** Whole calendar days from `today` to `due` (negative when past); null for malformed dates. */
export function daysBetween(today: string, due: string): number | null {
  const a = dayNumber(today);
  const b = dayNumber(due);
  return a === null || b === null ? null : b - a;
}

/** A due date in words relative to today: "today", "tomorrow", "in 3 days", "2 days overdue". */
export function dueInWords(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return '1 day overdue';
  if (days < 0) return `${-days} days overdue`;
  return `in ${days} days`;
}

/** Relative wording for a due date string, or null without one. */
export function dueLabel(today: string, due: string | null): string | null {
  if (!due) return null;
  const days = daysBetween(today, due);
  return days === null ? due : dueInWords(days);
}

/** A calendar date shown in a human format ("Mon 3 Mar 2026"), without time-zone shifts. */
export function formatDate(date: string): string {
  const n = dayNumber(date);
  if (n === null) return date;
  return new Date(n * 86_400_000).toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** An instant shown in the user's own time zone. */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
