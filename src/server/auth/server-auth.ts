import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/connect.js';
import { AppError } from '../errors.js';
import { ANONYMOUS_USER_ID, type Ctx } from './actor.js';
import { parseCookies, serializeCookie } from './cookies.js';
import { CSRF_COOKIE, CSRF_HEADER, csrfTokenFor, resolveSession, SESSION_COOKIE, SESSION_IDLE_MS, type SessionUser } from './sessions.js';
import { bindToUser } from './request-db.js';
import { newToken, safeEqual } from './tokens.js';

/** What server mode knows about a request beyond `ctx`. */
export interface RequestAuth {
  /** The signed-in account, or null. */
  user: SessionUser | null;
  /** The session token from the cookie (valid only when `user` is set). */
  token: string | null;
  /** Cookies get the Secure flag (public URL or request over https). */
  secure: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
}

/** API routes anyone may call without a session (they still need the CSRF token when they change state). */
export const PUBLIC_API_ROUTES: ReadonlySet<string> = new Set([
  '/api/health',
  '/api/openapi.json',
  '/api/auth/login',
  '/api/auth/accept-invitation',
  '/api/auth/reset-password',
]);

function isPublic(req: FastifyRequest, path: string): boolean {
  if (!path.startsWith('/api/') && path !== '/api') return true; // the web app's files and the token-keyed calendar feed
  const route = req.routeOptions.url ?? '';
  return PUBLIC_API_ROUTES.has(route) || route.startsWith('/api/docs');
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Adds a Set-Cookie, replacing any earlier one of the same name on this reply. */
export function setCookie(
  reply: FastifyReply,
  name: string,
  value: string,
  options: { httpOnly: boolean; secure: boolean; maxAge?: number },
): void {
  const existing = reply.getHeader('set-cookie');
  const list = (Array.isArray(existing) ? existing : existing === undefined ? [] : [String(existing)]).filter(
    (c) => !c.startsWith(`${name}=`),
  );
  list.push(serializeCookie(name, value, options));
  reply.removeHeader('set-cookie');
  reply.header('set-cookie', list);
}

/** Sets the session cookie (HttpOnly) and its CSRF companion (readable by the page). */
export function setSessionCookies(reply: FastifyReply, token: string, secure: boolean): void {
  const maxAge = SESSION_IDLE_MS / 1000;
  setCookie(reply, SESSION_COOKIE, token, { httpOnly: true, secure, maxAge });
  setCookie(reply, CSRF_COOKIE, csrfTokenFor(token), { httpOnly: false, secure, maxAge });
}

/** Removes the session cookie and gives the browser a fresh anonymous CSRF token. */
export function clearSessionCookies(reply: FastifyReply, secure: boolean): void {
  setCookie(reply, SESSION_COOKIE, '', { httpOnly: true, secure, maxAge: 0 });
  setCookie(reply, CSRF_COOKIE, newToken(), { httpOnly: false, secure });
}

export interface ServerAuthOptions {
  db: Db;
  now: () => Date;
  publicUrl: string | null;
}

/**
 * Server mode: every request gets its own `ctx` from the session cookie (anonymous requests get an
 * actor that owns nothing), API calls without a session answer 401 (but the public ones), and every
 * state-changing request must echo the CSRF token in `x-csrf-token`. Register before any route.
 */
export function installServerAuth(app: FastifyInstance, options: ServerAuthOptions): void {
  const { db, now, publicUrl } = options;
  const httpsPublic = publicUrl?.startsWith('https://') ?? false;
  const releases = new WeakMap<FastifyRequest, () => Promise<void>>();
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorateRequest('auth', null);

  app.addHook('onRequest', async (req, reply) => {
    const cookies = parseCookies(req.headers.cookie);
    const secure = httpsPublic || req.protocol === 'https';
    const path = req.url.split('?')[0] ?? '';
    // The web app's files and the token-keyed calendar feed need no session: no database lookup for them.
    const isApi = path.startsWith('/api/') || path === '/api';
    const token = isApi ? (cookies.get(SESSION_COOKIE) ?? null) : null;
    const user = token ? await resolveSession(db, token, now()) : null;
    req.auth = { user, token: user ? token : null, secure };
    req.ctx = {
      db,
      now,
      actor: user ? { userId: user.userId, role: user.role, sessionId: user.sessionId } : { userId: ANONYMOUS_USER_ID },
    };

    // Cookies: keep the CSRF companion in step with the session; drop a dead session cookie.
    const csrfCookie = cookies.get(CSRF_COOKIE);
    if (user && token) {
      if (user.touched || csrfCookie !== csrfTokenFor(token)) setSessionCookies(reply, token, secure);
    } else {
      if (token) setCookie(reply, SESSION_COOKIE, '', { httpOnly: true, secure, maxAge: 0 });
      if (!csrfCookie) setCookie(reply, CSRF_COOKIE, newToken(), { httpOnly: false, secure });
    }
    if (!isApi && req.method === 'GET') return;

    if (!user && !isPublic(req, path)) throw new AppError('unauthenticated', 'Sign in to continue');
    if (!SAFE_METHODS.has(req.method)) {
      const expected = user && token ? csrfTokenFor(token) : csrfCookie;
      const sent = req.headers[CSRF_HEADER];
      if (!expected || typeof sent !== 'string' || !safeEqual(sent, expected)) {
        throw new AppError('forbidden', 'This request lacks a valid CSRF token; reload the page and try again');
      }
    }
  });
  // PostgreSQL: the request's queries run on one connection that carries the account's id, so the
  // row-level security policies hold even if a query forgot its owner filter. The connection is
  // taken only now, once the body has arrived and passed validation: a client that sends its body
  // slowly holds a socket, never a pooled connection.
  app.addHook('preHandler', async (req) => {
    const user = req.auth?.user;
    if (!user || db.dialect !== 'postgres') return;
    const bound = await bindToUser(db, user.userId);
    releases.set(req, bound.release);
    req.ctx = { ...req.ctx, db: bound.db };
  });
  // Exactly once: whichever of these comes first gives the connection back (release is idempotent).
  const release = (req: FastifyRequest) => {
    const give = releases.get(req);
    releases.delete(req);
    return give?.();
  };
  app.addHook('onResponse', async (req) => release(req));
  // A request cut short may still be inside a query: let it finish on its own, do not wait for it here.
  app.addHook('onRequestAbort', async (req) => void release(req));
  app.addHook('onTimeout', async (req) => void release(req));
}
