import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkA11y, isLocal, launchBrowser, recordRequests, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 10_000 });

/** The machine's local calendar date `days` from now (the browser runs on the same machine). */
function localDatePlus(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The first Monday–Friday after a `YYYY-MM-DD` date. */
function nextBusinessDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  do d.setUTCDate(d.getUTCDate() + 1);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6);
  return d.toISOString().slice(0, 10);
}

describe('follow-ups journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let requests: string[];
  let opportunityId = '';
  const decisionDate = localDatePlus(8);

  async function send(method: string, path: string, body: unknown): Promise<{ id: string; conversations?: { id: string }[] }> {
    const res = await fetch(`${app.url}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect([200, 201], `${method} ${path}: ${await res.clone().text()}`).toContain(res.status);
    return (await res.json()) as { id: string; conversations?: { id: string }[] };
  }

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    requests = recordRequests(page);

    // An interview that ended two hours ago, with one conversation with Maria, who raised a concern.
    const o = await send('POST', '/opportunities', {
      employerName: 'Globex Robotics',
      roleTitle: 'Platform engineer',
      stage: 'interviewing',
    });
    opportunityId = o.id;
    const maria = await send('POST', '/people', {
      name: 'Maria Lopez',
      role: 'hiring-manager',
      email: 'maria@globex.test',
      employerName: 'Globex Robotics',
      opportunityIds: [opportunityId],
    });
    const start = new Date(Date.now() - 3 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '.000Z');
    const interview = await send('POST', `/opportunities/${opportunityId}/interviews`, {
      kind: 'onsite',
      title: 'Panel day',
      startsAt: start,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      durationMinutes: 60,
      conversations: [{ startsAt: start, durationMinutes: 60, personIds: [maria.id] }],
    });
    const conversationId = interview.conversations![0]!.id;
    for (const text of ['* They are rebuilding onboarding this spring', '! Worried about my Kubernetes depth']) {
      await send('PUT', `/notes/${randomUUID()}`, { interviewId: interview.id, conversationId, text, baseRevision: 0, writtenAt: start });
    }
    await send('POST', '/stories', {
      title: 'Moving billing to containers',
      situation: 'Billing failed every month end.',
      action: 'I led the move of twelve services onto Kubernetes in six weeks.',
      result: 'Month-end outages stopped.',
      skills: ['Kubernetes', 'migration'],
    });
    await send('PUT', `/opportunities/${opportunityId}/housekeeping`, {
      decisionDate,
      bestContactPersonId: maria.id,
      preferredChannel: 'email',
    });
    await send('PATCH', '/follow-up-settings', { senderName: 'Sam Doe' });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the thank-you due, drafts it answering the concern, keeps edits, marks it sent and plans the check-in', async () => {
    // The dashboard shows a thank-you note due, and the navigation counts it.
    await page.goto(app.url);
    await visible(page.getByRole('heading', { level: 1, name: 'Dashboard' }));
    const due = page.getByRole('region', { name: 'Next actions' }).getByRole('link', { name: /Send a thank-you note to Maria Lopez/ });
    await visible(due);
    expect(await due.textContent()).toContain('Globex Robotics');
    const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Next actions', exact: true });
    await visible(nav.getByTestId('next-actions-count'));
    expect(Number(await nav.getByTestId('next-actions-count').textContent())).toBeGreaterThanOrEqual(1);
    await checkA11y(page);

    // It leads to the Follow-ups tab, where the draft names Maria and answers her concern from the story bank.
    await due.click();
    await page.waitForURL(/tab=followups/);
    const card = page.getByRole('article', { name: 'Thank-you note to Maria Lopez' });
    await visible(card);
    const body = card.getByRole('textbox', { name: 'Note to Maria Lopez' });
    const draft = await body.inputValue();
    expect(draft.startsWith('Hello Maria,')).toBe(true);
    // The concern is answered by reference and from the story bank; the notes themselves are never quoted.
    expect(draft).toContain('your question about the depth of my experience');
    expect(draft).toContain('I led the move of twelve services onto Kubernetes in six weeks.');
    expect(draft).not.toMatch(/Worried about my Kubernetes depth|rebuilding onboarding/i);
    expect(draft.trimEnd().endsWith('Sam Doe')).toBe(true);
    await visible(card.getByText('Answer from your story bank'));
    await visible(card.getByText('Worried about my Kubernetes depth'));
    expect(await card.getByRole('link', { name: /Open in mail app/ }).getAttribute('href')).toMatch(/^mailto:maria@globex\.test\?subject=/);
    await checkA11y(page);

    // An edit is saved as typed and survives a reload.
    const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/follow-ups/thank-you/'));
    await body.press('End');
    await body.pressSequentially('\nP.S. I will send the migration write-up.');
    expect((await saved).status()).toBe(200);
    await visible(card.getByText('All changes saved.'));
    await page.reload();
    await visible(card);
    expect(await body.inputValue()).toContain('P.S. I will send the migration write-up.');

    // A new tone rewrites the note; Undo brings the edited text back.
    await card.locator('label', { hasText: 'Formal' }).click();
    expect(await card.getByRole('radio', { name: 'Formal' }).isChecked()).toBe(true);
    await visible(page.getByText('Rewrote the note in the formal tone.'));
    await expect.poll(() => body.inputValue()).toMatch(/^Dear Maria Lopez,/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => body.inputValue()).toContain('P.S. I will send the migration write-up.');

    // Mark sent (with Undo on offer); the P.S. after the name leaves the note without a sign-off, so it asks first.
    page.once('dialog', (d) => void d.accept());
    await card.getByRole('button', { name: /^Mark sent/ }).click();
    await visible(page.getByText('Marked the note to Maria Lopez as sent.'));
    await visible(card.getByText(/^Sent /));

    // The check-in is planned for the next business day after the decision date.
    const expected = nextBusinessDay(decisionDate);
    const label = await page.evaluate(
      (d) =>
        new Date(`${d}T00:00:00Z`).toLocaleDateString(undefined, {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        }),
      expected,
    );
    const checkIn = page.getByRole('region', { name: 'Check-ins' }).locator('[data-check-in="1"]');
    await visible(checkIn);
    expect(await checkIn.textContent()).toContain(label);
    expect(await checkIn.textContent()).toContain('Maria Lopez, by email');
    await checkA11y(page);

    // The Next actions page no longer lists the note, and lists the check-in.
    await nav.click();
    await visible(page.getByRole('heading', { level: 1, name: 'Next actions' }));
    await visible(page.getByRole('link', { name: /Check in with Maria Lopez/ }));
    expect(await page.getByRole('link', { name: /Send a thank-you note to Maria Lopez/ }).count()).toBe(0);
    await visible(page.getByRole('button', { name: 'Notify me when follow-ups are due' }));
    await checkA11y(page);

    // Small screens: the tab still works and stays accessible.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=followups`);
    await visible(page.getByRole('region', { name: 'Check-ins' }));
    await checkA11y(page);

    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  }, 180_000);

  it('shows the 100 most urgent next actions, and more on request without losing the rows on screen', async () => {
    for (let i = 0; i < 110; i++) {
      await send('POST', '/opportunities', {
        employerName: `Lead ${String(i).padStart(3, '0')}`,
        roleTitle: 'Engineer',
        stage: 'lead',
        nextAction: `Research lead ${i}`,
        nextActionDue: localDatePlus(10 + (i % 20)),
      });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${app.url}/next`);
    await visible(page.getByText(/Showing the 100 most urgent of \d+\./));
    const rows = page.locator('li[data-kind]');
    expect(await rows.count()).toBe(100);
    const total = Number(/of (\d+)/.exec((await page.getByText(/Showing the 100 most urgent/).textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(110);
    const more = page.getByRole('button', { name: /^Show \d+ more$/ });
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('li[data-kind]').length === n, Math.min(200, total));
    expect(await page.getByRole('link', { name: /Check in with Maria Lopez/ }).count()).toBe(1);
    await checkA11y(page);
  }, 180_000);
});
