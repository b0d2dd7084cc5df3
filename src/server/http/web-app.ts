import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../errors.js';
import { acceptedEncoding } from './compression.js';
import { PROJECT_ROOT } from '../paths.js';
import { registerBuiltFiles } from './static-files.js';
import { OPPORTUNITY_PAGE_MAX } from '../../contracts/limits.js';

/** Where `vite build` puts the web app. */
export const WEB_DIST = join(PROJECT_ROOT, 'dist', 'web');

/**
 * Serves the built web app, with the SPA fallback: any non-API GET that is not a file answers
 * index.html so deep links work. Unknown API paths, and missing files (a build asset, the OCR
 * worker's data), answer a JSON 404 rather than a page that would confuse whoever loads them.
 */
export function registerWebApp(app: FastifyInstance, dir: string = WEB_DIST): void {
  const indexFile = join(dir, 'index.html');
  const hasApp = existsSync(indexFile);
  if (hasApp) {
    registerBuiltFiles(app, dir);
  }
  const indexHtml = hasApp ? readFileSync(indexFile, 'utf8') : null;
  const compressedPage = hasApp ? precompressedPage(indexFile) : {};
  const listPreloads = {
    '/board': listPreload(dir, indexHtml, 'board-page'),
    '/opportunities': listPreload(dir, indexHtml, 'list-page'),
  };
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    // The service worker keeps the page under its own name (`/index.html`) for opening offline.
    const page = path === '/index.html';
    if (path.startsWith('/api/') || path === '/api' || req.method !== 'GET' || !indexHtml || (looksLikeAFile(path) && !page)) {
      const err = notFound(indexHtml ? `${req.method} ${path}` : 'The web app is not built (run npm run build); the API is');
      return reply.code(404).send(err.toBody());
    }
    // The capture page is opened by the bookmarklet from a job page on another site and talks to that
    // window by postMessage; a same-origin opener policy would cut the two apart, so only it relaxes that.
    if (path === '/capture') reply.header('cross-origin-opener-policy', 'unsafe-none');
    // The list and the board open on every opportunity's summary: the browser starts reading the
    // first page with the page itself, not after the app's code has loaded (web: PRELOADED_LIST_URL).
    const link = req.url === '/board' || req.url === '/opportunities' ? listPreloads[req.url] : undefined;
    if (link) reply.header('link', link);
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding');
    const encoding = acceptedEncoding(req.headers['accept-encoding'], compressedPage);
    if (encoding) return reply.header('content-encoding', encoding).send(compressedPage[encoding]);
    return reply.send(indexHtml);
  });
}

type Encoding = 'br' | 'gzip';

/** The unfiltered list's first page, as the web app asks for it (same address, no headers of its own, so the preload is used). */
const LIST_PRELOAD = `</api/opportunities?archived=false&limit=${OPPORTUNITY_PAGE_MAX}>; rel=preload; as=fetch; crossorigin`;

/** A built chunk's static imports of its neighbours (`import{…}from"./x-hash.js"`, `import"./y.js"`), not its lazy ones. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*"\.\/([\w.-]+\.js)"/g;

/**
 * The Link header of a page that opens on the list: its first page of summaries, and the route's
 * chunk (`assets/<name>-<hash>.js`) with the chunks it imports that the app page does not already
 * name, so the browser fetches them with the page instead of after the app's code has run. Without
 * a built chunk of that name, only the list.
 */
function listPreload(dir: string, indexHtml: string | null, chunk: string): string {
  const assets = join(dir, 'assets');
  const entry =
    indexHtml && existsSync(assets) ? readdirSync(assets).find((f) => f.startsWith(`${chunk}-`) && f.endsWith('.js')) : undefined;
  if (!entry || !indexHtml) return LIST_PRELOAD;
  const named = new Set([...indexHtml.matchAll(/\/assets\/([\w.-]+\.js)/g)].map((m) => m[1]!));
  const found: string[] = [];
  const walk = (file: string) => {
    if (named.has(file) || found.includes(file) || !existsSync(join(assets, file))) return;
    found.push(file);
    for (const m of readFileSync(join(assets, file), 'utf8').matchAll(STATIC_IMPORT)) walk(m[1]!);
  };
  walk(entry);
  return [LIST_PRELOAD, ...found.map((f) => `</assets/${f}>; rel=modulepreload; crossorigin`)].join(', ');
}

/** The app page's .br and .gz written by the build (the not-found handler serves it, not the static plugin). */
function precompressedPage(indexFile: string): Partial<Record<Encoding, Buffer>> {
  const page: Partial<Record<Encoding, Buffer>> = {};
  if (existsSync(`${indexFile}.br`)) page.br = readFileSync(`${indexFile}.br`);
  if (existsSync(`${indexFile}.gz`)) page.gzip = readFileSync(`${indexFile}.gz`);
  return page;
}

/** App routes never end in a file name; a missing asset must be a 404, not the app's page. */
function looksLikeAFile(path: string): boolean {
  return path.startsWith('/assets/') || path.startsWith('/ocr/') || /\.[a-z0-9]{1,12}$/i.test(path.slice(path.lastIndexOf('/') + 1));
}
