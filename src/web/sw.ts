/**
 * The service worker (built by vite-plugin-pwa's injectManifest from Workbox modules; registered in production
 * builds only, after the first render). It keeps:
 *  - the app's built files (precached, versioned by Workbox; caches of older versions are removed), so any page
 *    opens offline: navigations answer the precached index.html;
 *  - the interview day's API answers (see pwa/day-urls.ts), network first, the device copy when the network fails:
 *    only those read by interview mode or fetched ahead by the app for the coming interviews.
 * A new version waits until the page says so (the page asks once no note is being written).
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { DAY_CACHE, DAY_MAX_AGE_SECONDS, FROM_DEVICE_HEADER, KEEP_HEADER, isDayPage, isDayPath } from './pwa/day-urls.js';

interface SwClient {
  url: string;
}
interface SwScope {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
  location: Location;
  clients: { get(id: string): Promise<SwClient | undefined> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}
declare const self: SwScope;

// The first version takes the open page at once (so the day's data is kept from the first visit); later versions
// wait for "Reload to update".
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// Any page of the app opens from the precached shell; the API, the calendar feeds and files go to the network.
// So does the capture page: the bookmarklet opens it from a job site and talks to it by postMessage, which needs the
// server's relaxed opener policy for that page — the precached shell carries the strict one.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [/^\/api\//, /^\/calendar\//, /^\/ocr\//, /^\/capture\/?(\?|$)/, /\/[^/?]+\.[a-z0-9]+$/i],
  }),
);

/** Whether an answer belongs to the interview day: asked for ahead of time, or read by interview mode. */
async function forTheDay(request: Request, event: unknown): Promise<boolean> {
  if (request.headers.get(KEEP_HEADER) === 'day') return true;
  if (new URL(request.url).pathname === '/api/auth/me') return true;
  const clientId = (event as { clientId?: string } | undefined)?.clientId;
  const client = clientId ? await self.clients.get(clientId) : undefined;
  return client !== undefined && isDayPage(new URL(client.url).pathname);
}

registerRoute(
  ({ url, request }) => request.method === 'GET' && url.origin === self.location.origin && isDayPath(url.pathname),
  new NetworkFirst({
    cacheName: DAY_CACHE,
    networkTimeoutSeconds: 6,
    // The keep header and compression must not make a second copy of the same answer.
    matchOptions: { ignoreVary: true },
    plugins: [
      {
        cacheWillUpdate: async ({ request, response, event }) =>
          response.status === 200 && (await forTheDay(request, event)) ? response : null,
        // NetworkFirst falls back to the device copy only when the server cannot be reached: the page is told so.
        cachedResponseWillBeUsed: async ({ cachedResponse }) => {
          if (!cachedResponse) return null;
          const headers = new Headers(cachedResponse.headers);
          headers.set(FROM_DEVICE_HEADER, '1');
          return new Response(cachedResponse.body, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers });
        },
      },
      new ExpirationPlugin({ maxAgeSeconds: DAY_MAX_AGE_SECONDS, maxEntries: 500 }),
    ],
  }),
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
