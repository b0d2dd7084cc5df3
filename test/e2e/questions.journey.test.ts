import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkA11y, isLocal, launchBrowser, recordRequests, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 10_000 });

/** Pages in a PDF: page objects, not the /Pages tree node. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('questions journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let requests: string[];
  let opportunityId = '';

  async function post(path: string, body: unknown): Promise<{ id: string; employerId?: string }> {
    const res = await fetch(`${app.url}/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status, path).toBe(201);
    return (await res.json()) as { id: string; employerId?: string };
  }

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    requests = recordRequests(page);
    const o = await post('/opportunities', {
      employerName: 'Globex Maritime',
      roleTitle: 'Platform engineer',
      stage: 'interviewing',
      location: 'Porto',
    });
    opportunityId = o.id;
    await post('/people', { name: 'Rita Sousa', role: 'recruiter', employerName: 'Globex Maritime', opportunityIds: [opportunityId] });
    await post('/people', { name: 'Tomas Reis', role: 'hiring-manager', employerName: 'Globex Maritime', opportunityIds: [opportunityId] });
    await post(`/employers/${o.employerId}/facts`, { topic: 'locations', statement: 'Opened an office in Lisbon' });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const planWrite = (method: string) => page.waitForResponse((r) => r.request().method() === method && /question-plan/.test(r.url()));

  it('plans questions for two interviewers, fixes a question research answers, and prints a one-page brief', async () => {
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=questions`);
    await visible(page.getByRole('heading', { name: 'Your question plan' }));
    const interviewers = page.getByRole('region', { name: 'Interviewers' });
    expect(await interviewers.getByRole('combobox', { name: 'Rita Sousa' }).inputValue()).toBe('recruiter');
    expect(await interviewers.getByRole('combobox', { name: 'Tomas Reis' }).inputValue()).toBe('hiring-manager');
    await visible(page.getByRole('list', { name: 'Library questions' }).getByRole('listitem').first());
    await checkA11y(page);

    // Four questions from the library, searched by purpose.
    const library = page.getByRole('list', { name: 'Library questions' });
    for (const purpose of ['day-to-day', 'team', 'growth', 'success']) {
      await page.getByRole('combobox', { name: 'Purpose' }).selectOption(purpose);
      const add = planWrite('POST');
      await library
        .getByRole('button', { name: /^Add: / })
        .first()
        .click();
      expect([200, 201]).toContain((await add).status());
    }
    await page.getByRole('combobox', { name: 'Purpose' }).selectOption('');
    await visible(page.getByText(/^4 questions · 0 asked/));

    // An own question that research answers: flagged live while typing, naming the Lisbon fact.
    const own = page.getByRole('textbox', { name: /Your own question/ });
    await own.fill('Where are your offices?');
    const liveFlag = page.getByRole('form', { name: 'Add your own question' }).getByTestId('research-flag');
    await visible(liveFlag);
    expect(await liveFlag.textContent()).toContain('Opened an office in Lisbon');
    const added = planWrite('POST');
    await page.getByRole('button', { name: 'Add to plan' }).click();
    expect([200, 201]).toContain((await added).status());
    await visible(page.getByText(/^5 questions · 0 asked · 1 answerable by research/));

    // In the plan, the item explains why, names the fact and offers the deeper question; one click uses it.
    const item = page.locator('li[data-item-id]').filter({ hasText: 'Where are your offices?' });
    const flag = item.getByTestId('research-flag');
    await visible(flag);
    const flagText = (await flag.textContent()) ?? '';
    expect(flagText).toContain('Opened an office in Lisbon');
    expect(flagText).toMatch(/Ask instead: .+/);
    const deeper = (await flag.locator('p', { hasText: 'Ask instead:' }).textContent())?.replace('Ask instead: ', '').trim() ?? '';
    expect(deeper.toLowerCase()).toContain('lisbon');
    await checkA11y(page);
    const patched = planWrite('PATCH');
    await item.getByRole('button', { name: 'Use the deeper question' }).click();
    expect((await patched).status()).toBe(200);
    await visible(page.locator('li[data-item-id]').filter({ hasText: deeper }));
    expect(await page.locator('li[data-item-id]').filter({ hasText: 'Where are your offices?' }).count()).toBe(0);

    // Distribute: each interviewer gets 2–3, and no question is asked twice.
    const distributed = planWrite('POST');
    await page.getByRole('button', { name: 'Distribute' }).click();
    expect((await distributed).status()).toBe(200);
    const rita = page.getByRole('region', { name: /^Questions for Rita Sousa/ });
    const tomas = page.getByRole('region', { name: /^Questions for Tomas Reis/ });
    await visible(rita.locator('li[data-item-id]').first());
    await visible(tomas.locator('li[data-item-id]').first());
    const texts = async (r: Locator) => r.locator('li[data-item-id] > div > div > p:first-child').allTextContents();
    const ritaQs = await texts(rita);
    const tomasQs = await texts(tomas);
    for (const qs of [ritaQs, tomasQs]) {
      expect(qs.length).toBeGreaterThanOrEqual(2);
      expect(qs.length).toBeLessThanOrEqual(3);
    }
    expect(new Set([...ritaQs, ...tomasQs]).size).toBe(ritaQs.length + tomasQs.length);

    // Reorder from the keyboard: Alt+↑ in the second question moves it to the top of that person's list.
    const moved = planWrite('PATCH');
    await rita.locator('li[data-item-id]').nth(1).getByRole('textbox', { name: 'Answer heard' }).press('Alt+ArrowUp');
    expect((await moved).status()).toBe(200);
    const byKeyboard = [ritaQs[1], ritaQs[0], ...ritaQs.slice(2)];
    await expect.poll(() => texts(rita)).toEqual(byKeyboard);
    // The order is saved, not only shown: it survives a reload.
    await page.reload();
    await visible(rita.locator('li[data-item-id]').first());
    await expect.poll(() => texts(rita)).toEqual(byKeyboard);
    // Alt+↓ on the focused Move down button of the new first question puts it back second.
    const movedDown = planWrite('PATCH');
    await rita
      .locator('li[data-item-id]')
      .first()
      .getByRole('button', { name: /^Move down:/ })
      .press('Alt+ArrowDown');
    expect((await movedDown).status()).toBe(200);
    await expect.poll(() => texts(rita)).toEqual(ritaQs);

    // Dragged by its handle, the last question dropped on the first takes its place; that survives a reload too.
    const dropped = planWrite('PATCH');
    await rita.locator('li[data-item-id]').last().locator('[data-drag-handle]').dragTo(rita.locator('li[data-item-id]').first());
    expect((await dropped).status()).toBe(200);
    const byDrag = [ritaQs.at(-1), ...ritaQs.slice(0, -1)];
    await expect.poll(() => texts(rita)).toEqual(byDrag);
    await page.reload();
    await visible(rita.locator('li[data-item-id]').first());
    await expect.poll(() => texts(rita)).toEqual(byDrag);

    // Mark one asked and note the answer heard.
    const first = rita.locator('li[data-item-id]').first();
    let w = planWrite('PATCH');
    await first.getByRole('checkbox', { name: 'Asked' }).check();
    expect((await w).status()).toBe(200);
    await visible(first.getByText('Asked', { exact: true }).first());
    await visible(page.getByText(/· 1 asked/));
    w = planWrite('PATCH');
    await first.getByRole('textbox', { name: 'Answer heard' }).fill('Mostly on-call rotations and migrations.');
    await first.getByRole('textbox', { name: 'Answer heard' }).blur();
    expect((await w).status()).toBe(200);

    // Housekeeping: a bad email is caught beside its field; fixed, everything saves and survives a reload.
    const hk = page.getByRole('form', { name: 'Housekeeping answers' });
    await hk.getByRole('textbox', { name: 'Next steps' }).fill('A panel with the platform team next week.');
    await hk.getByLabel('Decision date').fill('2026-12-15');
    await hk.getByRole('textbox', { name: 'Number of candidates' }).fill('4');
    await hk.getByRole('combobox', { name: 'Best contact' }).selectOption({ label: 'Rita Sousa' });
    await hk.getByRole('combobox', { name: 'Preferred channel' }).selectOption('email');
    await hk.getByRole('textbox', { name: 'Preferred timing' }).fill('Tuesday mornings');
    await hk.getByRole('textbox', { name: 'Contact email' }).fill('rita@globex');
    await hk.getByRole('textbox', { name: 'Contact phone' }).fill('+351 21 000 0000');
    await hk.getByRole('button', { name: 'Save housekeeping' }).click();
    await visible(hk.getByText('Enter an email address, like name@example.com.'));
    expect(await hk.getByRole('textbox', { name: 'Contact email' }).getAttribute('aria-invalid')).toBe('true');
    await hk.getByRole('textbox', { name: 'Contact email' }).fill('rita@globex.test');
    const put = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/housekeeping'));
    await hk.getByRole('button', { name: 'Save housekeeping' }).click();
    expect((await put).status()).toBe(200);
    await visible(page.getByText('Housekeeping saved.'));
    await checkA11y(page);
    await page.reload();
    const hk2 = page.getByRole('form', { name: 'Housekeeping answers' });
    await visible(hk2);
    expect(await hk2.getByRole('textbox', { name: 'Number of candidates' }).inputValue()).toBe('4');
    expect(await hk2.getByRole('textbox', { name: 'Contact email' }).inputValue()).toBe('rita@globex.test');
    expect(await hk2.getByRole('combobox', { name: 'Preferred channel' }).inputValue()).toBe('email');

    // The brief: in the app, then rendered alone to PDF, where it fits one A4 page.
    await page.getByRole('link', { name: 'Print brief' }).click();
    await page.waitForURL(new RegExp(`/opportunities/${opportunityId}/brief$`));
    await visible(page.getByRole('heading', { level: 1, name: 'Interview brief' }));
    const frame = page.frameLocator('iframe[title^="Interview brief"]');
    await visible(frame.getByText(deeper).first());
    await visible(frame.getByText('Rita Sousa').first());
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Download Markdown' }).getAttribute('href')).toMatch(
      new RegExp(`^/api/opportunities/${opportunityId}/brief\\?format=md(&timeZone=[^&]+)?$`),
    );
    await checkA11y(page);

    const md = await fetch(`${app.url}/api/opportunities/${opportunityId}/brief?format=md`);
    expect(md.status).toBe(200);
    expect(await md.text()).toContain(deeper);

    const printPage = await browser.newPage();
    requests.push(...recordRequests(printPage));
    await printPage.goto(`${app.url}/api/opportunities/${opportunityId}/brief?format=html`);
    await printPage.emulateMedia({ media: 'print' });
    const pdf = await printPage.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPageCount(pdf)).toBe(1);
    const letter = await printPage.pdf({ format: 'Letter' });
    expect(pdfPageCount(letter)).toBe(1);
    await printPage.close();

    // Nothing left the machine.
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  }, 180_000);

  it('fits a phone and a tablet without sideways scrolling', async () => {
    for (const width of [390, 768]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of [`/opportunities/${opportunityId}?tab=questions`, `/opportunities/${opportunityId}/brief`]) {
        await page.goto(`${app.url}${path}`);
        await page.waitForLoadState('networkidle');
        await visible(page.getByRole('heading', { level: 1 }).first());
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      }
    }
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=questions`);
    await visible(page.getByRole('heading', { name: 'Your question plan' }));
    await checkA11y(page);
  }, 120_000);
});
