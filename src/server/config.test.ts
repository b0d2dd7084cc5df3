import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_PORT, isLoopback, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to loopback, the documented port and the user data folder', () => {
    const config = loadConfig({ HOME: '/home/ana', XDG_DATA_HOME: '/home/ana/.local/share' });
    expect(config).toMatchObject({ port: DEFAULT_PORT, host: '127.0.0.1', databaseUrl: null });
    expect(config.dataDir).toMatch(/offerbook$/);
  });

  it('reads every variable', () => {
    const config = loadConfig({ PORT: '5000', HOST: '::1', OFFERBOOK_DATA_DIR: '/data/ob', DATABASE_URL: 'postgres://u@db:5432/ob' });
    expect(config).toMatchObject({ port: 5000, host: '::1', dataDir: '/data/ob', databaseUrl: 'postgres://u@db:5432/ob' });
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT must be a number/],
    [{ PORT: '70000' }, /^PORT must be 0 to 65535/],
    [{ PORT: '80.5' }, /^PORT must be a whole number/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must be a PostgreSQL URL/],
    [{ OFFERBOOK_LOG_LEVEL: 'loud' }, /^OFFERBOOK_LOG_LEVEL/],
  ])('refuses %o naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('refuses a non-loopback HOST and says why', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST must be a loopback address.*no accounts/);
  });

  it('recognises loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', 'localhost'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '192.168.1.2', 'example.com', '::'].some(isLoopback)).toBe(false);
  });
});
