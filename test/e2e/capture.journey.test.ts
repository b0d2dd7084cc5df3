import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkA11y, isLocal, launchBrowser, recordRequests, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 15_000 });

const POSTING = [
  'Inventory Planner',
  'Larkbridge Outfitters',
  'Leeds, UK · Hybrid',
  '£34,000 - £38,000 a year',
  'Full-time',
  'Closing date: 30 April 2026',
  '',
  'About the job',
  'Larkbridge Outfitters was founded in 2011 and has 300 employees across five stores. You will plan stock for our stores and web shop, working with buyers every week.',
].join('\n');

// A job page on another origin, with JSON-LD, for the bookmarklet.
const JOB_PAGE = `<!doctype html><html lang="en"><head><title>Field Surveyor - Northmoor Survey</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Field Surveyor',
  hiringOrganization: { '@type': 'Organization', name: 'Northmoor Survey' },
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Inverness', addressCountry: 'GB' } },
  datePosted: '2026-03-01',
  description: '<p>Survey upland sites with a small team.</p>',
})}</script></head><body><h1>Field Surveyor</h1><p>Survey upland sites with a small team.</p></body></html>`;

describe('capture journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let requests: string[];
  let jobSite: Server;
  let jobUrl = '';

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    requests = recordRequests(page);
    jobSite = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(JOB_PAGE));
    await new Promise<void>((resolve) => jobSite.listen(0, '127.0.0.1', resolve));
    jobUrl = `http://127.0.0.1:${(jobSite.address() as AddressInfo).port}/jobs/77`;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await new Promise((resolve) => jobSite?.close(resolve));
  });

  const count = async () =>
    ((await (await fetch(`${app.url}/api/opportunities?archived=all`)).json()) as { items: unknown[] }).items.length;

  it('pastes a posting, corrects a field in the preview, saves, and finds the copy, the closing date and the kept fact', async () => {
    await page.goto(`${app.url}/board`);
    await page.getByRole('link', { name: 'Add from a posting' }).click();
    await page.waitForURL(/\/capture$/);
    await page.getByRole('textbox', { name: 'The posting', exact: true }).fill(POSTING);
    await page.getByRole('button', { name: 'Read the posting' }).click();

    const found = page.getByRole('region', { name: 'What the posting says' });
    await visible(found.getByText('Employer'));
    await visible(found.getByText('guessed from the text').first());
    expect(await page.getByRole('textbox', { name: /^Employer/ }).inputValue()).toBe('Larkbridge Outfitters');
    expect(await page.getByRole('textbox', { name: /^Role/ }).inputValue()).toBe('Inventory Planner');
    await checkA11y(page);

    // Correct one field, keep one fact and leave the other.
    await page.getByRole('textbox', { name: /^Role/ }).fill('Senior Inventory Planner');
    const facts = page.getByRole('group', { name: /About the employer/ });
    await visible(facts.getByText('Founded in 2011'));
    await facts.getByRole('checkbox', { name: /300 employees/ }).uncheck();
    expect(await count()).toBe(0);
    await page.getByRole('button', { name: 'Save opportunity' }).click();

    // The opportunity opens on its Posting tab: the dated copy.
    await page.waitForURL(/\/opportunities\/[^/]+\?tab=posting/);
    await visible(page.getByRole('heading', { level: 1, name: 'Larkbridge Outfitters' }));
    await visible(page.getByRole('heading', { name: /The posting as it was on/ }));
    await visible(page.getByRole('region', { name: 'Posting text' }).getByText(/plan stock for our stores/));
    await visible(page.getByText('Closes on 30 April.'));

    const list = (await (await fetch(`${app.url}/api/opportunities`)).json()) as { items: { id: string }[] };
    expect(list.items).toHaveLength(1);
    // The list answers summaries; the whole opportunity comes from its own address.
    const saved = (await (await fetch(`${app.url}/api/opportunities/${list.items[0]!.id}`)).json()) as Record<string, unknown>;
    expect(saved).toMatchObject({
      roleTitle: 'Senior Inventory Planner',
      nextAction: 'Apply before the posting closes',
      nextActionDue: '2026-04-30',
      salaryMin: 34000,
    });

    // The ticked fact is research with the posting as its source; the unticked one is not.
    await page.getByRole('tab', { name: 'Research', exact: true }).click();
    await visible(page.getByText('Founded in 2011'));
    expect(await page.getByText('300 employees').count()).toBe(0);

    // Searchable: the copy's words find the opportunity.
    const search = (await (await fetch(`${app.url}/api/search?q=buyers`)).json()) as unknown;
    expect(JSON.stringify(search)).toContain(list.items[0]!.id);

    // The same posting again: "did I already apply?" comes first.
    await page.goto(`${app.url}/capture`);
    await page.getByRole('textbox', { name: 'The posting', exact: true }).fill(POSTING);
    await page.getByRole('button', { name: 'Read the posting' }).click();
    const dupes = page.getByRole('region', { name: 'You may have this one already' });
    await visible(dupes.getByRole('link', { name: 'Open it' }));
    expect(await page.getByRole('button', { name: 'Save opportunity' }).count()).toBe(0);
    await dupes.getByRole('button', { name: 'Add anyway' }).click();
    await visible(page.getByRole('button', { name: 'Save opportunity' }));
    expect(await count()).toBe(1);
    expect(requests.filter((r) => !isLocal(r))).toEqual([]);
  }, 180_000);

  it('shows the bookmarklet in Settings; from a job page it opens the capture page, which fills the preview and saves nothing', async () => {
    await page.goto(`${app.url}/settings`);
    const link = page.getByTestId('bookmarklet');
    await visible(link);
    const code = (await link.getAttribute('href')) ?? '';
    expect(code.startsWith('javascript:')).toBe(true);
    expect(code).toContain(app.url);

    const before = await count();
    const jobPage = await browser.newPage();
    // As in the installed app: the service worker already controls the app's pages in this browser, so the capture
    // page may come from its cache — and must still keep its opener.
    await jobPage.goto(app.url);
    await jobPage.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await jobPage.goto(jobUrl);
    const popupPromise = jobPage.context().waitForEvent('page');
    await jobPage.evaluate(
      (source) => {
        // What clicking the bookmark does: run its code on the job page.
        new Function(source)();
      },
      decodeURIComponent(code.slice('javascript:'.length)),
    );
    const popup = await popupPromise;
    await popup.waitForURL(/\/capture\?from=bookmarklet/);
    await visible(popup.getByRole('region', { name: 'What the posting says' }).getByText("from the page's structured data").first());
    expect(await popup.getByRole('textbox', { name: /^Employer/ }).inputValue()).toBe('Northmoor Survey');
    expect(await popup.getByRole('textbox', { name: /^Role/ }).inputValue()).toBe('Field Surveyor');
    expect(await popup.getByRole('textbox', { name: /^Job posting link/ }).inputValue()).toBe(jobUrl);
    expect(await count()).toBe(before);
    await jobPage.close();
  }, 180_000);

  it('takes opportunities out: the CSV export link and the proof of applications, which prints', async () => {
    const list = (await (await fetch(`${app.url}/api/opportunities`)).json()) as { items: { id: string }[] };
    const res = await fetch(`${app.url}/api/opportunities/${list.items[0]!.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', origin: app.url },
      body: JSON.stringify({ stage: 'applied' }),
    });
    expect(res.status).toBe(200);
    await page.goto(`${app.url}/opportunities`);
    expect(await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe('/api/opportunities/export.csv');
    await page.getByRole('link', { name: 'Proof of applications' }).click();
    await page.waitForURL(/\/reports\/applications$/);
    const row = page.getByRole('row', { name: /Larkbridge Outfitters/ });
    await visible(row);
    await visible(row.getByRole('cell', { name: 'Applied' }));
    await visible(row.getByRole('cell', { name: 'Pending' }));
    expect(await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toMatch(
      /^\/api\/reports\/applications\?from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}&format=csv$/,
    );
    await checkA11y(page);
    // Printed, only the report shows: the app's header and the controls are hidden.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-report-controls]').isVisible()).toBe(false);
    expect(await row.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  }, 180_000);
});
