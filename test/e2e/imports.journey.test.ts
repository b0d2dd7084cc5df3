import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiCall, checkA11y, isLocal, launchBrowser, recordRequests, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 15_000 });
const samples = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'data', 'csv');

describe('import journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    requests = recordRequests(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  type Summary = { employerName: string; stage: string };
  const opportunities = async () => (await apiCall<{ items: Summary[] }>(app.url, 'GET', '/opportunities?archived=all')).data.items;
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await check()).toBe(true);
  };

  it('imports a Huntr export through the wizard with one status mapped differently, then undoes it from the toast', async () => {
    await page.goto(`${app.url}/opportunities`);
    await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
    await page.waitForURL(/\/opportunities\/import$/);
    await page.locator('[data-import-file]').setInputFiles(join(samples, 'huntr.csv'));
    await visible(page.getByText('Looks like a Huntr export'));
    await visible(page.getByText(/Read as UTF-8, comma-separated, header on line 1/));
    await checkA11y(page);
    expect(await opportunities()).toEqual([]);

    // Their "Interview" becomes our Offer for this file.
    await page.getByRole('combobox', { name: 'Stage for “Interview”' }).selectOption('offer');
    const fabrikam = page.locator('[data-import-rows] tr[data-line="4"]');
    await visible(fabrikam.getByText('Offer'));
    await page.getByRole('button', { name: 'Import 5 opportunities' }).click();

    await page.waitForURL(/\/opportunities$/);
    await visible(page.getByText('Imported 5 opportunities from huntr.csv.'));
    await visible(page.getByText('Northwind Labs').first());
    const added = await opportunities();
    expect(added.map((o) => o.employerName).sort()).toEqual(['Contoso', 'Fabrikam', 'Litware', 'Northwind Labs', 'Tailspin']);
    expect(added.find((o) => o.employerName === 'Fabrikam')!.stage).toBe('offer');

    await page.getByRole('button', { name: 'Undo' }).click();
    await visible(page.getByText('Import undone: 5 opportunities removed.'));
    await until(async () => (await opportunities()).length === 0);
    await page.getByText('Northwind Labs').first().waitFor({ state: 'detached', timeout: 15_000 });
  }, 120_000);

  it('reads a messy spreadsheet through the mapping screen, lists the bad row, and undoes the import later', async () => {
    await page.goto(`${app.url}/opportunities/import`);
    await page.locator('[data-import-file]').setInputFiles(join(samples, 'messy.csv'));
    await visible(page.getByText('A spreadsheet of your own'));
    await visible(page.getByText(/semicolon-separated, header on line 3/));
    await page.getByRole('combobox', { name: 'Column for Company' }).selectOption('Firm');
    await page.getByRole('combobox', { name: 'Column for Job title' }).selectOption('Job');
    await page.getByRole('combobox', { name: 'Column for Status' }).selectOption('Progress');
    await page.getByRole('combobox', { name: 'Column for Date applied' }).selectOption('When');
    await visible(page.getByRole('combobox', { name: 'Stage for “call booked”' }));
    await page.getByRole('combobox', { name: 'Stage for “call booked”' }).selectOption('interviewing');
    await visible(page.locator('[data-import-rows] tr[data-line="6"]'));
    await page.getByRole('combobox', { name: 'Stage for “waiting to hear back”' }).selectOption('applied');
    await visible(page.locator('[data-import-rows] tr[data-line="5"]'));
    await visible(page.getByText('Line 7: unknown status "no"'));
    await checkA11y(page);
    await page.getByRole('button', { name: 'Import 3 opportunities' }).click();
    await page.waitForURL(/\/opportunities$/);
    await until(async () => (await opportunities()).length === 3);
    expect((await opportunities()).find((o) => o.employerName === 'Initech')!.stage).toBe('interviewing');

    // Later, from the import page: undo that import as one action.
    await page.goto(`${app.url}/opportunities/import`);
    await page.getByRole('button', { name: 'Undo the import of messy.csv' }).click();
    await visible(page.getByText('Import undone: 3 opportunities removed.'));
    await until(async () => (await opportunities()).length === 0);
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  }, 120_000);
  // Every other preset's sample, each through the same wizard: recognised by its headers, imported, undone.
  it.each([
    ['teal.csv', 'Looks like a Teal export'],
    ['simplify.csv', 'Looks like a Simplify export'],
    ['linkedin.csv', 'Looks like a LinkedIn "Job Applications" export'],
    ['notion.csv', 'Looks like a Notion or Airtable job tracker export'],
    ['generic-excel.csv', 'A spreadsheet of your own'],
  ])(
    'imports %s through the wizard and undoes it',
    async (file, recognised) => {
      await page.goto(`${app.url}/opportunities/import`);
      await page.locator('[data-import-file]').setInputFiles(join(samples, file));
      await visible(page.getByText(recognised));
      const button = page.getByRole('button', { name: /^Import \d+ opportunit/ });
      await visible(button);
      const n = Number(/\d+/.exec((await button.textContent()) ?? '')![0]);
      expect(n).toBeGreaterThan(0);
      await button.click();
      await page.waitForURL(/\/opportunities$/);
      await until(async () => (await opportunities()).length === n);
      await visible(page.getByText(`Imported ${n} opportunit`));
      await page.getByRole('button', { name: 'Undo', exact: true }).last().click();
      await until(async () => (await opportunities()).length === 0);
    },
    120_000,
  );
});
