import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkA11y, ensureBuilt, launchBrowser, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 10_000 });
const root = new URL('../../', import.meta.url).pathname;
const PASSWORD = 'a long candidate password';

describe('server mode: a candidate downloads their data and deletes their account', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const dataDir = mkdtempSync(join(tmpdir(), 'ob-e2e-delete-'));

  beforeAll(async () => {
    ensureBuilt();
    const made = spawnSync(
      process.execPath,
      [join(root, 'dist/cli/main.js'), 'admin', 'create-user', '--email', 'cara@example.org', '--role', 'candidate', '--password-stdin'],
      {
        cwd: root,
        env: { ...process.env, OFFERBOOK_DATA_DIR: dataDir, DATABASE_URL: '' },
        input: `${PASSWORD}\n`,
        encoding: 'utf8',
      },
    );
    expect(made.status, made.stderr).toBe(0);
    app = await startApp({ dataDir, env: { OFFERBOOK_MODE: 'server', OFFERBOOK_ALLOW_SQLITE_SERVER: '1', DATABASE_URL: '' } });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs in, downloads only their own notebook, and deletes the account with the password', async () => {
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('textbox', { name: /^Email/ }).fill('cara@example.org');
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByLabel(/^Password/).press('Enter');
    await page.waitForURL(`${app.url}/`);
    await page.goto(`${app.url}/opportunities/new`);
    await page.getByRole('textbox', { name: /^Employer/ }).fill('Tidewater');
    await page.getByRole('textbox', { name: /^Role/ }).fill('Planner');
    await page.getByRole('textbox', { name: /^Role/ }).press('Enter');
    await page.waitForURL(/\/opportunities\/[0-9a-f-]{36}$/);

    // Settings: the download holds the notebook; local mode's automatic backups and "delete everything" are not here.
    await page.goto(`${app.url}/settings`);
    await visible(page.getByRole('heading', { name: 'Your data' }));
    expect(await page.getByRole('button', { name: 'Delete everything…' }).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download a backup' }).click()]);
    const saved = join(dataDir, 'cara.json');
    await download.saveAs(saved);
    expect(JSON.parse(readFileSync(saved, 'utf8')).tables.opportunities).toEqual([expect.objectContaining({ role_title: 'Planner' })]);

    // Account: a wrong password deletes nothing; the right one deletes the account and signs out.
    await page.goto(`${app.url}/account`);
    const section = page.getByRole('form', { name: 'Delete my account' });
    await visible(section);
    await checkA11y(page);
    await section.getByLabel('Your password').fill('not my password');
    await section.getByRole('button', { name: 'Delete my account' }).click();
    await visible(section.getByText('That is not your password.'));
    await section.getByLabel('Your password').fill(PASSWORD);
    await section.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL(/\/sign-in/);

    // The account is gone: signing in again is refused.
    await page.getByRole('textbox', { name: /^Email/ }).fill('cara@example.org');
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByLabel(/^Password/).press('Enter');
    await visible(page.getByRole('alert').getByText('Email or password is incorrect'));
  }, 120_000);
});
