import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { apiCall, checkA11y, launchBrowser, startApp } from './harness.js';
import type { RunningApp } from './harness.js';
import { cachedPaths, controlled } from './offline-support.js';

const visible = (l: Locator, timeout = 15_000) => l.waitFor({ state: 'visible', timeout });

interface Note {
  id: string;
  text: string;
  deleted: boolean;
}

describe('the interview day on a phone, offline (390 × 844)', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  let opportunityId = '';
  let interviewId = '';
  let interviewStart = '';
  let concernId = '';
  const items: Record<string, string> = {};

  const call = <T>(method: string, path: string, body?: unknown) => apiCall<T>(app.url, method, path, body);

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      timezoneId: 'Europe/Berlin',
      locale: 'en-GB',
    });
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    opportunityId = (
      await call<{ id: string }>('POST', '/opportunities', {
        employerName: 'Globex Instruments',
        roleTitle: 'Product engineer',
        stage: 'interviewing',
      })
    ).data.id;
    const kim = (
      await call<{ id: string }>('POST', '/people', {
        name: 'Kim Osei',
        title: 'Head of product',
        role: 'hiring-manager',
        employerName: 'Globex Instruments',
        opportunityIds: [opportunityId],
      })
    ).data.id;
    for (const [key, text] of [
      ['roadmap', 'Who decides what goes on the roadmap?'],
      ['first', 'What would my first project be?'],
    ] as const) {
      const r = await call<{ items: { id: string; text: string }[] }>('POST', `/opportunities/${opportunityId}/question-plan/items`, {
        text,
        interviewerPersonId: kim,
      });
      items[key] = r.data.items.find((i) => i.text === text)!.id;
    }
    // Tomorrow's interview: within the 7 days the device keeps.
    const startsAt = new Date(Math.floor((Date.now() + 26 * 3_600_000) / 60_000) * 60_000).toISOString();
    interviewStart = startsAt;
    const made = await call<{ id: string }>('POST', `/opportunities/${opportunityId}/interviews`, {
      kind: 'video',
      startsAt,
      timeZone: 'Europe/Berlin',
      durationMinutes: 60,
      conversations: [{ startsAt, durationMinutes: 60, personIds: [kim] }],
    });
    expect(made.status).toBe(201);
    interviewId = made.data.id;
    concernId = (
      await call<{ id: string }>('POST', `/opportunities/${opportunityId}/concerns`, { text: 'Worried about the commute', interviewId })
    ).data.id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('is installable: the manifest, its icons and a service worker that controls the page, as Chromium checks them', async () => {
    await page.goto(`${app.url}/`);
    await visible(page.getByRole('heading', { level: 1 }).first());
    await controlled(page);
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href;
      if (!href) return null;
      const m = (await (await fetch(href)).json()) as {
        name: string;
        short_name: string;
        display: string;
        start_url: string;
        theme_color: string;
        icons: { src: string; sizes: string; purpose: string }[];
      };
      const icons = await Promise.all(
        m.icons.map(async (i) => {
          const res = await fetch(i.src);
          const bitmap = await createImageBitmap(await res.blob());
          return { ...i, type: res.headers.get('content-type'), width: bitmap.width, height: bitmap.height };
        }),
      );
      return { ...m, icons };
    });
    expect(manifest).toMatchObject({ name: 'Offerbook', short_name: 'Offerbook', display: 'standalone', start_url: '/' });
    expect(manifest!.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    for (const size of [192, 512]) {
      for (const purpose of ['any', 'maskable']) {
        const icon = manifest!.icons.find((i) => i.sizes === `${size}x${size}` && i.purpose === purpose);
        expect(icon, `${purpose} ${size}`).toMatchObject({ type: 'image/png', width: size, height: size });
      }
    }
    // Light and dark theme colours for the browser's bar.
    const themes = await page.locator('meta[name="theme-color"]').evaluateAll((els) => els.map((e) => e.getAttribute('media')));
    expect(themes).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
    // Chromium's own installability check (what its install prompt and Lighthouse rely on).
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    // Playwright's browser contexts are incognito profiles, where Chromium installs nothing whatever the app; every
    // other check (manifest, icons, service worker, secure origin) must pass.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    const { url: manifestUrl, errors } = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    expect(manifestUrl).toBe(`${app.url}/manifest.webmanifest`);
    expect(errors).toEqual([]);
  }, 120_000);

  it('keeps the coming interview on the device, opens it offline after a reload, and sends what was done offline once back', async () => {
    await page.goto(`${app.url}/interviews/${interviewId}`);
    await visible(page.getByRole('heading', { level: 1, name: /Globex Instruments/ }));
    await controlled(page);
    // The interview, its notes and concerns, the opportunity, the plan, housekeeping, the brief as its page shows it
    // (times in this phone's zone) and the people are on the device.
    const o = encodeURIComponent(opportunityId);
    const wanted = [
      `/api/interviews/${interviewId}`,
      `/api/interviews/${interviewId}/notes`,
      `/api/interviews/${interviewId}/concerns`,
      `/api/opportunities/${o}/question-plan`,
      `/api/opportunities/${o}/housekeeping`,
      `/api/opportunities/${o}`,
      `/api/opportunities/${o}/brief?format=html&timeZone=Europe%2FBerlin`,
      `/api/people?opportunityId=${o}`,
    ];
    await expect
      .poll(
        async () => {
          const held = new Set(await cachedPaths(page));
          return wanted.filter((p) => !held.has(p));
        },
        { timeout: 20_000 },
      )
      .toEqual([]);

    // One note while online.
    const composer = page.getByRole('textbox', { name: 'Write a note' });
    await expect.poll(() => composer.isEnabled()).toBe(true);
    await composer.fill('* Ships hardware twice a year');
    await composer.press('Enter');
    await expect
      .poll(async () => (await call<{ items: Note[] }>('GET', `/interviews/${interviewId}/notes`)).data.items.length, { timeout: 15_000 })
      .toBe(1);

    // Offline: the network is gone and the server too.
    await context.setOffline(true);
    await app.kill();
    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: /Globex Instruments/ }));
    await visible(page.getByTestId('offline-banner'));
    expect(await page.getByTestId('offline-banner').textContent()).toContain('Interview mode still works');
    await visible(page.getByText('Ships hardware twice a year'));
    await visible(page.getByTestId('slot-state'));
    expect(await page.getByTestId('slot-state').textContent()).toContain('Kim Osei');

    // Notes typed offline, one of them started with a marker button.
    await expect.poll(() => composer.isEnabled()).toBe(true);
    await composer.fill('Team of six, two in Lisbon');
    await composer.press('Enter');
    await page.getByRole('button', { name: '! Concern' }).click();
    await composer.pressSequentially('No budget for travel');
    expect(await composer.inputValue()).toBe('! No budget for travel');
    await page.getByRole('button', { name: 'Add note' }).click();
    await visible(page.getByText('No budget for travel'));

    // The note box stays in view, the tabs fit, nothing scrolls sideways.
    const box = await composer.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    // A question ticked offline: kept on the device, through a reload.
    const tabs = page.getByRole('tablist', { name: 'Interview sections' });
    await tabs.getByRole('tab', { name: 'Questions' }).click();
    const roadmap = page.getByRole('checkbox', { name: 'Who decides what goes on the roadmap?' });
    await visible(roadmap);
    await roadmap.check();
    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: /Globex Instruments/ }));
    await visible(page.getByText('No budget for travel'));
    await tabs.getByRole('tab', { name: 'Questions' }).click();
    await expect.poll(() => roadmap.isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'What would my first project be?' }).isChecked()).toBe(false);
    await checkA11y(page);

    // A concern answered offline.
    await tabs.getByRole('tab', { name: /Concerns/ }).click();
    const commute = page.locator(`li[data-concern-id="${concernId}"]`);
    await visible(commute);
    await commute.getByRole('button', { name: 'Mark addressed…' }).click();
    await commute.getByRole('textbox', { name: 'How you addressed it' }).fill('Two days a week at home.');
    await commute.getByRole('button', { name: 'Save as addressed' }).click();
    await visible(commute.getByText('How you addressed it: Two days a week at home.'));

    // The first checklist item ticked offline (the rest of the list is left as it is).
    const checklist = (
      await page.evaluate(
        async (id) =>
          (await (await fetch(`/api/interviews/${id}`)).json()) as { checklist: { id: string; label: string; done: boolean }[] },
        interviewId,
      )
    ).checklist;
    expect(checklist.length).toBeGreaterThan(1);
    await tabs.getByRole('tab', { name: 'Wrap-up' }).click();
    const firstItem = page.getByRole('checkbox', { name: checklist[0]!.label });
    await firstItem.check();
    await expect.poll(() => firstItem.isChecked()).toBe(true);
    // A housekeeping answer heard offline.
    const hk = page.getByRole('form', { name: 'Housekeeping answers' });
    await hk.getByRole('textbox', { name: 'Next steps' }).fill('Second round in two weeks.');
    await hk.getByRole('button', { name: 'Save housekeeping' }).click();
    await visible(page.getByText('Housekeeping saved on this device'));

    // The brief opens offline as it prints, the interview's time in this phone's zone; then back to interview mode.
    await page.goto(`${app.url}/opportunities/${opportunityId}/brief`);
    await visible(page.getByRole('heading', { level: 1, name: 'Interview brief' }));
    const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    await visible(
      page
        .frameLocator('iframe')
        .getByText(berlin.format(new Date(interviewStart)), { exact: false })
        .first(),
    );
    await page.goto(`${app.url}/interviews/${interviewId}`);
    await visible(page.getByRole('heading', { level: 1, name: /Globex Instruments/ }));

    // Back online: everything reaches the server, once.
    await app.restart();
    await context.setOffline(false);
    await expect
      .poll(
        async () =>
          (await call<{ items: Note[] }>('GET', `/interviews/${interviewId}/notes`)).data.items
            .filter((n) => !n.deleted)
            .map((n) => n.text)
            .sort(),
        { timeout: 30_000 },
      )
      .toEqual(['! No budget for travel', '* Ships hardware twice a year', 'Team of six, two in Lisbon']);
    await expect
      .poll(
        async () =>
          (await call<{ items: { id: string; asked: boolean }[] }>('GET', `/opportunities/${opportunityId}/question-plan`)).data.items.find(
            (i) => i.id === items.roadmap,
          )?.asked,
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(
      (await call<{ items: { id: string; asked: boolean }[] }>('GET', `/opportunities/${opportunityId}/question-plan`)).data.items.find(
        (i) => i.id === items.first,
      )?.asked,
    ).toBe(false);
    await expect
      .poll(
        async () =>
          (
            await call<{ items: { id: string; status: string; howAddressed: string }[] }>('GET', `/interviews/${interviewId}/concerns`)
          ).data.items.find((c) => c.id === concernId),
        { timeout: 30_000 },
      )
      .toMatchObject({ status: 'addressed', howAddressed: 'Two days a week at home.' });
    await expect
      .poll(
        async () => (await call<{ checklist: { done: boolean }[] }>('GET', `/interviews/${interviewId}`)).data.checklist.map((c) => c.done),
        { timeout: 30_000 },
      )
      .toEqual(checklist.map((c, i) => (i === 0 ? true : c.done)));
    await expect
      .poll(async () => (await call<{ nextSteps: string }>('GET', `/opportunities/${opportunityId}/housekeeping`)).data.nextSteps, {
        timeout: 30_000,
      })
      .toBe('Second round in two weeks.');
    await visible(page.getByText('All notes synced').first(), 20_000);
    // Nothing left waiting on the device.
    const left = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('offerbook-notes');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['writes'], 'readonly');
            const count = tx.objectStore('writes').count();
            count.onsuccess = () => {
              resolve(count.result);
              db.close();
            };
          };
        }),
    );
    expect(left).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('scrolls no page sideways at 390 px', async () => {
    const tabs = ['overview', 'research', 'people', 'questions', 'practice', 'interviews', 'followups', 'offer'];
    const paths = [
      '/',
      '/next',
      '/board',
      '/opportunities',
      '/opportunities/new',
      ...tabs.map((tab) => `/opportunities/${opportunityId}?tab=${tab}`),
      `/opportunities/${opportunityId}/brief`,
      `/interviews/${interviewId}`,
      '/practice',
      '/practice/rehearse',
      '/offers',
      '/priorities',
      '/settings',
      '/search?q=Globex',
    ];
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(`${app.url}${path}`);
      await page.waitForLoadState('networkidle');
      expect((await page.locator('#main').textContent())?.trim(), path).toBeTruthy();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${path} (${overflow} px)`);
    }
    expect(wide).toEqual([]);
  }, 180_000);
});
