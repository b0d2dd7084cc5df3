import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { DEFAULT_PORT, loadConfig } from '../../src/server/config.js';
import type { Db } from '../../src/server/db/connect.js';
import { createUser } from '../../src/server/features/accounts/service.js';
import { createTestDb } from '../support/db.js';
import { ensureBuilt } from '../e2e/harness.js';

// The Dockerfile, compose.yaml and the Caddyfile cannot be built or run here (no Docker, no internet): this keeps
// them in step with the README's commands, package.json and the server's own settings, and runs the app the way
// they configure it, behind an https proxy.

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as { bin: Record<string, string>; scripts: Record<string, string> };
const readme = read('README.md');

/** The Dockerfile's instructions, continuation lines joined, comments dropped, per stage. */
function dockerfile(): { op: string; args: string }[] {
  const lines = read('Dockerfile')
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  return lines.map((l) => {
    const [op, ...rest] = l.split(/\s+/);
    return { op: op!.toUpperCase(), args: rest.join(' ') };
  });
}

/** The runtime stage's ENV (after the last FROM). */
function runtimeEnv(): Record<string, string> {
  const ins = dockerfile();
  const last = ins.map((i) => i.op).lastIndexOf('FROM');
  const env: Record<string, string> = {};
  for (const i of ins.slice(last).filter((x) => x.op === 'ENV')) for (const [, k, v] of i.args.matchAll(/(\w+)=(\S+)/g)) env[k!] = v!;
  return env;
}

/** deploy/env.example as the sample values compose reads from .env. */
function sampleEnv(): Record<string, string> {
  return Object.fromEntries(
    read('deploy/env.example')
      .split('\n')
      .filter((l) => /^\w+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

/** Compose's `${VAR}` and `${VAR:?message}` with the sample .env; a variable it lacks fails the test. */
function substitute(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::\?[^}]*)?\}/g, (_m, name: string) => {
    if (!(name in env)) throw new Error(`compose.yaml uses \${${name}}, which deploy/env.example does not set`);
    return env[name]!;
  });
}

interface Compose {
  services: Record<
    string,
    {
      image?: string;
      build?: string;
      environment?: Record<string, string>;
      volumes?: string[];
      expose?: string[];
      ports?: string[];
      depends_on?: unknown;
    }
  >;
}
const compose = parse(read('compose.yaml')) as Compose;
const offerbookEnv = () =>
  Object.fromEntries(Object.entries(compose.services.offerbook!.environment!).map(([k, v]) => [k, substitute(String(v), sampleEnv())]));

describe('the Dockerfile', () => {
  it('installs with the lockfile, which builds the app through prepare, as `npm install` does', () => {
    const runs = dockerfile()
      .filter((i) => i.op === 'RUN')
      .map((i) => i.args);
    expect(runs.some((r) => /\bnpm ci\b/.test(r))).toBe(true);
    expect(pkg.scripts.prepare).toBe('npm run build');
    // Everything the build reads is copied in before the install.
    for (const copy of dockerfile().filter((i) => i.op === 'COPY' && !i.args.startsWith('--from'))) {
      for (const src of copy.args.split(/\s+/).slice(0, -1)) expect(existsSync(join(root, src)), src).toBe(true);
    }
    for (const needed of ['src', 'scripts', 'bin', 'vite.config.ts', 'package-lock.json'])
      expect(read('Dockerfile')).toMatch(new RegExp(`COPY [^\\n]*\\b${needed.replace('.', '\\.')}\\b`));
  });

  it('serves in server mode with `offerbook serve`, the command npm start runs, on the default port', () => {
    const env = runtimeEnv();
    expect(env).toMatchObject({ OFFERBOOK_MODE: 'server', HOST: '0.0.0.0', PORT: String(DEFAULT_PORT) });
    const cmd = dockerfile().findLast((i) => i.op === 'CMD')!.args;
    expect(JSON.parse(cmd)).toEqual(['offerbook', 'serve']);
    expect(pkg.scripts.start).toBe(`node ${pkg.bin.offerbook} serve`);
    // `offerbook` on the PATH is the package's own bin.
    expect(read('Dockerfile')).toContain(`ln -s /app/${pkg.bin.offerbook} /usr/local/bin/offerbook`);
    expect(dockerfile().find((i) => i.op === 'EXPOSE')?.args).toBe(String(DEFAULT_PORT));
    expect(read('Dockerfile')).toContain(`http://127.0.0.1:${DEFAULT_PORT}/api/health`);
  });

  it('leaves out what the image does not need, and the secrets', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const p of ['node_modules', 'dist', '.git', '.env']) expect(ignored).toContain(p);
  });
});

