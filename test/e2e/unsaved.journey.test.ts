import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiCall, launchBrowser, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 10_000 });

/**
 * Nothing typed is lost: every form that holds a person's text either saves as they type or asks before a link,
 * a reload or closing the tab takes the text away.
 */
describe('unsaved changes journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let opportunityId = '';
  let interviewId = '';
  const unloadPrompts: string[] = [];

  const call = <T>(method: string, path: string, body?: unknown) => apiCall<T>(app.url, method, path, body);

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The browser's own "Leave site?" question: counted, then answered "leave" so the journey goes on.
    page.on('dialog', (d) => {
      if (d.type() === 'beforeunload') unloadPrompts.push(page.url());
      void d.accept();
    });
    const opp = await call<{ id: string }>('POST', '/opportunities', {
      employerName: 'Globex',
      roleTitle: 'Platform engineer',
      stage: 'interviewing',
    });
    expect(opp.status).toBe(201);
    opportunityId = opp.data.id;
    const iv = await call<{ id: string }>('POST', `/opportunities/${opportunityId}/interviews`, {
      kind: 'video',
      startsAt: new Date(Date.now() - 30 * 60_000).toISOString(),
      timeZone: 'Europe/Berlin',
      durationMinutes: 60,
    });
    expect(iv.status).toBe(201);
    interviewId = iv.data.id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const prompt = () => page.getByRole('dialog', { name: 'You have unsaved changes' });
  const boardLink = () => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board', exact: true });

  /** Follows an in-app link: the question comes; "Stay" keeps the page and the text, "Leave" goes. */
  async function triesToLeave(field: Locator, typed: string, answer: 'Stay' | 'Leave' = 'Stay') {
    const before = page.url();
    await boardLink().click();
    await visible(prompt());
    await prompt().getByRole('button', { name: answer }).click();
    await prompt().waitFor({ state: 'hidden' });
    if (answer === 'Stay') {
      expect(page.url()).toBe(before);
      expect(await field.inputValue()).toBe(typed);
    } else {
      await page.waitForURL(/\/board$/);
    }
  }

  /** Reloading with unsaved text asks the browser's own question first. */
  async function reloadAsks() {
    const seen = unloadPrompts.length;
    await page.reload();
    expect(unloadPrompts.length).toBe(seen + 1);
  }

  it('interview mode: housekeeping answers and the reflection ask before leaving', async () => {
    await page.goto(`${app.url}/interviews/${interviewId}`);
    const housekeeping = page.getByRole('form', { name: 'Housekeeping answers' });
    const nextSteps = housekeeping.getByRole('textbox', { name: 'Next steps' });
    await visible(nextSteps);
    await nextSteps.fill('Panel with the CTO next week');
    await triesToLeave(nextSteps, 'Panel with the CTO next week');
    await reloadAsks();

    await page.getByRole('button', { name: 'Write your reflection' }).click();
    const wentWell = page.getByRole('form', { name: 'Reflection' }).getByRole('textbox', { name: /What went well/ });
    await visible(wentWell);
    await wentWell.fill('The system design part');
    await triesToLeave(wentWell, 'The system design part', 'Leave');
    expect(unloadPrompts.length).toBe(1);
  });

  it('priorities: a changed weight asks before leaving and before a reload', async () => {
    await page.goto(`${app.url}/priorities`);
    const weight = page.getByRole('combobox', { name: 'Weight of Pay' });
    await visible(weight);
    const was = await weight.inputValue();
    const now = was === '5' ? '4' : '5';
    await weight.selectOption(now);
    await triesToLeave(weight, now);
    await reloadAsks();
    // After saving, nothing asks.
    await page.getByRole('combobox', { name: 'Weight of Pay' }).selectOption(now);
    await page.getByRole('button', { name: 'Save priorities' }).click();
    await visible(page.getByText('Priorities saved.'));
    await boardLink().click();
    await page.waitForURL(/\/board$/);
    expect(await prompt().count()).toBe(0);
  });

  it('fit evidence saves as you type and is there after a reload', async () => {
    await page.goto(`${app.url}/opportunities/${opportunityId}`);
    const evidence = page.getByRole('textbox', { name: 'Evidence for Pay' });
    await visible(evidence);
    await evidence.fill('Pay: €75–92k, top of range beats my floor');
    await visible(page.getByText('All changes saved.'));
    await page.reload();
    await visible(page.getByRole('textbox', { name: 'Evidence for Pay' }));
    expect(await page.getByRole('textbox', { name: 'Evidence for Pay' }).inputValue()).toBe('Pay: €75–92k, top of range beats my floor');
  });

  it('research: a fact being written asks before leaving', async () => {
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=research`);
    const statement = page.getByRole('textbox', { name: /What you found out/ });
    await visible(statement);
    await statement.fill('They ship twice a day.');
    await triesToLeave(statement, 'They ship twice a day.');
    await reloadAsks();
  });

  it('people: a person being added asks before leaving', async () => {
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=people`);
    await page
      .getByRole('button', { name: /Add a person/ })
      .first()
      .click();
    const name = page.getByRole('textbox', { name: /^Name/ });
    await visible(name);
    await name.fill('Dana Scully');
    await triesToLeave(name, 'Dana Scully');
    await reloadAsks();
  });

  it('practice: an answer being written asks before leaving', async () => {
    await page.goto(`${app.url}/practice`);
    const first = page.locator('main a[href^="/practice/"]:not([href*="rehearse"])').first();
    await visible(first);
    await first.click();
    const answer = page.getByRole('textbox', { name: /^Answer/ });
    await visible(answer);
    await answer.fill('I led the move to a single deploy pipeline.');
    await triesToLeave(answer, 'I led the move to a single deploy pipeline.');
    await reloadAsks();
  });

  it('offers: offer terms being typed ask before leaving', async () => {
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=offer`);
    const base = page.getByRole('textbox', { name: /^Base pay/ });
    await visible(base);
    await base.fill('90000');
    await triesToLeave(base, '90000');
    await reloadAsks();
  });
});
