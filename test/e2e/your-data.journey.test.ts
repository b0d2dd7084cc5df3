import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { fillNotebook, type Send } from '../support/notebook.js';
import { checkA11y, launchBrowser, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 10_000 });
const MARK = 'Axolotl3390';

describe('your data journey: download, delete everything, restore', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const send: Send = async (method, url, payload) => {
    const res = await fetch(`${app.url}${url}`, {
      method,
      headers: payload ? { 'content-type': 'application/json' } : {},
      body: payload ? JSON.stringify(payload) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as never;
  };
  const exported = async () => (await (await fetch(`${app.url}/api/export`)).text()).replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"');

  it('brings every object back from the downloaded backup', async () => {
    await fillNotebook(send, MARK);
    const before = await exported();
    expect(before).toContain(MARK);

    // Download a backup from Settings.
    await page.goto(`${app.url}/settings`);
    await visible(page.getByRole('heading', { name: 'Your data' }));
    await checkA11y(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download a backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^offerbook-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = join(app.dataDir, 'downloaded.json');
    await download.saveAs(saved);
    expect(readFileSync(saved, 'utf8').replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"')).toBe(before);

    // Delete everything: the button waits for the words typed out.
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
    await visible(dialog);
    await visible(dialog.getByRole('link', { name: 'Download a backup first' }));
    const confirm = dialog.getByRole('button', { name: 'Delete everything' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: /to confirm/ }).fill('delete everything');
    await checkA11y(page);
    await confirm.click();
    // The app starts over, empty as on first start.
    await visible(page.getByRole('heading', { name: 'Welcome to Offerbook' }));
    expect((await send<{ items: unknown[] }>('GET', '/api/opportunities')).items).toEqual([]);
    expect((await send<{ items: unknown[] }>('GET', `/api/search?q=${MARK}`)).items).toEqual([]);

    // Restore the download: the dialog says what it holds before anything changes.
    await page.goto(`${app.url}/settings`);
    await visible(page.getByRole('heading', { name: 'Your data' }));
    await page.getByLabel('Restore a backup').setInputFiles(saved);
    const restore = page.getByRole('dialog', { name: 'Restore this backup?' });
    await visible(restore);
    await expect.poll(() => restore.getByTestId('restore-summary').textContent()).toMatch(/1 opportunities/);
    await checkA11y(page);
    await restore.getByRole('button', { name: 'Restore', exact: true }).click();
    await visible(page.getByText('Backup restored.'));

    // Every object is back: the exports are the same.
    expect(await exported()).toBe(before);
    await page.goto(`${app.url}/opportunities`);
    await visible(page.getByText(`${MARK} engineer`).first());
  }, 120_000);

  it('shows the automatic backups with their time and size, and a bad file is refused with where it is wrong', async () => {
    await page.goto(`${app.url}/settings`);
    await page.getByRole('button', { name: 'Back up now' }).click();
    const list = page.getByRole('list', { name: 'Backups in the backup folder' });
    await visible(list);
    await expect.poll(async () => (await list.getByRole('listitem').allTextContents()).join('\n')).toMatch(/KB/);

    const bad = join(app.dataDir, 'bad.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, '{\n  "format": "offerbook-backup",\n  oops\n}');
    await page.getByLabel('Restore a backup').setInputFiles(bad);
    await visible(page.getByRole('alert').filter({ hasText: /line 3, column 3/ }));
    expect(await page.getByRole('dialog', { name: 'Restore this backup?' }).count()).toBe(0);
  }, 60_000);
});
