import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AcceptInvitation,
  AccountUser,
  ChangePassword,
  CreatedInvitation,
  CreateInvitation,
  DeleteAccount,
  IssuedLink,
  Login,
  Me,
  ResetPassword,
  RevokedCount,
  SessionList,
  SessionParams,
  UpdateUser,
  UserList,
} from '../../../contracts/accounts.js';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import { RateLimitedError } from '../../auth/rate-limit.js';
import { parseCookies } from '../../auth/cookies.js';
import { clearSessionCookies, setCookie, setSessionCookies } from '../../auth/server-auth.js';
import { DEVICE_COOKIE, DEVICE_MAX_AGE_MS } from '../../auth/sign-in-limits.js';
import { notFound } from '../../errors.js';
import { errorHandler } from '../../http/error-handler.js';
import * as deletion from './deletion.js';
import * as service from './service.js';
import { sharingRoutes } from './sharing-routes.js';

const tags = ['Accounts'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody };

function client(req: FastifyRequest): service.Client {
  const agent = req.headers['user-agent'];
  return {
    ip: req.ip ?? null,
    userAgent: typeof agent === 'string' ? agent : null,
    device: parseCookies(req.headers.cookie).get(DEVICE_COOKIE) ?? null,
  };
}

/** Server mode only: in local mode these routes answer 404, as if they did not exist. */
function serverAuth(req: FastifyRequest) {
  if (!req.auth) throw notFound(`${req.method} ${req.url.split('?')[0]}`);
  return req.auth;
}

/** Route hook: admin routes answer 404 to everyone else before even reading the body. */
async function adminOnly(req: FastifyRequest): Promise<void> {
  serverAuth(req);
  service.requireAdmin(req.ctx);
}

/**
 * The address links are built on: the configured public URL, else (a server on loopback, where the
 * configuration allows no public URL) the address this connection arrived at, never the Host header.
 */
function baseUrl(req: FastifyRequest, publicUrl: string | null): string {
  if (publicUrl) return publicUrl;
  const { localAddress, localPort } = req.socket;
  if (!localAddress || !localPort) return 'http://localhost';
  const host = localAddress.replace(/^::ffff:/, '');
  return `http://${host.includes(':') ? `[${host}]` : host}:${localPort}`;
}

function signedIn(req: FastifyRequest, reply: FastifyReply, token: string, deviceToken: string | null = null) {
  const { secure } = serverAuth(req);
  setSessionCookies(reply, token, secure);
  // This browser is now known to the account: its sign-ins skip the back-off strangers' failures cause.
  if (deviceToken) setCookie(reply, DEVICE_COOKIE, deviceToken, { httpOnly: true, secure, maxAge: DEVICE_MAX_AGE_MS / 1000 });
}

/** Options the app passes in. */
export interface AccountRouteOptions {
  publicUrl: string | null;
}

