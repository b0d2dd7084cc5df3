import type { NextActionEntry } from '../../../contracts/followups.js';

const PREF_KEY = 'offerbook:notify-due';
const SEEN_KEY = 'offerbook:notified';
const MAX_SEEN = 500;

/** Whether this browser can show notifications at all. */
export function notificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

/** The user asked for notifications here and the browser allows them. */
export function notificationsOn(): boolean {
  if (!notificationsSupported()) return false;
  try {
    return Notification.permission === 'granted' && localStorage.getItem(PREF_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Asks the browser for permission (only ever from a click) and remembers the choice. */
export async function turnNotificationsOn(): Promise<NotificationPermission> {
  const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
  if (permission === 'granted') localStorage.setItem(PREF_KEY, 'on');
  return permission;
}

/** Stops notifications from this app (the browser permission stays as the user set it). */
export function turnNotificationsOff(): void {
  localStorage.removeItem(PREF_KEY);
}

function readSeen(): Set<string> | null {
  try {
    const raw = localStorage.getItem(SEEN_KEY);
    return raw ? new Set(JSON.parse(raw) as string[]) : null;
  } catch {
    return null;
  }
}

function writeSeen(seen: Set<string>): void {
  try {
    localStorage.setItem(SEEN_KEY, JSON.stringify([...seen].slice(-MAX_SEEN)));
  } catch {
    // Storage full or blocked: at worst a notification repeats.
  }
}

/** A thank-you note is due once it is listed (its conversation is over); a check-in once its time has come. */
export function isDueFollowUp(item: NextActionEntry, now: Date): boolean {
  if (item.kind === 'thank-you') return true;
  if (item.kind === 'check-in') return item.overdue || (item.dueAt !== null && Date.parse(item.dueAt) <= now.getTime());
  return false;
}

/**
 * The follow-ups that became due since the last look, marked as seen. The first look on a device
 * only records what is already due (the badge shows those), so nothing old pops up at once.
 */
export function newlyDue(items: readonly NextActionEntry[], now: Date): NextActionEntry[] {
  const stored = readSeen();
  const seen = stored ?? new Set<string>();
  const due = items.filter((i) => isDueFollowUp(i, now));
  const fresh = stored ? due.filter((i) => !seen.has(i.id)) : [];
  for (const i of due) seen.add(i.id);
  writeSeen(seen);
  return fresh;
}

/** Shows one notification per newly due follow-up; clicking it brings the app to the front. */
export function notify(items: readonly NextActionEntry[], open: (item: NextActionEntry) => void): void {
  for (const item of items) {
    const n = new Notification(item.title, { body: `${item.employerName} · ${item.roleTitle}`, tag: item.id });
    n.onclick = () => {
      window.focus();
      open(item);
      n.close();
    };
  }
}
