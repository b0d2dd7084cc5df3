import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkA11y, launchBrowser, startApp, wallClock } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 10_000 });

interface DueItem {
  id: string;
  kind: string;
  title: string;
  dueAt: string | null;
}

describe('the stage follows what happened, and nothing due goes missing', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let opportunityId = '';
  const errors: string[] = [];

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${app.url}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    expect(res.ok, `${method} ${path}: ${await res.clone().text()}`).toBe(true);
    return (await res.json()) as T;
  }

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // Left at "applied", as people do.
    opportunityId = (
      await call<{ id: string }>('POST', '/opportunities', {
        employerName: 'Ferrovia Logistics',
        roleTitle: 'Data Engineer',
        stage: 'applied',
      })
    ).id;
    await call('POST', '/people', {
      name: 'Sanne de Vries',
      role: 'hiring-manager',
      email: 'sanne@ferrovia.test',
      employerName: 'Ferrovia Logistics',
      opportunityIds: [opportunityId],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('schedules an interview that has happened: the opportunity moves to interviewing, with an undo', async () => {
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=interviews`);
    const empty = page.getByRole('region', { name: 'No interviews yet' });
    await visible(empty);
    await empty.getByRole('button', { name: 'Add an interview' }).click();
    const form = page.getByRole('form', { name: 'New interview' });
    await visible(form);
    // It began two hours ago and lasted an hour: held.
    const zone = 'Europe/Berlin';
    const start = wallClock(Math.floor((Date.now() - 2 * 3_600_000) / 60_000) * 60_000, zone);
    await form.getByRole('combobox', { name: 'Kind' }).selectOption('video');
    await form.getByLabel('Date').fill(start.date);
    await form.getByLabel('Start time').fill(start.time);
    await form.getByRole('textbox', { name: 'Length in minutes' }).fill('60');
    await form.getByRole('button', { name: 'Add a conversation' }).click();
    const conversation = form.getByRole('listitem', { name: 'Conversation 1' });
    await conversation.getByRole('textbox', { name: 'Minutes' }).fill('60');
    await conversation.getByRole('checkbox', { name: /Sanne de Vries/ }).check();
    await form.getByRole('button', { name: 'Save interview' }).click();

    const toast = page.getByRole('status').filter({ hasText: 'Ferrovia Logistics moved to Interviewing' });
    await visible(toast);
    await visible(toast.getByRole('button', { name: 'Undo move' }));
    expect((await call<{ stage: string }>('GET', `/opportunities/${opportunityId}`)).stage).toBe('interviewing');
    const timeline = (await call<{ items: { kind: string; toStage: string | null }[] }>('GET', `/opportunities/${opportunityId}/timeline`))
      .items;
    expect(timeline.slice(-2).map((e) => e.kind)).toEqual(['interview', 'stage']);
  });

  it('shows the thank-you on Next actions, the dashboard and the tab, with the same due time, at interviewing and at applied', async () => {
    const today = wallClock(Date.now(), 'Europe/Berlin').date;
    const query = `today=${today}&timeZone=Europe%2FBerlin`;
    for (const stage of ['interviewing', 'applied'] as const) {
      await call('PATCH', `/opportunities/${opportunityId}`, { stage });
      const tab = await call<{ thankYous: { id: string; status: string; dueAt: string; personName: string }[] }>(
        'GET',
        `/opportunities/${opportunityId}/follow-ups?timeZone=Europe%2FBerlin`,
      );
      const note = tab.thankYous.find((n) => n.personName === 'Sanne de Vries');
      expect(note?.status, stage).toBe('due');
      const listed = (await call<{ items: DueItem[] }>('GET', `/next-actions?${query}`)).items.find((i) => i.id === note!.id);
      const dashboard = (await call<{ nextActions: DueItem[] }>('GET', `/dashboard?${query}`)).nextActions.find((i) => i.id === note!.id);
      expect(listed?.dueAt, stage).toBe(note!.dueAt);
      expect(dashboard?.dueAt, stage).toBe(note!.dueAt);

      await page.goto(`${app.url}/next`);
      await visible(page.getByText('Send a thank-you note to Sanne de Vries'));
      await page.goto(`${app.url}/`);
      await visible(page.getByText('Send a thank-you note to Sanne de Vries'));
      await page.goto(`${app.url}/opportunities/${opportunityId}?tab=followups`);
      await visible(page.getByText(/Due by/).first());
    }
    await checkA11y(page);
    expect(errors).toEqual([]);
  });
});
