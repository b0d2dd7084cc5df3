import type { Page } from 'playwright-core';

/** The cache the service worker keeps the interview day's API answers in. */
export const DAY_CACHE = 'offerbook-day-v1';

/** Waits until the service worker controls the page (the first version claims it once installed). */
export async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
}

/** The API paths the day's cache holds now (read with the Cache API in the page). */
export function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async (name) => {
    if (!(await caches.has(name))) return [];
    const keys = await (await caches.open(name)).keys();
    return keys.map((r) => {
      const u = new URL(r.url);
      return `${u.pathname}${u.search}`;
    });
  }, DAY_CACHE);
}
