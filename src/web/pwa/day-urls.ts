/**
 * Which API answers the interview day needs, shared by the service worker (what it may keep on the device) and
 * the page (what it fetches ahead for the coming days). Nothing else the API answers is kept.
 */

/** The Cache Storage cache that holds the day's data (API answers); the app's files live in Workbox's precache. */
export const DAY_CACHE = 'offerbook-day-v1';

/** The header the app sets on the requests it makes to keep an interview's day on the device ahead of time. */
export const KEEP_HEADER = 'x-offerbook-keep';

/** The header the service worker puts on an answer it gives from the device because the server could not be reached. */
export const FROM_DEVICE_HEADER = 'x-offerbook-from-device';

/** How long a kept answer may serve offline after it was last refreshed. */
export const DAY_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;

/** How far ahead interviews are kept on the device. */
export const DAYS_AHEAD = 7;

const DAY_PATHS: readonly RegExp[] = [
  /^\/api\/auth\/me$/,
  /^\/api\/interviews\/[^/]+$/,
  /^\/api\/interviews\/[^/]+\/(notes|concerns)$/,
  /^\/api\/opportunities\/[^/]+$/,
  /^\/api\/opportunities\/[^/]+\/(question-plan|housekeeping|brief)$/,
  /^\/api\/people$/,
];

/** True for an API path whose answer the interview day needs (and so may be kept on the device). */
export function isDayPath(pathname: string): boolean {
  return pathname !== '/api/interviews/parse-invitation' && DAY_PATHS.some((p) => p.test(pathname));
}

/** True for a page of the interview day (interview mode); API answers read from it are kept. */
export function isDayPage(pathname: string): boolean {
  return /^\/interviews\/[^/]+\/?$/.test(pathname);
}

const enc = encodeURIComponent;

/**
 * The brief as its page shows it (`html`, the standalone print page) or downloads it (`md`), with times in this
 * device's zone: the one address the page reads and the day's keeper keeps, so the brief opens offline as printed.
 */
export function briefUrl(opportunityId: string, format: 'html' | 'md'): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return `/api/opportunities/${enc(opportunityId)}/brief?format=${format}${zone ? `&timeZone=${enc(zone)}` : ''}`;
}

/** The API addresses interview mode reads for one interview, exactly as its queries spell them. */
export function dayUrls(interview: { id: string; opportunityId: string }): string[] {
  const o = enc(interview.opportunityId);
  const i = enc(interview.id);
  return [
    `/api/interviews/${i}`,
    `/api/interviews/${i}/notes`,
    `/api/interviews/${i}/concerns`,
    `/api/opportunities/${o}/question-plan`,
    `/api/opportunities/${o}/housekeeping`,
    `/api/opportunities/${o}`,
    briefUrl(interview.opportunityId, 'html'),
    `/api/people?opportunityId=${o}`,
  ];
}
