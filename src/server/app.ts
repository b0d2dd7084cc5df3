import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { LOCAL_USER_ID, type Ctx } from './auth/actor.js';
import { installServerAuth } from './auth/server-auth.js';
import type { OfferbookMode } from './config.js';
import type { Db } from './db/connect.js';
import { accountRoutes } from './features/accounts/routes.js';
import type { LocalBackups } from './features/backup/app-service.js';
import { backupRoutes } from './features/backup/routes.js';
import { calendarRoutes } from './features/calendar/routes.js';
import { dashboardRoutes } from './features/dashboard/routes.js';
import { exportRoutes } from './features/exports/routes.js';
import { importRoutes } from './features/imports/routes.js';
import { followupRoutes } from './features/followups/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { interviewRoutes } from './features/interviews/routes.js';
import { noteRoutes } from './features/notes/routes.js';
import { offerRoutes } from './features/offers/routes.js';
import { opportunityRoutes } from './features/opportunities/routes.js';
import { peopleRoutes } from './features/people/routes.js';
import { postingRoutes } from './features/postings/routes.js';
import { practiceRoutes } from './features/practice/routes.js';
import { prepRoutes } from './features/prep/routes.js';
import { priorityRoutes } from './features/priorities/routes.js';
import { questionRoutes } from './features/questions/routes.js';
import { researchRoutes } from './features/research/routes.js';
import { searchRoutes } from './features/search/routes.js';
import { settingsRoutes } from './features/settings/routes.js';
import { installApiDocs } from './http/api-docs.js';
import { installCompression } from './http/compression.js';
import { errorHandler } from './http/error-handler.js';
import { securityHeaders } from './http/security-headers.js';
import { installRequestGuard } from './http/request-guard.js';
import { responseCheckFromEnv, responseSerializerCompiler } from './http/serializer.js';
import { registerWebApp } from './http/web-app.js';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
  }
  interface FastifyInstance {
    /** `local` (one implicit user) or `server` (accounts). */
    offerbookMode: OfferbookMode;
  }
}

/** Options for building the app; tests pass a database and a fixed clock. */
export interface AppOptions {
  db: Db;
  logLevel?: string;
  now?: () => Date;
  /** Folder of the built web app; defaults to dist/web. */
  webDir?: string;
  /** `local` (default: one implicit user, no sign-in) or `server` (accounts, sessions, CSRF). */
  mode?: OfferbookMode;
  /** Server mode: the address users reach the app at (invitation links; Secure cookies when https). */
  publicUrl?: string | null;
  /** Server mode behind a proxy: Fastify's trustProxy (see TRUST_PROXY). */
  trustProxy?: boolean | number | string;
  /** Local mode: the backup folder and the automatic backups' scheduler (see features/backup). */
  backups?: LocalBackups | null;
  /** Socket and request time limits (tests shorten them). */
  timeouts?: Partial<ServerTimeouts>;
  /** `fast` (compiled serialisers) or `checked` (every answer checked against its contract; tests). Defaults from OFFERBOOK_CHECK_RESPONSES. */
  responses?: 'fast' | 'checked';
}

/** How long a client may take, in milliseconds. */
export interface ServerTimeouts {
  /** The whole request, headers and body, must arrive within this (else 408 and the socket closes). */
  requestMs: number;
  /** The headers alone must arrive within this. */
  headersMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: number;
  /** A socket with no traffic either way for this long is closed (even mid-request). */
  idleSocketMs: number;
}

/** Generous for a person on a slow link, short enough that a silent client cannot hold a socket for long. */
export const DEFAULT_TIMEOUTS: ServerTimeouts = { requestMs: 30_000, headersMs: 10_000, keepAliveMs: 5_000, idleSocketMs: 120_000 };

/** Largest request body accepted: generous for long notes and job descriptions, small enough to refuse abuse. */
export const BODY_LIMIT = 1024 * 1024;

