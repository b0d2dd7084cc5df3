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
}

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
});

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
  if (!isLoopback(v.HOST)) {
    throw new ConfigError(
      `HOST must be a loopback address (127.0.0.1, ::1 or localhost), got ${JSON.stringify(v.HOST)}: ` +
        'Offerbook runs in local mode with no accounts, so anyone who could reach it could read your notebook.',
    );
  }
  return {
    port: v.PORT,
    host: v.HOST,
    dataDir: v.OFFERBOOK_DATA_DIR ?? defaultDataDir(env),
    databaseUrl: v.DATABASE_URL ?? null,
    logLevel: v.OFFERBOOK_LOG_LEVEL,
  };
}
