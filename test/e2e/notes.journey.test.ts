import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Note } from '../../src/contracts/notes.js';
import { checkA11y, isLocal, launchBrowser, recordRequests, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator, timeout = 10_000) => l.waitFor({ state: 'visible', timeout });
const NOTES_ROUTE = '**/api/notes/**';

describe('notes journey: nothing typed is lost', () => {
  let app: RunningApp;
  let browser: Browser;
  let interviewId = '';
  const contexts: BrowserContext[] = [];

  async function post(path: string, body: unknown): Promise<{ id: string; conversations?: { id: string }[] }> {
    const res = await fetch(`${app.url}/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status, `${path}: ${await res.clone().text()}`).toBe(201);
    return (await res.json()) as { id: string; conversations?: { id: string }[] };
  }
  const serverNotes = async (): Promise<Note[]> =>
    ((await (await fetch(`${app.url}/api/interviews/${interviewId}/notes`)).json()) as { items: Note[] }).items;
  const serverTexts = async () => (await serverNotes()).map((n) => n.text).sort();

  async function open(width = 1280): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
    // The journey cuts the notes endpoint with page.route, which does not see requests a service worker makes once it
    // controls the page (a race on a busy machine); the device store, not the service worker, is what is tested here.
    const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
    contexts.push(context);
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(`${app.url}/interviews/${interviewId}`);
    await visible(composerOf(page));
    return { context, page, requests };
  }
  const composerOf = (page: Page) => page.getByRole('textbox', { name: 'Write a note', exact: true });
  const paneOf = (page: Page) => page.locator('section').filter({ has: composerOf(page) });
  const entriesOf = (page: Page) => paneOf(page).locator('li[data-note-id]');
  const statusOf = (page: Page) => page.locator('[data-sync-status] > p').first();

  async function type(page: Page, text: string, commit = true): Promise<void> {
    const composer = composerOf(page);
    await composer.focus();
    await page.keyboard.type(text);
    if (commit) await page.keyboard.press('Enter');
  }

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const opportunity = await post('/opportunities', {
      employerName: 'Northwind Analytics',
      roleTitle: 'Data engineer',
      stage: 'interviewing',
    });
    const person = await post('/people', {
      name: 'Dana Ruiz',
      role: 'hiring-manager',
      employerName: 'Northwind Analytics',
      opportunityIds: [opportunity.id],
    });
    const startsAt = new Date(Date.now() - 10 * 60_000).toISOString();
    const interview = await post(`/opportunities/${opportunity.id}/interviews`, {
      kind: 'onsite',
      startsAt,
      timeZone: 'Europe/Lisbon',
      durationMinutes: 120,
      conversations: [{ startsAt, durationMinutes: 120, personIds: [person.id] }],
    });
    interviewId = interview.id;
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await app?.stop();
  });

  it('types notes with live markers, keeps typing offline, survives a reload, and sends every character when the server is back', async () => {
    const { context, page, requests } = await open();
    await visible(paneOf(page).getByText(/No notes yet/));
    await checkA11y(page);

    // Online: markers are recognised as typed, each Enter starts a new entry with its time.
    await composerOf(page).focus();
    await page.keyboard.type('! Worried I have not led a team');
    await visible(paneOf(page).getByText('Concern', { exact: true }).first());
    await page.keyboard.press('Enter');
    await type(page, '? How is success measured in the first 90 days');
    await composerOf(page).focus();
    await page.keyboard.type('Two lines');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('in one note');
    await page.keyboard.press('Enter');
    await expect
      .poll(serverTexts, { timeout: 5000 })
      .toEqual(['! Worried I have not led a team', '? How is success measured in the first 90 days', 'Two lines\nin one note']);
    await expect.poll(() => statusOf(page).textContent()).toBe('All notes synced');
    await expect.poll(() => entriesOf(page).count()).toBe(3);
    const first = entriesOf(page).first();
    expect(await first.getByText('Concern', { exact: true }).count()).toBe(1);
    expect(await first.locator('time').textContent()).toMatch(/^\d\d:\d\d$/);
    expect(await entriesOf(page).nth(1).getByText('Question', { exact: true }).count()).toBe(1);
    // The concern note became a concern of the interview.
    const concerns = (await (await fetch(`${app.url}/api/interviews/${interviewId}/concerns`)).json()) as { items: { text: string }[] };
    expect(concerns.items.map((c) => c.text)).toContain('Worried I have not led a team');
    await checkA11y(page);

    // The server becomes unreachable for notes, and the browser goes offline while typing goes on.
    await page.route(NOTES_ROUTE, (r) => r.abort());
    await context.setOffline(true);
    await type(page, '* They ship to production every day');
    await entriesOf(page)
      .nth(1)
      .getByRole('button', { name: /^Edit note at .*How is success/ })
      .click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (asked, answer: retention)');
    await page.keyboard.press('Enter');
    await type(page, '> Send my portfolio link by Friday', false);
    await expect.poll(() => statusOf(page).textContent()).toBe('Saved on this device');

    // Online again but notes still cannot reach the server; reload: everything comes back from the device store.
    await context.setOffline(false);
    await page.reload();
    await visible(composerOf(page));
    const expected = [
      '! Worried I have not led a team',
      '* They ship to production every day',
      '> Send my portfolio link by Friday',
      '? How is success measured in the first 90 days (asked, answer: retention)',
      'Two lines\nin one note',
    ];
    await expect.poll(() => entriesOf(page).count()).toBe(5);
    const shown = await entriesOf(page).locator('p').allInnerTexts();
    for (const text of [
      'Worried I have not led a team',
      'They ship to production every day',
      'Send my portfolio link by Friday',
      'How is success measured in the first 90 days (asked, answer: retention)',
    ]) {
      expect(
        shown.some((s) => s.includes(text)),
        text,
      ).toBe(true);
    }
    await expect.poll(() => statusOf(page).textContent(), { timeout: 5000 }).toBe('Saved on this device');
    expect((await serverTexts()).length).toBe(3);

    // The server is reachable again: within a few seconds every character is on it.
    await page.unroute(NOTES_ROUTE);
    await expect.poll(serverTexts, { timeout: 10_000 }).toEqual(expected);
    await expect.poll(() => statusOf(page).textContent(), { timeout: 5000 }).toBe('All notes synced');
    await checkA11y(page);

    // Delete with undo.
    const promise = entriesOf(page).filter({ hasText: 'portfolio' });
    await promise.getByRole('button', { name: /^Delete note/ }).click();
    await expect.poll(() => entriesOf(page).count()).toBe(4);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => entriesOf(page).count()).toBe(5);
    await expect.poll(serverTexts, { timeout: 5000 }).toEqual(expected);
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  }, 120_000);

  it('keeps both versions when a second device edits the same note while this one is stale', async () => {
    const a = await open();
    const b = await open();
    const target = 'Two lines';
    // Device A cannot reach the server for notes, so its edit stays on revision it last saw.
    await a.page.route(NOTES_ROUTE, (r) => r.abort());
    await entriesOf(a.page)
      .filter({ hasText: target })
      .getByRole('button', { name: /^Edit note/ })
      .click();
    await a.page.keyboard.press('Control+End');
    await a.page.keyboard.type(' — device A');
    await a.page.keyboard.press('Enter');

    await entriesOf(b.page)
      .filter({ hasText: target })
      .getByRole('button', { name: /^Edit note/ })
      .click();
    await b.page.keyboard.press('Control+End');
    await b.page.keyboard.type(' — device B');
    await b.page.keyboard.press('Enter');
    await expect.poll(serverTexts, { timeout: 5000 }).toContain('Two lines\nin one note — device B');

    await a.page.unroute(NOTES_ROUTE);
    await expect.poll(serverTexts, { timeout: 10_000 }).toContain('Two lines\nin one note — device A');
    const kept = (await serverNotes()).filter((n) => n.text.startsWith('Two lines'));
    expect(kept).toHaveLength(2);
    expect(kept.filter((n) => n.conflictOf !== null)).toHaveLength(1);
    const badges = paneOf(a.page).getByText('Kept both versions');
    await expect.poll(() => badges.count(), { timeout: 5000 }).toBe(2);
    await checkA11y(a.page);
  }, 120_000);

  it('two tabs of one browser: one sends for both, each note reaches the server once, and a waiting tab takes over', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    contexts.push(context);
    /** A tab of this browser, with the note writes that reached the server from it (note ids). */
    const openTab = async () => {
      const page = await context.newPage();
      const answered: string[] = [];
      page.on('response', (r) => {
        if (r.request().method() === 'PUT' && /\/api\/notes\//.test(r.url()))
          answered.push(decodeURIComponent(r.url().split('/').pop() ?? ''));
      });
      await page.goto(`${app.url}/interviews/${interviewId}`);
      await visible(composerOf(page));
      return { page, answered };
    };
    const onServer = async (text: string) => (await serverNotes()).filter((n) => n.text === text);
    /** Enters a whole note at once (as a paste would), so it is one body: typing past the longest wait sends twice. */
    const enter = async (page: Page, text: string) => {
      await composerOf(page).focus();
      await page.keyboard.insertText(text);
      await page.keyboard.press('Enter');
    };
    /** The note with `text` is on the server once, at its first revision, with no conflict copy of it. */
    const savedOnce = async (text: string): Promise<string> => {
      await expect
        .poll(async () => (await onServer(text)).map((n) => [n.revision, n.conflictOf]), { timeout: 10_000 })
        .toEqual([[1, null]]);
      const [saved] = await onServer(text);
      expect((await serverNotes()).filter((n) => n.conflictOf === saved!.id)).toEqual([]);
      return saved!.id;
    };
    const first = await openTab();
    const second = await openTab();

    // Typed in the second tab, sent by the first (it asked for the lock first): one write reaches the server.
    const typedInSecond = '* Tab two: the team ships weekly';
    await enter(second.page, typedInSecond);
    const a = await savedOnce(typedInSecond);
    await expect.poll(() => statusOf(second.page).textContent(), { timeout: 5000 }).toBe('All notes synced');
    // Response events reach the test a little after the page saw them.
    await expect.poll(() => first.answered.filter((id) => id === a).length).toBe(1);
    expect(second.answered).toEqual([]);
    await expect.poll(() => entriesOf(first.page).filter({ hasText: 'the team ships weekly' }).count(), { timeout: 5000 }).toBe(1);
    // Typed key by key in the second tab: every write the first tab sent built on the one before (as many
    // revisions as writes, none sent twice) and no conflict copy.
    const keyByKey = '? Tab two asks how on-call is paid';
    await type(second.page, keyByKey);
    await expect.poll(async () => (await onServer(keyByKey)).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => statusOf(second.page).textContent(), { timeout: 5000 }).toBe('All notes synced');
    const [typed] = await onServer(keyByKey);
    expect(typed!.conflictOf).toBeNull();
    expect((await serverNotes()).filter((n) => n.conflictOf === typed!.id)).toEqual([]);
    await expect.poll(() => first.answered.filter((id) => id === typed!.id).length).toBe(typed!.revision);
    expect(second.answered).toEqual([]);

    // The server cannot be reached for notes: every tab says the note is on this device. A third tab opens and
    // loads the same unsent note; when the server is back, it still goes once.
    await context.route(NOTES_ROUTE, (r) => r.abort());
    const whileDown = '! Tab two, offline: asked about the on-call rota';
    await enter(second.page, whileDown);
    await expect.poll(() => statusOf(second.page).textContent(), { timeout: 5000 }).toBe('Saved on this device');
    await expect.poll(() => statusOf(first.page).textContent(), { timeout: 5000 }).toBe('Saved on this device');
    const third = await openTab();
    await expect.poll(() => entriesOf(third.page).filter({ hasText: 'on-call rota' }).count()).toBe(1);
    await context.unroute(NOTES_ROUTE);
    const b = await savedOnce(whileDown);
    await expect.poll(() => [...first.answered, ...second.answered, ...third.answered].filter((id) => id === b).length).toBe(1);
    await expect.poll(() => statusOf(third.page).textContent(), { timeout: 5000 }).toBe('All notes synced');

    // The sending tab closes: the tab that has waited longest takes over and sends what is typed in the third.
    await first.page.close();
    const afterClose = '> Tab three: send the case study';
    await enter(third.page, afterClose);
    const c = await savedOnce(afterClose);
    await expect.poll(() => second.answered.filter((id) => id === c).length).toBe(1);
    expect(third.answered).toEqual([]);
    await checkA11y(third.page);
    // Over the whole run, each note went to the server as many times as it has revisions: nothing was sent twice.
    const answered = [...first.answered, ...second.answered, ...third.answered];
    const revisions = new Map((await serverNotes()).map((n) => [n.id, n.revision]));
    for (const id of [a, typed!.id, b, c]) expect(answered.filter((x) => x === id).length, id).toBe(revisions.get(id));
  }, 120_000);

  it('works at tablet and phone widths with large touch targets', async () => {
    for (const width of [768, 390]) {
      const { page } = await open(width);
      await expect.poll(() => entriesOf(page).count()).toBeGreaterThan(0);
      const button = entriesOf(page)
        .first()
        .getByRole('button', { name: /^Edit note/ });
      const box = await button.boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(box!.height).toBeGreaterThanOrEqual(44);
      const composer = await composerOf(page).boundingBox();
      expect(composer!.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await checkA11y(page);
    }
  }, 120_000);
});
