import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkA11y, launchBrowser, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const COUNT = 400;
const STAGES = ['lead', 'lead', 'lead', 'applied', 'interviewing'];

/** Scrolls the page to its end a screen at a time and answers every id the selector saw on the way. */
async function idsSeenScrollingToTheEnd(page: Page, selector: string, attribute: string): Promise<Set<string>> {
  const seen = new Set<string>();
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let step = 0; step < 500; step++) {
    await page.waitForTimeout(30);
    for (const id of await page.locator(selector).evaluateAll((els, a) => els.map((e) => e.getAttribute(a) ?? ''), attribute)) seen.add(id);
    const atEnd = await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);
    if (atEnd) break;
    await page.evaluate(() => window.scrollBy(0, Math.round(window.innerHeight * 0.8)));
  }
  return seen;
}

describe('lists at scale: the board and the list render what is on screen, and every record on the way to the end', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const ids: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    for (let i = 0; i < COUNT; i++) {
      const res = await fetch(`${app.url}/api/opportunities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          employerName: `Scale ${String(i).padStart(3, '0')} Ltd`,
          roleTitle: 'Analyst',
          stage: STAGES[i % STAGES.length],
          nextAction: i % 2 ? `Call about step ${i}` : null,
        }),
      });
      ids.push(((await res.json()) as { id: string }).id);
    }
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('board: only cards near the screen are in the page, and scrolling to the end shows every card', async () => {
    // What the first frame with cards holds: its cards, and how many of them start below the screen.
    await page.addInitScript(() => {
      const record = window as unknown as { firstCards?: { all: number; below: number } };
      new MutationObserver((_, observer) => {
        const cards = [...document.querySelectorAll('[data-card-id]')];
        if (!cards.length) return;
        observer.disconnect();
        record.firstCards = { all: cards.length, below: cards.filter((c) => c.getBoundingClientRect().top > innerHeight).length };
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${app.url}/board`);
    await page.locator('[data-card-id]').first().waitFor({ state: 'visible', timeout: 15_000 });
    const first = await page.evaluate(() => (window as unknown as { firstCards?: { all: number; below: number } }).firstCards);
    // The first frame draws only what is on screen; the cards beyond its edge come once it is painted.
    expect(first?.below).toBe(0);
    await expect.poll(() => page.locator('[data-card-id]').count()).toBeGreaterThan(first!.all);
    expect(await page.locator('[data-card-id]').count()).toBeLessThan(COUNT / 2);
    const seen = await idsSeenScrollingToTheEnd(page, '[data-card-id]', 'data-card-id');
    expect(seen.size).toBe(COUNT);
    expect([...seen].sort()).toEqual([...ids].sort());
    await checkA11y(page);
  }, 120_000);

  it('board: a card far down the column moves by keyboard and keeps focus; another moves by drag', async () => {
    await page.goto(`${app.url}/board`);
    const lead = page.locator('section[aria-labelledby="col-lead"]');
    await lead.locator('[data-card-id]').first().waitFor({ state: 'visible', timeout: 15_000 });
    // Scroll well down the long "lead" column, then move the card there with ].
    await page.evaluate(() => window.scrollTo(0, 9000));
    await page.waitForTimeout(100);
    const far = lead.locator('[data-card-id]').filter({ visible: true }).last();
    const id = (await far.getAttribute('data-card-id'))!;
    await far.focus();
    const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes(id));
    await page.keyboard.press(']');
    expect((await saved).status()).toBe(200);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.stage)).toBe('applied');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cardId)).toBe(id);
    const moved = (await (await fetch(`${app.url}/api/opportunities/${id}`)).json()) as { stage: string };
    expect(moved.stage).toBe('applied');

    // Back at the top, wait until the column has re-windowed to its first card on screen, then hold that card by
    // its id: a locator like `.first()` would slide to another card if the window changes during the drag.
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = lead.locator('[data-card-id]').first();
    await expect.poll(async () => ((await top.boundingBox())?.y ?? Infinity) < page.viewportSize()!.height).toBe(true);
    const dragged = (await top.getAttribute('data-card-id'))!;
    const first = lead.locator(`[data-card-id="${dragged}"]`);
    const dropped = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes(dragged));
    await first.dragTo(page.locator('section[aria-labelledby="col-offer"]'), { targetPosition: { x: 60, y: 40 } });
    expect((await dropped).status()).toBe(200);
    await page.locator(`section[aria-labelledby="col-offer"] [data-card-id="${dragged}"]`).waitFor({ state: 'visible' });
  }, 120_000);

  it('list: only rows near the screen are in the page, and scrolling to the end shows every row', async () => {
    await page.goto(`${app.url}/opportunities`);
    await page.locator('[data-row-id]').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.locator('[data-row-id]').count()).toBeLessThan(COUNT / 2);
    const seen = await idsSeenScrollingToTheEnd(page, '[data-row-id]', 'data-row-id');
    expect(seen.size).toBe(COUNT);
    await checkA11y(page);
  }, 120_000);

  it('list: the server filters, and the full opportunity comes from its own page', async () => {
    await page.goto(`${app.url}/opportunities?q=scale%20007`);
    const row = page.locator('[data-row-id]');
    await row.first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await row.count()).toBe(1);
    await row.getByRole('link', { name: 'Scale 007 Ltd' }).click();
    await page.getByRole('heading', { level: 1, name: 'Scale 007 Ltd' }).waitFor({ state: 'visible' });
  }, 60_000);
});