describe('compose.yaml', () => {
  it('runs the Dockerfile with PostgreSQL, in a configuration the server accepts', () => {
    expect(compose.services.offerbook!.build).toBe('.');
    expect(compose.services.db!.image).toMatch(/^postgres:\d+/);
    const env = offerbookEnv();
    // Every variable is one the README documents…
    for (const name of Object.keys(env)) expect(readme, name).toContain(`| \`${name}\` |`);
    // …and the server starts with them: server mode on PostgreSQL, its public https address, one proxy trusted.
    const config = loadConfig(env);
    expect(config).toMatchObject({
      mode: 'server',
      host: '0.0.0.0',
      port: DEFAULT_PORT,
      trustProxy: 1,
      publicUrl: 'https://offerbook.example.org',
    });
    const db = new URL(config.databaseUrl!);
    expect({ host: db.hostname, port: db.port, database: db.pathname, user: db.username }).toEqual({
      host: 'db',
      port: '5432',
      database: '/offerbook',
      user: 'offerbook',
    });
    expect(compose.services.offerbook!.expose).toEqual([String(config.port)]);
  });

  it('connects as an ordinary role that owns the database (row-level security does not bind superusers)', () => {
    const init = read('deploy/postgres-init.sh');
    expect(compose.services.db!.volumes).toContain('./deploy/postgres-init.sh:/docker-entrypoint-initdb.d/offerbook.sh:ro');
    expect(statSync(join(root, 'deploy/postgres-init.sh')).mode & 0o111).not.toBe(0);
    expect(init).toMatch(/create role offerbook login password '\$\{OFFERBOOK_DB_PASSWORD\}' nosuperuser/);
    expect(init).toContain('create database offerbook owner offerbook;');
    expect(compose.services.db!.environment).toHaveProperty('OFFERBOOK_DB_PASSWORD');
  });

  it('puts Caddy in front, proxying to the Offerbook service on its port for the domain of the public address', () => {
    const proxy = compose.services.proxy!;
    expect(proxy.ports).toEqual(['80:80', '443:443']);
    expect(proxy.volumes).toContain('./deploy/Caddyfile:/etc/caddy/Caddyfile:ro');
    const caddy = read('deploy/Caddyfile');
    expect(caddy).toMatch(/^\{\$OFFERBOOK_DOMAIN\} \{$/m);
    expect(caddy).toMatch(new RegExp(`reverse_proxy offerbook:${loadConfig(offerbookEnv()).port}$`, 'm'));
    expect(`https://${sampleEnv().OFFERBOOK_DOMAIN}`).toBe(offerbookEnv().OFFERBOOK_PUBLIC_URL);
  });

  it('is started and given its first admin with the commands the README gives', () => {
    expect(readme).toContain('`cp deploy/env.example .env`');
    expect(readme).toContain('`docker compose up -d --build`');
    // The admin command is the CLI's own, as the README's command table spells it.
    const adminCommand = /`docker compose exec offerbook (offerbook admin create-user --email \S+ --role admin)`/.exec(readme)?.[1];
    expect(adminCommand).toBeDefined();
    expect(readme).toContain('| `offerbook admin create-user --email E --role admin');
    expect(read('compose.yaml')).toContain(`docker compose exec offerbook ${adminCommand!}`);
  });
});

describe('behind the https proxy, as compose.yaml configures it', () => {
  let app: FastifyInstance;
  let db: Db;
  const env = offerbookEnv();

  beforeAll(async () => {
    ensureBuilt();
    const config = loadConfig(env);
    db = await createTestDb('sqlite');
    app = await buildApp({ db, logLevel: 'silent', mode: 'server', publicUrl: config.publicUrl, trustProxy: config.trustProxy });
    await app.ready();
    await createUser(db, { email: 'you@example.org', role: 'admin', password: 'a long enough password' }, new Date());
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  const viaProxy = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7', host: 'offerbook.example.org' };

  it('signs in with Secure cookies', async () => {
    const first = await app.inject({ method: 'GET', url: '/api/health', headers: viaProxy });
    const csrf = /ob_csrf=([^;]+)/.exec(String(first.headers['set-cookie']))?.[1] ?? '';
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: {
        ...viaProxy,
        cookie: `ob_csrf=${csrf}`,
        'x-csrf-token': decodeURIComponent(csrf),
        'content-type': 'application/json',
        origin: 'https://offerbook.example.org',
      },
      payload: { email: 'you@example.org', password: 'a long enough password' },
    });
    expect(res.statusCode).toBe(200);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(cookies.length).toBeGreaterThan(0);
    for (const c of cookies) expect(c).toMatch(/;\s*Secure/i);
  });

  it('serves the installable app to a phone that is not signed in yet: the manifest, the service worker, the icons', async () => {
    const manifest = await app.inject({ method: 'GET', url: '/manifest.webmanifest', headers: viaProxy });
    expect(manifest.statusCode).toBe(200);
    expect(JSON.parse(manifest.body)).toMatchObject({ display: 'standalone', start_url: '/' });
    const sw = await app.inject({ method: 'GET', url: '/sw.js', headers: viaProxy });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['content-type']).toMatch(/javascript/);
    expect(sw.body).toContain('offerbook-day-v1');
    const icon = await app.inject({ method: 'GET', url: '/icons/maskable-512.png', headers: viaProxy });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/png');
    // The CSP allows the service worker and the manifest from this origin, and nothing more.
    const csp = String(manifest.headers['content-security-policy']);
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("manifest-src 'self'");
    // Any page still answers the app (the service worker's navigations fall back to it too).
    const page = await app.inject({ method: 'GET', url: '/interviews/some-id', headers: viaProxy });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('rel="manifest"');
  });
});