/** Accounts, sessions and the admin's account management (issue #8). */
export const accountRoutes: FastifyPluginAsyncZod<AccountRouteOptions> = async (app, options) => {
  const publicUrl = options.publicUrl ?? null;
  // Rate-limited answers say when to try again.
  app.setErrorHandler((err, req, reply) => {
    if (err instanceof RateLimitedError) void reply.header('retry-after', String(err.retryAfterSeconds));
    errorHandler(err as FastifyError, req, reply);
  });

  await app.register(sharingRoutes);

  app.get('/api/auth/me', {
    schema: { tags, summary: 'Who is signed in (and which mode the server runs in)', response: { 200: Me, 401: ErrorBody } },
    handler: async (req) => (req.auth ? { mode: 'server' as const, user: await service.currentUser(req.ctx) } : { mode: 'local' as const }),
  });

  app.post('/api/auth/login', {
    schema: {
      tags,
      summary: 'Sign in with email and password',
      description:
        'Sets the HttpOnly session cookie, the CSRF cookie and (the first time) the HttpOnly ob_device cookie of a known browser. Attempts are counted before the password is checked: per known browser, else per address and account, per address across accounts, and an exponential back-off per account (429 with Retry-After). A wrong email and a wrong password get the same answer.',
      body: Login,
      response: { 200: Me, ...errors },
    },
    handler: async (req, reply) => {
      serverAuth(req);
      const { user, token, deviceToken } = await service.login(req.ctx.db, req.body, req.ctx.now(), client(req));
      signedIn(req, reply, token, deviceToken);
      return { mode: 'server' as const, user };
    },
  });

  app.post('/api/auth/logout', {
    schema: { tags, summary: 'Sign out of this session', response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      const auth = serverAuth(req);
      await service.logout(req.ctx, client(req));
      clearSessionCookies(reply, auth.secure);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/auth/logout-everywhere', {
    schema: { tags, summary: 'Sign out of every session on every device', response: { 200: RevokedCount, ...errors } },
    handler: async (req, reply) => {
      const auth = serverAuth(req);
      const revoked = await service.logoutEverywhere(req.ctx, client(req));
      clearSessionCookies(reply, auth.secure);
      return { revoked };
    },
  });

  app.get('/api/auth/sessions', {
    schema: { tags, summary: 'Your sessions that are still signed in', response: { 200: SessionList, ...errors } },
    handler: async (req) => {
      serverAuth(req);
      return { items: await service.listSessions(req.ctx) };
    },
  });

  app.delete('/api/auth/sessions/:id', {
    schema: { tags, summary: 'Sign out one of your sessions', params: SessionParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      const auth = serverAuth(req);
      await service.endSession(req.ctx, req.params.id, client(req));
      if (req.params.id === req.ctx.actor.sessionId) clearSessionCookies(reply, auth.secure);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/auth/password', {
    schema: {
      tags,
      summary: 'Change your password (your other sessions end)',
      body: ChangePassword,
      response: { 204: z.null(), ...errors },
    },
    handler: async (req, reply) => {
      serverAuth(req);
      await service.changePassword(req.ctx, req.body, client(req));
      return reply.code(204).send(null);
    },
  });

  app.post('/api/auth/accept-invitation', {
    schema: {
      tags,
      summary: 'Accept an invitation: choose a name and password, and sign in',
      body: AcceptInvitation,
      response: { 200: Me, ...errors },
    },
    handler: async (req, reply) => {
      serverAuth(req);
      const { user, token } = await service.acceptInvitation(req.ctx.db, req.body, req.ctx.now(), client(req));
      signedIn(req, reply, token);
      return { mode: 'server' as const, user };
    },
  });

  app.post('/api/auth/reset-password', {
    schema: {
      tags,
      summary: 'Set a new password from a reset link (every session of the account ends)',
      body: ResetPassword,
      response: { 204: z.null(), ...errors },
    },
    handler: async (req, reply) => {
      serverAuth(req);
      await service.resetPassword(req.ctx.db, req.body, req.ctx.now(), client(req));
      return reply.code(204).send(null);
    },
  });

  app.post('/api/account/delete', {
    schema: {
      tags,
      summary: 'Delete your account and everything in it (asks for your password)',
      description:
        'Every row you own goes, shares to and from you end, and comments you wrote as a coach are removed. The audit log records that the account was deleted, without content. Download a backup first (GET /api/export) to keep a copy.',
      body: DeleteAccount,
      response: { 204: z.null(), ...errors },
    },
    handler: async (req, reply) => {
      const auth = serverAuth(req);
      await deletion.deleteOwnAccount(req.ctx, req.body.password, client(req).ip);
      clearSessionCookies(reply, auth.secure);
      return reply.code(204).send(null);
    },
  });

  // ---- Admin (404 for everyone else).

  app.post('/api/admin/invitations', {
    schema: {
      tags,
      summary: 'Invite someone (admin): answers the one-time link to send them',
      body: CreateInvitation,
      response: { 201: CreatedInvitation, ...errors },
    },
    onRequest: adminOnly,
    handler: async (req, reply) => {
      const created = await service.invite(
        req.ctx.db,
        req.ctx.actor.userId,
        { email: req.body.email, role: req.body.role },
        req.ctx.now(),
        baseUrl(req, publicUrl),
      );
      return reply.code(201).header('cache-control', 'no-store').send(created);
    },
  });

  app.get('/api/admin/users', {
    schema: { tags, summary: 'Every account (admin)', response: { 200: UserList, ...errors } },
    onRequest: adminOnly,
    handler: async (req) => {
      return { items: await service.listUsers(req.ctx.db) };
    },
  });

  app.patch('/api/admin/users/:id', {
    schema: {
      tags,
      summary: "Change an account's role or name, or disable it (admin)",
      params: IdParams,
      body: UpdateUser,
      response: { 200: AccountUser, ...errors },
    },
    onRequest: adminOnly,
    handler: async (req) => {
      return service.updateUser(req.ctx, req.params.id, req.body);
    },
  });

  app.delete('/api/admin/users/:id', {
    schema: { tags, summary: 'Delete an account and everything it owns (admin)', params: IdParams, response: { 204: z.null(), ...errors } },
    onRequest: adminOnly,
    handler: async (req, reply) => {
      await deletion.deleteAccountAsAdmin(req.ctx, req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/admin/users/:id/reset-link', {
    schema: {
      tags,
      summary: 'Issue a one-time password reset link for an account (admin)',
      params: IdParams,
      response: { 201: IssuedLink, ...errors },
    },
    onRequest: adminOnly,
    handler: async (req, reply) => {
      const link = await service.issueResetLink(req.ctx.db, req.ctx.actor.userId, req.params.id, req.ctx.now(), baseUrl(req, publicUrl));
      return reply.code(201).header('cache-control', 'no-store').send(link);
    },
  });
};
