import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiCall, launchBrowser, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

/** Set OFFERBOOK_SCREENSHOTS to a folder to keep a PNG of every page at every width, for a person to look at. */
const SHOTS = process.env.OFFERBOOK_SCREENSHOTS;
const WIDTHS = [1280, 768, 390] as const;

/**
 * A person's eye on every page: with realistic data, each main page at desktop, tablet and phone widths scrolls no
 * page sideways, logs no console error, and has no fixed element (toast, banner) covering a visible button.
 */
describe('screens journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let offerId = '';
  let otherId = '';
  let interviewId = '';
  let promptId = '';
  const call = async <T>(method: string, path: string, body?: unknown) => {
    const res = await apiCall<T>(app.url, method, path, body);
    expect(res.status, `${method} ${path}`).toBeLessThan(300);
    return res.data;
  };

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const a = await call<{ id: string; employerId: string }>('POST', '/opportunities', {
      employerName: 'Tidewater Labs',
      roleTitle: 'Senior Data Engineer',
      stage: 'applied',
      location: 'Lisbon, Portugal',
      remotePolicy: 'hybrid',
      sourceUrl:
        'https://careers.tidewater-labs.example.org/jobs/senior-data-engineer-platform-and-streaming-team-lisbon-2026?utm_source=newsletter&utm_campaign=winter',
      jobDescription: '## About the role\n\nYou will own the streaming platform that turns tide sensor data into berth forecasts.',
    });
    offerId = a.id;
    const b = await call<{ id: string }>('POST', '/opportunities', {
      employerName: 'Globex Instruments',
      roleTitle: 'Data Platform Lead',
      stage: 'interviewing',
      location: 'Porto',
    });
    otherId = b.id;
    await call('POST', '/opportunities', { employerName: 'Initech', roleTitle: 'Analytics Engineer', stage: 'rejected' });
    await call('POST', '/opportunities', { employerName: 'Umbrella Analytics', roleTitle: 'Data Engineer', stage: 'withdrawn' });
    await call('POST', '/opportunities', { employerName: 'Hooli', roleTitle: 'Staff Engineer', stage: 'lead' });
    await call('POST', `/employers/${a.employerId}/facts`, {
      topic: 'what-they-do',
      statement: 'Builds tide and berth forecasting software that ports use to plan ship arrivals.',
    });
    await call('POST', `/employers/${a.employerId}/facts`, { topic: 'news', statement: 'Opened a Lisbon office in 2025.' });
    const rita = await call<{ id: string }>('POST', '/people', {
      name: 'Rita Silva',
      title: 'Talent Partner',
      role: 'recruiter',
      email: 'rita@tidewater.example.org',
      opportunityIds: [offerId],
    });
    const hugo = await call<{ id: string }>('POST', '/people', {
      name: 'Hugo Matos',
      title: 'Engineering Manager',
      role: 'hiring-manager',
      opportunityIds: [offerId],
    });
    await call('PUT', `/opportunities/${offerId}/fit`, {
      ratings: [
        { key: 'pay', rating: 'good', evidence: 'Within my range' },
        { key: 'growth', rating: 'great', evidence: 'Staff path' },
      ],
    });
    await call('POST', `/opportunities/${offerId}/question-plan/items`, {
      text: 'What does a good first quarter look like?',
      interviewerPersonId: hugo.id,
    });
    const start = Date.now() - 3 * 24 * 3_600_000;
    const iv = await call<{ id: string }>('POST', `/opportunities/${offerId}/interviews`, {
      kind: 'video',
      startsAt: new Date(start).toISOString(),
      timeZone: 'Europe/Lisbon',
      durationMinutes: 90,
      location: 'https://meet.example.org/j/93418820571 · Meeting ID 934 1882 0571 · Passcode 482913',
      conversations: [
        { startsAt: new Date(start).toISOString(), durationMinutes: 45, topic: 'Motivation', personIds: [rita.id] },
        { startsAt: new Date(start + 45 * 60_000).toISOString(), durationMinutes: 45, topic: 'System design', personIds: [hugo.id] },
      ],
    });
    interviewId = iv.id;
    await call('POST', `/opportunities/${otherId}/interviews`, {
      kind: 'onsite',
      startsAt: new Date(Date.now() + 26 * 3_600_000).toISOString(),
      timeZone: 'Europe/Lisbon',
      durationMinutes: 60,
      location: 'Rua Augusta 10, Lisbon',
    });
    const deadline = new Date(Date.now() + 9 * 24 * 3_600_000).toISOString().slice(0, 10);
    await call('PUT', `/opportunities/${offerId}/offer`, {
      basePay: 88000,
      currency: 'EUR',
      payPeriod: 'year',
      bonus: '10% target',
      benefits: '25 days leave, pension',
      remotePolicy: 'hybrid',
      deadline,
    });
    await call('PUT', `/opportunities/${otherId}/offer`, {
      basePay: 7000,
      currency: 'EUR',
      payPeriod: 'month',
      remotePolicy: 'onsite',
      deadline,
    });
    const prompts = await call<{ id: string }[] | { items: { id: string }[] }>('GET', '/prompts');
    promptId = (Array.isArray(prompts) ? prompts : prompts.items)[0]!.id;
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const pages = () => {
    const tabs = ['overview', 'research', 'people', 'questions', 'practice', 'interviews', 'followups', 'offer', 'posting'];
    return [
      ['dashboard', '/'],
      ['next', '/next'],
      ['board', '/board'],
      ['list', '/opportunities'],
      ...tabs.map((t) => [`opportunity-${t}`, `/opportunities/${offerId}?tab=${t}`]),
      ['opportunity-unknown-tab', `/opportunities/${offerId}?tab=nonsense`],
      ['brief', `/opportunities/${offerId}/brief`],
      ['interview-mode', `/interviews/${interviewId}`],
      ['practice', '/practice'],
      ['practice-prompt', `/practice/${promptId}`],
      ['offers', '/offers'],
      ['priorities', '/priorities'],
      ['settings', '/settings'],
      ['import', '/opportunities/import'],
      ['capture', '/capture'],
    ] as [string, string][];
  };

  /** Visible buttons and links a fixed or sticky element covers at their centre (what a tap would hit instead). */
  const covered = (page: Page) =>
    page.evaluate(() => {
      const out: string[] = [];
      const fixedAncestor = (el: Element | null): Element | null => {
        for (let e = el; e; e = e.parentElement) {
          const pos = getComputedStyle(e).position;
          if (pos === 'fixed') return e;
        }
        return null;
      };
      for (const el of Array.from(document.querySelectorAll('button, a[href], [role="tab"]'))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) continue;
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const hit = document.elementFromPoint(x, y);
        if (!hit || el.contains(hit) || hit.contains(el)) continue;
        const cover = fixedAncestor(hit);
        if (cover && !cover.contains(el))
          out.push(
            `${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label')} under ${cover.tagName.toLowerCase()}.${String(cover.className).slice(0, 40)}`,
          );
      }
      return out;
    });

  it.each(WIDTHS)(
    'every main page reads well at %i px',
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 } });
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
      const problems: string[] = [];
      for (const [name, path] of pages()) {
        await page.goto(`${app.url}${path}`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(150);
        const main = (await page.locator('#main').textContent())?.trim() ?? '';
        if (!main) problems.push(`${name}: empty page`);
        // Dates in prose read as words ("18 December"), never as ISO text (form fields' values are not prose).
        const iso = (await page.locator('#main').innerText()).match(/\b\d{4}-\d{2}-\d{2}\b/);
        if (iso) problems.push(`${name}: ISO date ${iso[0]} in the text`);
        const wide = await page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - innerWidth);
        if (wide > 0) problems.push(`${name}: scrolls sideways by ${wide} px`);
        for (const c of await covered(page)) problems.push(`${name}: ${c}`);
        // A tab strip that scrolls sideways on a phone shows the open tab, not the first ones only.
        const hiddenTab = await page.evaluate(() =>
          Array.from(document.querySelectorAll('[role="tablist"]')).some((list) => {
            const tab = list.querySelector('[aria-selected="true"]');
            if (!tab) return false;
            const l = list.getBoundingClientRect();
            const t = tab.getBoundingClientRect();
            return t.left < l.left - 1 || t.right > l.right + 1;
          }),
        );
        if (hiddenTab) problems.push(`${name}: the open tab is scrolled out of its strip`);
        if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
      }
      // A dialog opens without complaint too (Radix locks the page's scroll with styles as it opens).
      await page.goto(`${app.url}/`);
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      await page.waitForLoadState('networkidle');
      const dialog = page.getByRole('dialog');
      // The shortcut listener may attach a moment after the first paint: press again until the help opens.
      await expect
        .poll(
          async () => {
            if (!(await dialog.isVisible())) await page.keyboard.press('?');
            return dialog.isVisible();
          },
          { timeout: 10_000 },
        )
        .toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await page.close();
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    },
    240_000,
  );
});
