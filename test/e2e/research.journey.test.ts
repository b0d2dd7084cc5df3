import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkA11y, isLocal, launchBrowser, recordRequests, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 10_000 });

// One good card, then a card without a name that starts at line 8.
const VCF = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Priya Natarajan',
  'TITLE:Talent Partner',
  'EMAIL:priya@initech.test',
  'END:VCARD',
  '',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'EMAIL:nobody@initech.test',
  'END:VCARD',
  '',
].join('\r\n');

describe('research journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let requests: string[];
  let opportunityId = '';

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    requests = recordRequests(page);
    const res = await fetch(`${app.url}/api/opportunities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        employerName: 'Initech Systems',
        roleTitle: 'Data engineer',
        stage: 'interviewing',
        jobDescription: '## About the role\n\nYou will **own** the data platform.',
      }),
    });
    expect(res.status).toBe(201);
    opportunityId = ((await res.json()) as { id: string }).id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const tab = (name: string) => page.getByRole('tab', { name, exact: true });

  it('builds a dossier, adds people from a vCard, rates fit and finds a fact by search', async () => {
    await page.goto(`${app.url}/opportunities/${opportunityId}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Initech Systems' }));
    // The job description is rendered Markdown, not raw text.
    await visible(page.getByRole('region', { name: 'Job description' }).getByRole('heading', { name: 'About the role' }));

    // Research tab: the checklist starts with every topic a gap; two facts fill two of them.
    await tab('Research').click();
    await page.waitForURL(/tab=research/);
    const checklist = page.getByRole('region', { name: 'Research checklist' });
    await visible(checklist.getByText('0 of 13 topics covered'));
    expect(await checklist.locator('[data-topic="culture"]').getAttribute('data-gap')).toBe('true');
    await checkA11y(page);

    const statement = page.getByRole('textbox', { name: /What you found out/ });
    await page.getByRole('combobox', { name: 'Topic' }).selectOption('culture');
    await statement.fill('Teams publish a quarterly **roadmap** and review it openly.');
    await page.getByRole('textbox', { name: 'Source link' }).fill('https://www.example.org/engineering-blog');
    await statement.press('Control+Enter');
    await visible(page.getByText('Fact added.'));
    await visible(checklist.getByText('1 of 13 topics covered'));
    expect(await checklist.locator('[data-topic="culture"]').getAttribute('data-gap')).toBe('false');
    // Focus is back on the statement, ready for the next fact; the topic moved on to the first gap.
    expect(await statement.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Topic' }).inputValue()).toBe('what-they-do');
    await page.keyboard.type('They build logistics software for mid-sized shippers.');
    await page.getByRole('button', { name: 'Add fact' }).click();
    await visible(checklist.getByText('2 of 13 topics covered'));
    const facts = page.getByRole('region', { name: 'What you know' });
    await visible(facts.getByRole('link', { name: /example\.org/ }));
    expect(await facts.locator('strong', { hasText: 'roadmap' }).count()).toBe(1);
    await checkA11y(page);

    // Deleting a fact can be undone: it comes back, and so does its topic's coverage.
    const whatTheyDo = facts.getByRole('listitem').filter({ hasText: 'logistics software' });
    await whatTheyDo.getByRole('button', { name: 'Delete this fact' }).click();
    await visible(checklist.getByText('1 of 13 topics covered'));
    await page.getByRole('button', { name: 'Undo' }).click();
    await visible(checklist.getByText('2 of 13 topics covered'));
    await visible(facts.getByText('They build logistics software for mid-sized shippers.'));

    // People tab: add a person, then import a .vcf with one good and one bad card.
    await tab('People').click();
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByRole('textbox', { name: /^Name/ }).fill('Marcus Lee');
    await page.getByRole('combobox', { name: 'Role' }).selectOption('hiring-manager');
    await page.getByRole('textbox', { name: 'Email' }).fill('marcus@initech.test');
    await page.getByRole('button', { name: 'Add person' }).click();
    await visible(page.getByRole('heading', { level: 3, name: 'Marcus Lee' }));
    expect(await page.getByRole('link', { name: 'marcus@initech.test' }).getAttribute('href')).toBe('mailto:marcus@initech.test');

    await page.locator('input[type="file"]').setInputFiles({ name: 'contacts.vcf', mimeType: 'text/vcard', buffer: Buffer.from(VCF) });
    await visible(page.getByText('Preview of contacts.vcf'));
    await visible(page.getByRole('checkbox', { name: /Priya Natarajan/ }));
    await visible(page.getByText(/^Line 8:/));
    expect(await page.getByRole('heading', { level: 3, name: 'Priya Natarajan' }).count()).toBe(0);
    await checkA11y(page);
    await page.getByRole('button', { name: 'Import 1 person' }).click();
    await visible(page.getByText('Imported 1 person.'));
    await visible(page.getByRole('heading', { level: 3, name: 'Priya Natarajan' }));
    await visible(page.getByRole('link', { name: 'Export all (.vcf)' }));
    await checkA11y(page);

    // Fit: rate two priorities; the score shows at once and survives a reload.
    await tab('Overview').click();
    const fit = page.getByRole('region', { name: 'Fit with your priorities' });
    await visible(fit.getByText(/priorities still unknown/));
    const saved = () => page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/fit'));
    let put = saved();
    await fit.getByRole('group', { name: 'Rating for Culture' }).getByText('Great', { exact: true }).click();
    expect((await put).status()).toBe(200);
    put = saved();
    await fit.getByRole('group', { name: 'Rating for Pay' }).getByText('Fair', { exact: true }).click();
    expect((await put).status()).toBe(200);
    // Culture (weight 4) great and Pay (weight 4) fair: (4 × 1 + 4 × 1/3) / 8 = 67.
    await visible(fit.getByTestId('fit-score').getByText('67'));
    await checkA11y(page);
    await page.reload();
    await visible(page.getByRole('region', { name: 'Fit with your priorities' }).getByTestId('fit-score').getByText('67'));

    // The priorities page is one click away and lists the built-in criteria.
    await page.getByRole('link', { name: 'Edit your priorities' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Your priorities' }));
    await visible(page.getByRole('combobox', { name: 'Weight of Culture' }));
    await page.getByRole('textbox', { name: 'Add your own priority' }).fill('Team size');
    await page.getByRole('button', { name: 'Add priority' }).click();
    await visible(page.getByRole('combobox', { name: 'Weight of Team size' }));
    const putPriorities = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/api/priorities'));
    await page.getByRole('button', { name: 'Save priorities' }).click();
    expect((await putPriorities).status()).toBe(200);
    await visible(page.getByText('Priorities saved.'));
    await checkA11y(page);

    // `/` focuses search from anywhere; the fact is found with the word highlighted and leads to its tab.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Find in your notebook' }).first();
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('roadmap');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=roadmap/);
    const results = page.getByRole('region', { name: 'Results' });
    await visible(results.locator('mark', { hasText: /roadmap/i }).first());
    await checkA11y(page);
    await results
      .getByRole('link', { name: /Initech Systems/ })
      .first()
      .click();
    await page.waitForURL(new RegExp(`/opportunities/${opportunityId}\\?tab=research`));
    await visible(page.getByRole('region', { name: 'Research checklist' }));

    // Nothing left the machine.
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  }, 180_000);

  it('fits a phone and a tablet without sideways scrolling', async () => {
    for (const width of [390, 768]) {
      await page.setViewportSize({ width, height: 900 });
      for (const t of ['research', 'people']) {
        await page.goto(`${app.url}/opportunities/${opportunityId}?tab=${t}`);
        await visible(page.getByRole('heading', { level: 1, name: 'Initech Systems' }));
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${t} at ${width}px`).toBeLessThanOrEqual(0);
      }
    }
    await page.goto(`${app.url}/search?q=roadmap`);
    await visible(page.getByRole('region', { name: 'Results' }));
    await checkA11y(page);
  }, 120_000);
});
