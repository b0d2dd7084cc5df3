import { homedir, platform } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

/** Typed, validated configuration, read once at start from the environment. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** `local`: one implicit user on loopback, no sign-in. `server`: accounts, sessions and CSRF (issue #8). */
  mode: OfferbookMode;
  /** Fastify's trustProxy: false, true, a hop count or a list of proxy addresses (server mode). */
  trustProxy: boolean | number | string;
  /** The address users reach the app at (links in invitations; Secure cookies when https). */
  publicUrl: string | null;
  /** Where automatic backups and pre-restore copies go: OFFERBOOK_BACKUP_DIR, else `backups/` in the data folder. */
  backupDir: string;
  /** Local mode: take automatic backups (OFFERBOOK_AUTO_BACKUP=0 turns them off). */
  autoBackup: boolean;
}

export type OfferbookMode = 'local' | 'server';

/** Thrown when the environment holds a bad value; the message names the variable. */
export class ConfigError extends Error {}

/** The platform's per-user data folder for Offerbook. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const home = homedir();
  if (platform() === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'offerbook');
  if (platform() === 'darwin') return join(home, 'Library', 'Application Support', 'offerbook');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'offerbook');
}

/** True for addresses that only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export const DEFAULT_PORT = 4870;

const schema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(0, { message: 'must be 0 to 65535' })
    .max(65535, { message: 'must be 0 to 65535' })
    .default(DEFAULT_PORT),
  HOST: z.string().min(1).default('127.0.0.1'),
  OFFERBOOK_DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, { message: 'must be a PostgreSQL URL such as postgres://user@host:5432/offerbook' })
    .optional(),
  OFFERBOOK_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('warn'),
  OFFERBOOK_MODE: z.enum(['local', 'server'], { message: 'must be local or server' }).default('local'),
  OFFERBOOK_ALLOW_SQLITE_SERVER: z.enum(['0', '1'], { message: 'must be 0 or 1' }).default('0'),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[\w.:/,\s-]+)$/, {
      message: 'must be true, false, a hop count or a comma-separated list of proxy addresses',
    })
    .optional(),
  OFFERBOOK_BACKUP_DIR: z.string().min(1).optional(),
  OFFERBOOK_AUTO_BACKUP: z.enum(['0', '1'], { message: 'must be 0 or 1' }).default('1'),
  OFFERBOOK_PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http or https address such as https://offerbook.example.org' })
    .optional(),
});

/** TRUST_PROXY as Fastify's trustProxy option. */
function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** Reads and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`${name} ${issue.message} (got ${JSON.stringify(env[name] ?? '')})`);
  }
  const v = parsed.data;
  if (v.OFFERBOOK_MODE === 'server') {
    if (!v.DATABASE_URL && v.OFFERBOOK_ALLOW_SQLITE_SERVER !== '1') {
      throw new ConfigError(
        'DATABASE_URL is required when OFFERBOOK_MODE=server (PostgreSQL carries many users and several instances); ' +
          'set OFFERBOOK_ALLOW_SQLITE_SERVER=1 to run server mode on one SQLite file anyway.',
      );
    }
  } else {
    if (v.TRUST_PROXY !== undefined)
      throw new ConfigError('TRUST_PROXY only applies when OFFERBOOK_MODE=server (local mode listens on loopback only).');
    if (v.OFFERBOOK_ALLOW_SQLITE_SERVER === '1')
      throw new ConfigError('OFFERBOOK_ALLOW_SQLITE_SERVER only applies when OFFERBOOK_MODE=server.');
  }
  if (v.OFFERBOOK_MODE === 'server' && !v.OFFERBOOK_PUBLIC_URL && !isLoopback(v.HOST)) {
    throw new ConfigError(
      `OFFERBOOK_PUBLIC_URL is required when OFFERBOOK_MODE=server listens beyond loopback (HOST=${JSON.stringify(v.HOST)}): ` +
        'invitation and password reset links are built on it, never on the Host header a request names. ' +
        'Set it to the address people reach Offerbook at, such as https://offerbook.example.org.',
    );
  }
  if (v.OFFERBOOK_MODE === 'local' && !isLoopback(v.HOST)) {
    throw new ConfigError(
      `HOST must be a loopback address (127.0.0.1, ::1 or localhost), got ${JSON.stringify(v.HOST)}: ` +
        'Offerbook runs in local mode with no accounts, so anyone who could reach it could read your notebook ' +
        '(OFFERBOOK_MODE=server adds accounts and allows other addresses).',
    );
  }
  const dataDir = v.OFFERBOOK_DATA_DIR ?? defaultDataDir(env);
  return {
    port: v.PORT,
    host: v.HOST,
    dataDir,
    databaseUrl: v.DATABASE_URL ?? null,
    logLevel: v.OFFERBOOK_LOG_LEVEL,
    mode: v.OFFERBOOK_MODE,
    trustProxy: parseTrustProxy(v.TRUST_PROXY),
    publicUrl: v.OFFERBOOK_PUBLIC_URL ? v.OFFERBOOK_PUBLIC_URL.replace(/\/+$/, '') : null,
    backupDir: v.OFFERBOOK_BACKUP_DIR ?? join(dataDir, 'backups'),
    autoBackup: v.OFFERBOOK_AUTO_BACKUP === '1',
  };
}
