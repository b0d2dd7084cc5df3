import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDirs } from '../../../test/support/cli.js';
import { Browser, buildServerApp } from '../../../test/security/support.js';
import { openDb, sqliteFileIn } from '../../server/db/connect.js';
import { SCHEMA_VERSION } from '../../server/db/migrate.js';

const dirs = tempDirs('ob-admin-');
afterAll(dirs.removeAll);

describe('offerbook admin', { timeout: 120_000 }, () => {
  const dataDir = dirs.make();

  it('creates the first admin from a piped password, who can then sign in to a server-mode app', async () => {
    const made = runCli(
      ['admin', 'create-user', '--email', 'Root@Example.org', '--role', 'admin', '--name', 'Rita Root', '--password-stdin'],
      dataDir,
      'a long admin password\n',
    );
    expect(made.stderr).toMatch(/OFFERBOOK_MODE=server/);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^Created admin root@example\.org \(/);

    const db = await openDb({ kind: 'sqlite', file: sqliteFileIn(dataDir) });
    const app = await buildServerApp(db);
    try {
      const browser = new Browser(app);
      const res = await browser.signIn('root@example.org', 'a long admin password');
      expect(res.json()).toMatchObject({ mode: 'server', user: { email: 'root@example.org', role: 'admin', displayName: 'Rita Root' } });
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('refuses bad options naming them, a short password, and a second account with the same email', () => {
    const badEmail = runCli(['admin', 'create-user', '--email', 'not-an-email', '--password-stdin'], dataDir, 'a long admin password');
    expect(badEmail.code).toBe(2);
    expect(badEmail.stderr).toMatch(/--email must be an email address/);
    const badRole = runCli(['admin', 'invite', '--email', 'x@example.org', '--role', 'owner'], dataDir);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/--role must be candidate, coach or admin/);
    const short = runCli(['admin', 'create-user', '--email', 'y@example.org', '--password-stdin'], dataDir, 'short');
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/password must be 10 to 200 characters/);
    const twice = runCli(['admin', 'create-user', '--email', 'root@example.org', '--password-stdin'], dataDir, 'another long password');
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/already exists/);
    const noTty = runCli(['admin', 'create-user', '--email', 'z@example.org'], dataDir, '');
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toMatch(/--password-stdin/);
  });

  it('invites by email, printing a one-time link on the configured public address', () => {
    const res = runCli(['admin', 'invite', '--email', 'coach@example.org', '--role', 'coach'], dataDir);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout.trim()).toMatch(/^http:\/\/127\.0\.0\.1:4870\/accept-invitation#token=[\w-]{43}$/);
    expect(res.stderr).toMatch(/coach@example\.org \(coach\)/);
  });

  it('lists the accounts, as text and JSON', () => {
    const text = runCli(['admin', 'list-users'], dataDir);
    expect(text.stdout).toMatch(/root@example\.org\s+admin\s+active\s+Rita Root/);
    const json = JSON.parse(runCli(['admin', 'list-users', '--json'], dataDir).stdout) as { items: Array<{ email: string; role: string }> };
    expect(json.items).toEqual([expect.objectContaining({ email: 'root@example.org', role: 'admin' })]);
  });

  it("exports one account's notebook as a backup", () => {
    const out = join(dataDir, 'root.json');
    const res = runCli(['admin', 'export', '--email', 'root@example.org', '--out', out], dataDir);
    expect(res.code, res.stderr).toBe(0);
    const backup = JSON.parse(readFileSync(out, 'utf8')) as { schemaVersion: string };
    expect(backup.schemaVersion).toBe(SCHEMA_VERSION);
    const missing = runCli(['admin', 'export', '--email', 'nobody@example.org', '--out', '-'], dataDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No account has the email nobody@example\.org/);
  });

  it('deletes an account only with --yes, and never the last admin', () => {
    const made = runCli(
      ['admin', 'create-user', '--email', 'gone@example.org', '--role', 'coach', '--password-stdin'],
      dataDir,
      'a long coach password\n',
    );
    expect(made.code, made.stderr).toBe(0);
    const refused = runCli(['admin', 'delete-user', '--email', 'gone@example.org'], dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--yes/);
    const done = runCli(['admin', 'delete-user', '--email', 'gone@example.org', '--yes'], dataDir);
    expect(done.code, done.stderr).toBe(0);
    expect(runCli(['admin', 'list-users'], dataDir).stdout).not.toContain('gone@example.org');
    const lastAdmin = runCli(['admin', 'delete-user', '--email', 'root@example.org', '--yes'], dataDir);
    expect(lastAdmin.code).toBe(1);
    expect(lastAdmin.stderr).toMatch(/last admin/);
  });
});
