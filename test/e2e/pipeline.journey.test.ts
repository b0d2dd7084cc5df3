import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkA11y, isLocal, launchBrowser, recordRequests, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 10_000 });

/** The machine's local calendar date `days` from now, as the browser (same machine) sees it. */
function localDatePlus(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('pipeline journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let requests: string[];
  let opportunityUrl = '';

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    requests = recordRequests(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

  it('adds an opportunity, moves it by keyboard, plans a next step, and keeps it across reload and restart', async () => {
    // A new user lands on the welcoming empty state.
    await page.goto(app.url);
    await visible(page.getByRole('heading', { name: 'Welcome to Offerbook' }));
    await visible(page.getByRole('button', { name: 'Try a sample opportunity' }));
    await checkA11y(page);

    // Add an opportunity through the form; a missing role is reported beside its field.
    await page.getByRole('link', { name: 'Add your first opportunity' }).click();
    await visible(page.getByRole('heading', { name: 'Add an opportunity' }));
    await page.getByRole('textbox', { name: /^Employer/ }).fill('Globex Logistics');
    await page.getByRole('button', { name: 'Add opportunity' }).click();
    await visible(page.getByText('Enter the role’s title.'));
    await page.getByRole('textbox', { name: /^Role/ }).fill('Operations analyst');
    await page.getByRole('textbox', { name: /^Role/ }).press('Enter');
    await page.waitForURL(/\/opportunities\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Globex Logistics' }));
    opportunityUrl = page.url();
    await checkA11y(page);

    // On the board, move the card to "interviewing" with the keyboard alone.
    await nav('Board').click();
    const card = page.getByRole('article', { name: /^Globex Logistics/ });
    await visible(card);
    await card.focus();
    const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/opportunities/'));
    await page.keyboard.press(']');
    expect((await saved).status()).toBe(200);
    await visible(page.getByRole('region', { name: /^Applied/ }).getByRole('article', { name: /^Globex Logistics/ }));
    const savedAgain = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/opportunities/'));
    await page.keyboard.press(']');
    expect((await savedAgain).status()).toBe(200);
    await visible(page.getByRole('region', { name: /^Interviewing/ }).getByRole('article', { name: /^Globex Logistics/ }));
    await visible(page.getByText('Moved Globex Logistics to Interviewing.'));
    await checkA11y(page);

    // Set a next action with a due date on the opportunity page.
    await page.goto(opportunityUrl);
    await visible(page.getByRole('heading', { level: 1, name: 'Globex Logistics' }));
    expect(await page.getByRole('combobox', { name: 'Stage' }).inputValue()).toBe('interviewing');
    await page.getByRole('textbox', { name: 'What to do next' }).fill('Prepare questions for the panel');
    await page.getByLabel('Due date').fill(localDatePlus(3));
    await page.getByRole('button', { name: 'Save next action' }).click();
    await visible(page.getByText('Next action saved.'));
    await visible(page.getByText('Moved from Applied to Interviewing'));

    // The dashboard shows it, in words; and it survives a reload and a server restart.
    const dashboardShowsIt = async () => {
      await visible(page.getByRole('heading', { level: 1, name: 'Dashboard' }));
      const item = page.getByRole('region', { name: 'Next actions' }).getByRole('link', { name: /Prepare questions for the panel/ });
      await visible(item);
      expect(await item.textContent()).toContain('in 3 days');
      expect(await item.textContent()).toContain('Globex Logistics');
    };
    await nav('Dashboard').click();
    await dashboardShowsIt();
    await checkA11y(page);
    await page.reload();
    await dashboardShowsIt();
    await app.restart();
    await page.reload();
    await dashboardShowsIt();

    // The list (reached by the g l shortcut) finds it by text; settings validate and save.
    await page.keyboard.press('g');
    await page.keyboard.press('l');
    await visible(page.getByRole('heading', { level: 1, name: 'Opportunities' }));
    await page.getByRole('searchbox', { name: 'Search' }).fill('globex');
    await visible(page.getByRole('row', { name: /Globex Logistics/ }));
    await checkA11y(page);

    // Leaving right after typing in the list's search (its URL update is debounced) goes where asked,
    // even when the next page is slow to load: the list stays on screen meanwhile, and its late timer
    // once pulled the user back to the list.
    await page.getByRole('searchbox', { name: 'Search' }).fill('globex logistics');
    await page.route('**/assets/settings-page-*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await nav('Settings').click();
    await page.waitForURL(/\/settings$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Settings' }));
    await page.waitForTimeout(400);
    expect(new URL(page.url()).pathname).toBe('/settings');
    await page.unrouteAll();
    const target = page.getByRole('spinbutton', { name: /Pipeline target/ });
    await target.fill('0');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await visible(page.getByText('Enter a whole number from 1 to 50.'));
    await target.fill('5');
    await target.press('Enter');
    await visible(page.getByText('Settings saved.'));
    await checkA11y(page);

    // `?` lists the shortcuts, but not while typing in a field.
    await target.press('?');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).click();
    await page.keyboard.press('?');
    await visible(page.getByRole('dialog', { name: 'Keyboard shortcuts' }));
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // Nothing left the machine.
    expect(requests.length).toBeGreaterThan(0);
    const offHost = requests.filter((u) => !isLocal(u));
    expect(offHost).toEqual([]);
  }, 180_000);

  it('archives with Undo, deletes only after confirming, then offers the sample again', async () => {
    expect(opportunityUrl).not.toBe('');
    await page.goto(opportunityUrl);
    await page.getByRole('button', { name: 'Archive' }).click();
    await visible(page.getByText('Archived Globex Logistics (Operations analyst).'));
    await visible(page.getByRole('button', { name: 'Unarchive' }));
    await page.getByRole('button', { name: 'Undo' }).click();
    await visible(page.getByRole('button', { name: 'Archive' }));

    await page.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this opportunity?' });
    await visible(confirm);
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await confirm.waitFor({ state: 'detached' });
    await visible(page.getByRole('heading', { level: 1, name: 'Globex Logistics' }));

    await page.getByRole('button', { name: 'Delete' }).click();
    await confirm.getByRole('button', { name: 'Delete for good' }).click();
    await page.waitForURL(/\/opportunities$/);
    await visible(page.getByRole('heading', { name: 'No opportunities yet' }));

    await nav('Dashboard').click();
    await page.getByRole('button', { name: 'Try a sample opportunity' }).click();
    await page.waitForURL(/\/opportunities\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { level: 1, name: /sample/i }));
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  }, 120_000);
  it('fits its header at every width: every section in the bar from 1280 px, a menu below', async () => {
    for (const width of [1280, 1024, 768, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(app.url);
      await visible(page.getByRole('heading', { level: 1 }).first());
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways scrolling at ${width}px`).toBeLessThanOrEqual(0);
      if (width >= 1280) {
        for (const name of ['Dashboard', 'Next actions', 'Board', 'Opportunities', 'Practice', 'Offers', 'Priorities', 'Settings'])
          await visible(nav(name));
        await visible(page.getByRole('link', { name: 'Add opportunity' }));
      } else {
        await page.getByRole('button', { name: 'Open menu' }).click();
        await visible(nav('Offers'));
        await page.getByRole('button', { name: 'Close menu' }).click();
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 120_000);
});