/** The Content-Security-Policy the built app satisfies: nothing inline, nothing off-origin. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  // 'wasm-unsafe-eval' lets the on-device OCR compile its WebAssembly (no eval of JavaScript is allowed).
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  styleSrc: ["'self'"],
  // Radix dialogs lock the page's scroll with a <style> element whose text holds the scrollbar's measured width, so
  // no fixed hash fits it, and the offline app shell cannot carry a per-response nonce. Style elements may be inline;
  // style attributes in markup stay refused (style-src-attr falls back to 'self') and scripts are untouched.
  styleSrcElem: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  mediaSrc: ["'self'", 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  // The service worker (/sw.js) is 'self'; blob: is the OCR's worker.
  workerSrc: ["'self'", 'blob:'],
  // The web app manifest (installing to a home screen).
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/** Builds the Fastify app with every plugin and route; `listen` is the caller's business. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const app = Fastify({
    logger: { level: options.logLevel ?? 'warn' },
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    connectionTimeout: timeouts.idleSocketMs,
    // Node checks the request and headers limits on this beat (30 s by default, too slow to matter).
    http: {
      requestTimeout: timeouts.requestMs,
      headersTimeout: Math.min(timeouts.headersMs, timeouts.requestMs),
      connectionsCheckingInterval: Math.min(2_000, timeouts.requestMs),
    },
    bodyLimit: BODY_LIMIT,
    return503OnClosing: true,
    // No HEAD twin for every GET (it doubled the routes start-up registers): health and the built
    // files answer HEAD; the API is read with GET.
    exposeHeadRoutes: false,
    // A hop count is accepted at run time, though the type leaves it out.
    trustProxy: (options.trustProxy ?? false) as boolean | string,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(await responseSerializerCompiler(options.responses ?? responseCheckFromEnv()));
  app.setErrorHandler(errorHandler);

  const now = options.now ?? (() => new Date());
  const mode = options.mode ?? 'local';
  app.decorate('offerbookMode', mode);
  if (mode === 'local') {
    // One local user: the request context is the same object for every request,
    // so it is a getter rather than a per-request hook.
    const ctx: Ctx = { db: options.db, actor: { userId: LOCAL_USER_ID }, now };
    app.decorateRequest('ctx', {
      getter: () => ctx,
    });
    app.decorateRequest('auth', null);
  }

  const headers = securityHeaders({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });
  // Before any route: loopback Host only in local mode; writes from this origin only, and in JSON; no NUL characters.
  installRequestGuard(app, { mode, publicUrl: options.publicUrl ?? null });
  if (mode === 'server') {
    // Accounts (after the security headers, so a 401 carries them too): each request's ctx comes
    // from its session cookie; 401 without one; CSRF on writes.
    installServerAuth(app, { db: options.db, now, publicUrl: options.publicUrl ?? null });
  }

  installCompression(app);
  // Before the routes, so it sees each one as it is added; the document itself is built on first use.
  installApiDocs(app);

  await app.register(healthRoutes);
  await app.register(accountRoutes, { publicUrl: options.publicUrl ?? null });
  await app.register(opportunityRoutes);
  await app.register(dashboardRoutes);
  await app.register(settingsRoutes);
  await app.register(researchRoutes);
  await app.register(peopleRoutes);
  await app.register(priorityRoutes);
  await app.register(searchRoutes);
  await app.register(practiceRoutes);
  await app.register(questionRoutes);
  await app.register(interviewRoutes);
  await app.register(noteRoutes);
  await app.register(followupRoutes);
  await app.register(offerRoutes);
  await app.register(calendarRoutes);
  await app.register(prepRoutes);
  await app.register(backupRoutes, { local: mode === 'local' ? (options.backups ?? null) : null });
  await app.register(postingRoutes);
  await app.register(exportRoutes);
  await app.register(importRoutes);

  registerWebApp(app, options.webDir);
  return app;
}
