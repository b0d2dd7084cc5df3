import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { OfferbookMode } from '../config.js';
import { AppError } from '../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The names this machine's loopback answers to; a Host header naming anything else came through DNS rebinding or a mistake. */
const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::(\d{1,5}))?$/i;

/** The port a request arrived on: its socket's, else (in-process tests) the one the app listens on, else unknown. */
function arrivalPort(app: FastifyInstance, req: FastifyRequest): number | null {
  if (req.socket.localPort) return req.socket.localPort;
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : null;
}

/** Local mode: the Host header must be a loopback name of this server's own port. */
function checkLocalHost(app: FastifyInstance, req: FastifyRequest): void {
  const host = req.headers.host ?? '';
  const match = LOOPBACK_HOST.exec(host);
  const port = arrivalPort(app, req);
  if (!match || (port !== null && Number(match[2] ?? 80) !== port)) {
    throw new AppError(
      'misdirected',
      `This Offerbook answers only at its loopback address (for example 127.0.0.1:${port ?? 4870}), not at ${JSON.stringify(host.slice(0, 100))}`,
    );
  }
}

/** The origin a write must come from: the public URL's, else the one the request was addressed to. */
function ownOrigin(req: FastifyRequest, publicUrl: string | null): string {
  if (publicUrl) return new URL(publicUrl).origin;
  return `${req.protocol}://${req.host}`.toLowerCase();
}

/** Refuses a write that a browser says came from another site (Origin, or lacking it Sec-Fetch-Site). */
function checkOrigin(req: FastifyRequest, own: string): void {
  const origin = req.headers.origin;
  if (typeof origin === 'string') {
    if (origin.toLowerCase() !== own)
      throw new AppError(
        'forbidden',
        `Writes are accepted only from this app's own pages (${own}), not from ${JSON.stringify(origin.slice(0, 100))}`,
      );
    return;
  }
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') throw new AppError('forbidden', "Writes are accepted only from this app's own pages");
}

/** Every write with a body sends JSON: forms and text/plain, which another site may send without asking, never reach a route. */
function checkJson(req: FastifyRequest): void {
  const type = req.headers['content-type'];
  const hasBody =
    req.headers['transfer-encoding'] !== undefined ||
    (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');
  if (type === undefined && !hasBody) return;
  const media = (type ?? '').split(';')[0]!.trim().toLowerCase();
  if (media !== 'application/json') throw new AppError('unsupported-media-type', 'Send JSON (Content-Type: application/json)');
}

/** The path of the first string holding a NUL character, or null: `roleTitle`, `tags.2`. */
export function findNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], path ? `${path}.${i}` : String(i));
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return keyPath;
      const found = findNul(item, keyPath);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * Checks every request before any route runs. Local mode: a loopback Host of this port only (421
 * otherwise, the answer to DNS rebinding). Both modes: writes must come from the app's own origin
 * (403) and carry JSON (415); no text anywhere in a request may hold a NUL character (400 naming the
 * field; PostgreSQL cannot store one).
 */
export function installRequestGuard(app: FastifyInstance, options: { mode: OfferbookMode; publicUrl: string | null }): void {
  app.addHook('onRequest', async (req) => {
    if (options.mode === 'local') checkLocalHost(app, req);
    if (SAFE_METHODS.has(req.method)) return;
    checkOrigin(req, options.mode === 'local' ? `http://${(req.headers.host ?? '').toLowerCase()}` : ownOrigin(req, options.publicUrl));
    checkJson(req);
  });
  app.addHook('preValidation', async (req) => {
    for (const [part, value] of [
      ['params', req.params],
      ['query', req.query],
      ['body', req.body],
    ] as const) {
      const field = findNul(value);
      if (field !== null) throw new AppError('validation', `${field || part} must not contain a NUL character`, { field: field || part });
    }
  });
}
