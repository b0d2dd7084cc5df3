import { DAYS_AHEAD, KEEP_HEADER, dayUrls } from './day-urls.js';

const HOUR = 60 * 60 * 1000;

/** The window of interviews kept on the device: from half a day ago (today's, already started) to DAYS_AHEAD on. */
export function keptWindow(now: Date): { from: string; to: string } {
  return { from: new Date(now.getTime() - 12 * HOUR).toISOString(), to: new Date(now.getTime() + DAYS_AHEAD * 24 * HOUR).toISOString() };
}

/**
 * Reads the day's data of every interview of the coming days once, so the service worker keeps a fresh copy on the
 * device (it keeps what carries the keep header). Runs when the app starts online, when the connection comes back,
 * and now and then; answers how many interviews it refreshed.
 */
export async function keepComingDays(now = new Date(), network: typeof fetch = (u, i) => fetch(u, i)): Promise<number> {
  const { from, to } = keptWindow(now);
  const headers = { accept: 'application/json', [KEEP_HEADER]: 'day' };
  // Who is signed in: the shell needs it to open at all offline.
  await network('/api/auth/me', { headers }).catch(() => undefined);
  const res = await network(`/api/interviews?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, { headers });
  if (!res.ok) return 0;
  const { items } = (await res.json()) as { items: { id: string; opportunityId: string }[] };
  for (const interview of items) {
    // One at a time: a phone on venue Wi-Fi has little to spare, and the page's own requests come first.
    for (const url of dayUrls(interview)) await network(url, { headers }).catch(() => undefined);
  }
  return items.length;
}
