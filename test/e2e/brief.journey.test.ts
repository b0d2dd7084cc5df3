import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiCall, launchBrowser, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 10_000 });

/** Pages in a PDF: one `/Type /Page` object per page (not `/Pages`). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** The brief is the day's paper: the scheduled interview's logistics, what is known ticked, nothing private, one page. */
describe('brief journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let opportunityId = '';
  const call = <T>(method: string, path: string, body?: unknown) => apiCall<T>(app.url, method, path, body);

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const opp = await call<{ id: string; employerId: string }>('POST', '/opportunities', {
      employerName: 'Tidewater Labs',
      roleTitle: 'Senior Data Engineer',
      stage: 'interviewing',
      location: 'Lisbon, Portugal',
      remotePolicy: 'hybrid',
    });
    expect(opp.status).toBe(201);
    opportunityId = opp.data.id;
    for (const [topic, statement] of [
      ['what-they-do', 'Builds tide and berth forecasting software that ports use to plan ship arrivals.'],
      ['size', 'About 420 people, a third of them in engineering.'],
      ['news', 'Opened a Lisbon office in 2025 and signed a North Sea port authority.'],
      ['culture', 'Teams publish a quarterly roadmap and review it openly.'],
    ]) {
      expect((await call('POST', `/employers/${opp.data.employerId}/facts`, { topic, statement })).status).toBe(201);
    }
    const people: { id: string; name: string }[] = [];
    for (const [name, title, role] of [
      ['Rita Silva', 'Talent Partner', 'recruiter'],
      ['Hugo Matos', 'Engineering Manager', 'hiring-manager'],
      ['Ana Costa', 'Senior Data Engineer', 'interviewer'],
      ['Joana Pires', 'VP Engineering', 'interviewer'],
    ]) {
      const p = await call<{ id: string; name: string }>('POST', '/people', { name, title, role, opportunityIds: [opportunityId] });
      expect(p.status).toBe(201);
      people.push(p.data);
    }
    // A private fit note about pay: it must never reach the talking points.
    expect(
      (
        await call('PUT', `/opportunities/${opportunityId}/fit`, {
          ratings: [
            { key: 'pay', rating: 'great', evidence: 'Pay: €75–92k, top of range beats my floor' },
            { key: 'growth', rating: 'good', evidence: 'Staff path' },
          ],
        })
      ).status,
    ).toBe(200);
    for (const [i, text] of [
      'What does a good first quarter look like?',
      'How are decisions made in the team?',
      'What would you change about the data platform?',
      'Where is the company heading next year?',
    ].entries()) {
      expect(
        (await call('POST', `/opportunities/${opportunityId}/question-plan/items`, { text, interviewerPersonId: people[i]!.id })).status,
      ).toBe(201);
    }
    const start = Date.UTC(2030, 0, 15, 13, 0);
    const iv = await call('POST', `/opportunities/${opportunityId}/interviews`, {
      kind: 'video',
      startsAt: new Date(start).toISOString(),
      timeZone: 'Europe/Berlin',
      durationMinutes: 180,
      location: 'https://meet.example.org/j/93418820571 · Meeting ID 934 1882 0571 · Passcode 482913',
      conversations: people.map((p, i) => ({
        startsAt: new Date(start + i * 45 * 60_000).toISOString(),
        durationMinutes: 45,
        topic: ['Motivation', 'The team and the first quarter', 'Pipeline design exercise', 'Strategy and culture'][i],
        personIds: [p.id],
      })),
    });
    expect(iv.status).toBe(201);
    expect((await call('PUT', `/opportunities/${opportunityId}/housekeeping`, { bestContactPersonId: people[0]!.id })).status).toBe(200);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the interview’s logistics, ticks what is known, keeps private notes out, and prints on one page', async () => {
    await page.goto(`${app.url}/opportunities/${opportunityId}/brief`);
    const frame = page.frameLocator('iframe[title^="Interview brief"]');
    const logistics = frame.getByRole('region', { name: 'Logistics' });
    await visible(logistics);
    const text = (await logistics.textContent()) ?? '';
    expect(text).toContain('Tuesday 15 January');
    expect(text).toContain('Video call');
    expect(text).toContain('https://meet.example.org/j/93418820571');
    expect(text).toContain('Meeting ID 934 1882 0571 · Passcode 482913');
    expect(text).toContain('Rita Silva · Motivation');
    expect(text).toContain('Joana Pires · Strategy and culture');
    expect(text).not.toContain('interviews feature');

    const points = (await frame.getByRole('region', { name: 'Talking points' }).textContent()) ?? '';
    expect(points).not.toMatch(/€|floor|75–92/);
    const whole = (await frame.locator('body').textContent()) ?? '';
    expect(whole).not.toMatch(/€75|beats my floor/);
    // A best contact chosen from the people ticks "keep in touch".
    const keep = frame.getByRole('region', { name: 'Before you leave' }).locator('li', { hasText: 'keep in touch' });
    expect(await keep.getAttribute('class')).toBe('done');
    expect(await keep.textContent()).toContain('Rita Silva');
    // No ISO dates in the prose.
    expect(whole).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);

    const printPage = await browser.newPage();
    await printPage.goto(`${app.url}/api/opportunities/${opportunityId}/brief?format=html&timeZone=Europe/Lisbon`);
    await printPage.emulateMedia({ media: 'print' });
    expect(pageCount(await printPage.pdf({ format: 'A4' }))).toBe(1);
    expect(pageCount(await printPage.pdf({ format: 'Letter' }))).toBe(1);
    await printPage.close();
  }, 120_000);

  it('shows no thank-you drafts before the interview, and says when they come', async () => {
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=followups`);
    await visible(page.locator('[data-thank-yous-waiting]'));
    expect(await page.locator('[data-thank-yous-waiting]').textContent()).toContain('Rita Silva');
    expect(await page.getByRole('article', { name: /Thank-you note to/ }).count()).toBe(0);
  });
});
