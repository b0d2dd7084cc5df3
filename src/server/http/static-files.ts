import { createReadStream, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { extname, join, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../errors.js';
import { acceptedEncoding } from './compression.js';

/** How long a browser may keep a hashed asset without asking again: a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Files without a hash in their name (the service worker, the manifest, icons, OCR data): an hour, then revalidated. */
const SHORT_CACHE = 'public, max-age=3600';

/** Files up to this size are kept in memory once read; larger ones (OCR data) are streamed from disk each time. */
const KEEP_IN_MEMORY = 512 * 1024;

type Encoding = 'br' | 'gzip';

/** One file of the built app as it can be sent: the file and the precompressed copies the build wrote beside it. */
interface BuiltFile {
  path: string;
  type: string;
  hashed: boolean;
  variants: Partial<Record<Encoding, string>>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.gz': 'application/gzip',
};

/**
 * Every file of the built web app by its address, read from the folder once at start-up (names
 * only: nothing is opened until asked for). A `.br` or `.gz` beside a file is that file's
 * precompressed copy, not a file of its own; one with nothing beside it (the OCR's packed
 * language data) is served as itself.
 */
function indexBuiltFiles(dir: string): Map<string, BuiltFile> {
  const names = new Set(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) =>
        join(entry.parentPath ?? entry.path, entry.name)
          .slice(dir.length + 1)
          .split(sep)
          .join('/'),
      ),
  );
  const files = new Map<string, BuiltFile>();
  for (const name of names) {
    const base = name.replace(/\.(br|gz)$/, '');
    if (base !== name && names.has(base)) continue;
    const variants: BuiltFile['variants'] = {};
    if (names.has(`${name}.br`)) variants.br = join(dir, `${name}.br`);
    if (names.has(`${name}.gz`)) variants.gzip = join(dir, `${name}.gz`);
    files.set(`/${name}`, {
      path: join(dir, name),
      type: TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream',
      hashed: name.startsWith('assets/'),
      variants,
    });
  }
  return files;
}

/**
 * Serves the built app's files (index.html aside, which the page fallback sends): one route per
 * top-level file or folder, looked up in the index, so start-up registers a handful of routes
 * rather than two per file. Hashed assets are cached for a year and never revalidated; the rest
 * carry an ETag and answer 304 when unchanged. The copy the browser accepts (brotli, then gzip)
 * is sent as is, with `Vary: Accept-Encoding`.
 */
export function registerBuiltFiles(app: FastifyInstance, dir: string): void {
  const files = indexBuiltFiles(dir);
  const memory = new Map<string, { body: Buffer; etag: string }>();
  const tops = new Set<string>();
  for (const address of files.keys()) {
    if (address === '/index.html') continue;
    const slash = address.indexOf('/', 1);
    tops.add(slash === -1 ? address : `${address.slice(0, slash)}/*`);
  }
  const send = (req: FastifyRequest, reply: FastifyReply) => {
    const address = safeDecode(req.url.split('?')[0] ?? '');
    const file = address === null || address === '/index.html' ? undefined : files.get(address);
    if (!file) return reply.code(404).send(notFound(`${req.method} ${req.url.split('?')[0]}`).toBody());
    const encoding = acceptedEncoding(req.headers['accept-encoding'], file.variants);
    const path = encoding ? file.variants[encoding]! : file.path;
    reply.type(file.type).header('cache-control', file.hashed ? IMMUTABLE : SHORT_CACHE);
    if (Object.keys(file.variants).length > 0) reply.header('vary', 'accept-encoding');
    if (encoding) reply.header('content-encoding', encoding);
    let kept = memory.get(path);
    if (!kept) {
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) return reply.code(404).send(notFound(`${req.method} ${address}`).toBody());
      const etag = `W/"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
      if (stat.size > KEEP_IN_MEMORY) {
        reply.header('etag', etag).header('content-length', stat.size);
        if (req.headers['if-none-match'] === etag) return reply.code(304).send();
        return reply.send(req.method === 'HEAD' ? null : createReadStream(path));
      }
      kept = { body: readFileSync(path), etag };
      memory.set(path, kept);
    }
    reply.header('etag', kept.etag);
    if (req.headers['if-none-match'] === kept.etag) return reply.code(304).send();
    return reply.send(kept.body);
  };
  const options = { schema: { hide: true }, exposeHeadRoute: true };
  for (const route of tops) app.get(route, options, send);
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
