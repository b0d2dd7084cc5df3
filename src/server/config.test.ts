import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_PORT, isLoopback, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to loopback, the documented port and the user data folder', () => {
    const config = loadConfig({ HOME: '/home/ana', XDG_DATA_HOME: '/home/ana/.local/share' });
    expect(config).toMatchObject({ port: DEFAULT_PORT, host: '127.0.0.1', databaseUrl: null });
    expect(config.dataDir).toMatch(/offerbook$/);
  });

  it('puts backups in the data folder unless OFFERBOOK_BACKUP_DIR names another, and turns them off with OFFERBOOK_AUTO_BACKUP=0', () => {
    expect(loadConfig({ OFFERBOOK_DATA_DIR: '/data/ob' })).toMatchObject({ backupDir: '/data/ob/backups', autoBackup: true });
    expect(loadConfig({ OFFERBOOK_DATA_DIR: '/data/ob', OFFERBOOK_BACKUP_DIR: '/sync/ob', OFFERBOOK_AUTO_BACKUP: '0' })).toMatchObject({
      backupDir: '/sync/ob',
      autoBackup: false,
    });
    expect(() => loadConfig({ OFFERBOOK_AUTO_BACKUP: 'no' })).toThrow(/^OFFERBOOK_AUTO_BACKUP must be 0 or 1/);
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

  it('defaults to local mode with no proxy and no public address', () => {
    expect(loadConfig({})).toMatchObject({ mode: 'local', trustProxy: false, publicUrl: null });
  });

  it('reads server mode with PostgreSQL, any HOST, TRUST_PROXY and the public address', () => {
    const config = loadConfig({
      OFFERBOOK_MODE: 'server',
      DATABASE_URL: 'postgres://u@db/ob',
      HOST: '0.0.0.0',
      TRUST_PROXY: '1',
      OFFERBOOK_PUBLIC_URL: 'https://offerbook.example.org/',
    });
    expect(config).toMatchObject({ mode: 'server', host: '0.0.0.0', trustProxy: 1, publicUrl: 'https://offerbook.example.org' });
    expect(loadConfig({ OFFERBOOK_MODE: 'server', DATABASE_URL: 'postgres://u@db/ob', TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ OFFERBOOK_MODE: 'server', DATABASE_URL: 'postgres://u@db/ob', TRUST_PROXY: '10.0.0.1, 10.0.0.2' }).trustProxy).toBe(
      '10.0.0.1, 10.0.0.2',
    );
  });

  it('requires OFFERBOOK_PUBLIC_URL in server mode unless HOST is loopback, so links never follow a Host header', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'offerbook.example.org']) {
      expect(() => loadConfig({ OFFERBOOK_MODE: 'server', DATABASE_URL: 'postgres://u@db/ob', HOST: host })).toThrow(
        /^OFFERBOOK_PUBLIC_URL is required when OFFERBOOK_MODE=server listens beyond loopback/,
      );
    }
    for (const host of ['127.0.0.1', '::1', 'localhost']) {
      expect(loadConfig({ OFFERBOOK_MODE: 'server', DATABASE_URL: 'postgres://u@db/ob', HOST: host })).toMatchObject({
        mode: 'server',
        host,
        publicUrl: null,
      });
    }
    expect(
      loadConfig({
        OFFERBOOK_MODE: 'server',
        DATABASE_URL: 'postgres://u@db/ob',
        HOST: '0.0.0.0',
        OFFERBOOK_PUBLIC_URL: 'http://10.0.0.5:4870',
      }).publicUrl,
    ).toBe('http://10.0.0.5:4870');
  });

  it('requires DATABASE_URL in server mode unless SQLite is explicitly allowed', () => {
    expect(() => loadConfig({ OFFERBOOK_MODE: 'server' })).toThrow(
      /^DATABASE_URL is required when OFFERBOOK_MODE=server.*OFFERBOOK_ALLOW_SQLITE_SERVER=1/,
    );
    expect(loadConfig({ OFFERBOOK_MODE: 'server', OFFERBOOK_ALLOW_SQLITE_SERVER: '1' })).toMatchObject({
      mode: 'server',
      databaseUrl: null,
    });
  });

  it.each([
    [{ OFFERBOOK_MODE: 'cloud' }, /^OFFERBOOK_MODE must be local or server/],
    [{ OFFERBOOK_MODE: 'server', OFFERBOOK_ALLOW_SQLITE_SERVER: 'yes' }, /^OFFERBOOK_ALLOW_SQLITE_SERVER must be 0 or 1/],
    [
      { OFFERBOOK_MODE: 'server', DATABASE_URL: 'postgres://u@db/ob', OFFERBOOK_PUBLIC_URL: 'ftp://x.example' },
      /^OFFERBOOK_PUBLIC_URL must be an http or https address/,
    ],
    [{ OFFERBOOK_MODE: 'server', DATABASE_URL: 'postgres://u@db/ob', TRUST_PROXY: 'yes please!' }, /^TRUST_PROXY must be true, false/],
    [{ TRUST_PROXY: 'true' }, /^TRUST_PROXY only applies when OFFERBOOK_MODE=server/],
    [{ OFFERBOOK_ALLOW_SQLITE_SERVER: '1' }, /^OFFERBOOK_ALLOW_SQLITE_SERVER only applies/],
  ])('refuses %o naming the variable (modes)', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('still keeps local mode on loopback and points at server mode', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0', OFFERBOOK_MODE: 'local' })).toThrow(
      /HOST must be a loopback address.*OFFERBOOK_MODE=server/,
    );
  });
});
