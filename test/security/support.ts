import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/server/auth/actor.js';
import { buildApp } from '../../src/server/app.js';
import type { Db, DialectName } from '../../src/server/db/connect.js';
import { createUser } from '../../src/server/features/accounts/service.js';
import { createTestDb } from '../support/db.js';

/** A password every test account uses. */
export const PASSWORD = 'correct horse battery';

/** A server-mode app on a database, driven in-process. */
export async function buildServerApp(db: Db, options: { now?: () => Date; publicUrl?: string | null } = {}): Promise<FastifyInstance> {
  const app = await buildApp({ db, logLevel: 'silent', webDir: '/nonexistent', mode: 'server', ...options });
  await app.ready();
  return app;
}

export interface ServerTestApp {
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

/** A server-mode app on a fresh migrated database of the dialect. */
export async function createServerTestApp(
  dialect: DialectName,
  options: { now?: () => Date; publicUrl?: string | null } = {},
): Promise<ServerTestApp> {
  const db = await createTestDb(dialect);
  const app = await buildServerApp(db, options);
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/** The cookies a response sets, by name (an empty value means deleted). */
export function setCookies(res: LightMyRequestResponse): Map<string, string> {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const out = new Map<string, string>();
  for (const c of list) {
    const [pair] = c.split(';');
    const eq = pair!.indexOf('=');
    out.set(pair!.slice(0, eq), decodeURIComponent(pair!.slice(eq + 1)));
  }
  return out;
}

/**
 * A browser stand-in: keeps the cookies it is given and, like the web client, echoes the CSRF
 * cookie in `x-csrf-token` on every write (unless told not to).
 */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(public app: FastifyInstance) {}

  async request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const { csrf = true, ...rest } = options;
    const headers: Record<string, string> = { ...(rest.headers as Record<string, string> | undefined) };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
    const method = (rest.method ?? 'GET').toUpperCase();
    const token = this.cookies.get('ob_csrf');
    if (csrf && token && !['GET', 'HEAD', 'OPTIONS'].includes(method)) headers['x-csrf-token'] = token;
    const res = await this.app.inject({ ...rest, headers });
    for (const [k, v] of setCookies(res)) {
      if (v === '') this.cookies.delete(k);
      else this.cookies.set(k, v);
    }
    return res;
  }

  /** Picks up the anonymous CSRF cookie, then signs in. */
  async signIn(email: string, password = PASSWORD): Promise<LightMyRequestResponse> {
    if (!this.cookies.has('ob_csrf')) await this.request({ method: 'GET', url: '/api/health' });
    return this.request({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  }

  /** A browser on another app instance carrying this one's cookies. */
  on(app: FastifyInstance): Browser {
    const other = new Browser(app);
    for (const [k, v] of this.cookies) other.cookies.set(k, v);
    return other;
  }
}

/** Makes an account directly (as `offerbook admin create-user` does) and answers a signed-in browser. */
export async function signedInAs(
  app: FastifyInstance,
  db: Db,
  email: string,
  role: Role = 'candidate',
  now = new Date(),
): Promise<{ browser: Browser; userId: string }> {
  const user = await createUser(db, { email, role, password: PASSWORD }, now);
  const browser = new Browser(app);
  const res = await browser.signIn(email);
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return { browser, userId: user.id };
}
