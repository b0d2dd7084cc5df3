import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { parseIcs } from '../support/ics.js';
import { checkA11y, isLocal, launchBrowser, recordRequests, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 10_000 });

/** A date `days` from today on this machine's calendar, as YYYY-MM-DD. */
function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('offers, prep plan and calendar journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let requests: string[];
  const ids = { northwind: '', contoso: '', fabrikam: '' };

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${app.url}/api${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(res.ok, `${method} ${path}: ${res.status}`).toBe(true);
    return (await res.json()) as T;
  }
  const stageOf = async (id: string) => (await call<{ stage: string }>('GET', `/opportunities/${id}`)).stage;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    requests = recordRequests(page);
    const make = (employerName: string, roleTitle: string) =>
      call<{ id: string }>('POST', '/opportunities', {
        employerName,
        roleTitle,
        stage: 'interviewing',
        location: 'Lisbon',
        remotePolicy: 'hybrid',
        salaryCurrency: 'EUR',
      });
    ids.northwind = (await make('Northwind Traders', 'Data engineer')).id;
    ids.contoso = (await make('Contoso Freight', 'Platform engineer')).id;
    ids.fabrikam = (await make('Fabrikam Labs', 'Analytics engineer')).id;
    await call('POST', '/people', { name: 'Lena Park', role: 'recruiter', email: 'lena@fabrikam.example', opportunityIds: [ids.fabrikam] });
    await call('PUT', '/priorities', {
      items: [
        { key: 'pay', name: 'Pay', weight: 5, payFloor: 80_000 },
        { key: 'remote-policy', name: 'Remote policy', weight: 3 },
        { key: 'growth', name: 'Growth', weight: 4 },
      ],
    });
    await call('PUT', `/opportunities/${ids.northwind}/fit`, {
      ratings: [
        { key: 'pay', rating: 'good' },
        { key: 'growth', rating: 'great' },
        { key: 'remote-policy', rating: 'good' },
      ],
    });
    await call('PUT', `/opportunities/${ids.contoso}/fit`, {
      ratings: [
        { key: 'pay', rating: 'great' },
        { key: 'growth', rating: 'poor' },
      ],
    });
    await call('PUT', `/opportunities/${ids.contoso}/offer`, {
      basePay: 7_500,
      currency: 'EUR',
      payPeriod: 'month',
      bonus: 'None',
      deadline: inDays(2),
      remotePolicy: 'onsite',
      location: 'Porto',
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('records an offer, compares two offers against priorities, accepts one and closes the others politely', async () => {
    // Record Northwind's offer through its Offer tab.
    await page.goto(`${app.url}/opportunities/${ids.northwind}?tab=offer`);
    await visible(page.getByRole('region', { name: 'No offer recorded yet' }));
    await checkA11y(page);
    const form = page.getByRole('form', { name: 'Offer terms' });
    await form.getByRole('textbox', { name: 'Base pay' }).fill('88,000');
    expect(await form.getByRole('textbox', { name: 'Currency' }).inputValue()).toBe('EUR');
    await form.getByRole('textbox', { name: 'Bonus' }).fill('8% target');
    await form.getByRole('textbox', { name: 'Equity' }).fill('1,500 options over 4 years');
    await form.getByRole('textbox', { name: 'Benefits' }).fill('28 days leave, learning budget');
    await form.getByLabel('Start date').fill(inDays(40));
    await form.getByLabel('Answer by').fill(inDays(5));
    await form.getByRole('button', { name: 'Record offer' }).click();
    await visible(page.getByText('Offer saved; the opportunity moved to the Offer stage.'));
    await visible(page.getByTestId('deadline-countdown').getByText('5 days left to answer'));
    expect(await stageOf(ids.northwind)).toBe('offer');
    await checkA11y(page);

    // Deleting the offer can be undone from the toast.
    await page.getByRole('button', { name: 'Delete offer' }).click();
    await visible(page.getByRole('region', { name: 'No offer recorded yet' }));
    await page.getByRole('button', { name: 'Undo' }).click();
    await visible(page.getByText('Offer restored.'));
    await visible(page.getByTestId('deadline-countdown'));
    expect(await stageOf(ids.northwind)).toBe('offer');

    // A bad amount is named beside its field, and nothing is saved.
    await form.getByRole('textbox', { name: 'Base pay' }).fill('lots');
    await form.getByRole('button', { name: 'Save offer' }).click();
    await visible(form.getByText('Enter a whole amount, digits only.'));
    expect((await call<{ basePay: number }>('GET', `/opportunities/${ids.northwind}/offer`)).basePay).toBe(88_000);

    // The compare page shows both offers against the priorities, best fit first. The unsaved bad amount asks first.
    await page.getByRole('link', { name: 'Compare offers' }).click();
    const leave = page.getByRole('dialog', { name: 'You have unsaved changes' });
    await visible(leave);
    await leave.getByRole('button', { name: 'Leave' }).click();
    await page.waitForURL(/\/offers$/);
    const table = page.getByRole('table');
    await visible(table);
    const headers = await table.getByRole('columnheader').allInnerTexts();
    expect(headers.slice(1).map((h) => h.split('\n')[0])).toEqual(['Northwind Traders', 'Contoso Freight']);
    const row = (name: string | RegExp) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    expect(await row('Pay per year').innerText()).toMatch(/€88,000[\s\S]*€90,000[\s\S]*Highest pay/);
    expect(await row(/^Growth/).innerText()).toMatch(/Great[\s\S]*Poor/);
    expect(await row(/^Pay · weight 5/).innerText()).toMatch(/Good[\s\S]*Great/);
    expect(await row('Overall fit').innerText()).toMatch(/Best fit/);
    expect(await row('Answer by').innerText()).toMatch(/5 days left to answer[\s\S]*2 days left to answer/);
    await checkA11y(page);

    // At phone width the same comparison is a list of cards.
    await page.setViewportSize({ width: 390, height: 844 });
    const cards = page.getByRole('list', { name: 'Offers' });
    await visible(cards);
    expect(await cards.getByRole('listitem').count()).toBe(2);
    expect(await table.isVisible()).toBe(false);
    await checkA11y(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    // The Offer tab works at phone and tablet widths too.
    for (const width of [390, 768]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${app.url}/opportunities/${ids.contoso}?tab=offer`);
      await visible(page.getByTestId('deadline-countdown').getByText('2 days left to answer'));
      expect(await overflow()).toBeLessThanOrEqual(0);
      await checkA11y(page);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Accept Northwind: drafts appear for Contoso (decline its offer) and Fabrikam (withdraw); the lead stays out.
    await page.goto(`${app.url}/opportunities/${ids.northwind}?tab=offer`);
    await page.getByRole('button', { name: 'Accept offer' }).click();
    const confirm = page.getByRole('dialog', { name: 'Accept the offer from Northwind Traders?' });
    await visible(confirm);
    await confirm.getByRole('button', { name: 'Accept offer' }).click();
    const review = page.getByRole('dialog', { name: 'Close your other opportunities' });
    await visible(review);
    const contoso = review.getByRole('article', { name: /Contoso Freight/ });
    const fabrikam = review.getByRole('article', { name: /Fabrikam Labs/ });
    await visible(contoso.getByText('Decline the offer'));
    expect(await fabrikam.getByRole('textbox', { name: 'Note to Fabrikam Labs' }).inputValue()).toMatch(
      /^Hello Lena,[\s\S]*I have accepted another offer/,
    );
    expect(await fabrikam.getByRole('link', { name: /Open in mail app/ }).getAttribute('href')).toMatch(
      /^mailto:lena@fabrikam\.example\?subject=/,
    );
    expect(await stageOf(ids.northwind)).toBe('accepted');
    expect(await stageOf(ids.fabrikam)).toBe('interviewing');
    await checkA11y(page);

    // Mark Fabrikam withdrawn, undo it, and mark it again; decline Contoso's offer.
    await fabrikam.getByRole('button', { name: 'Mark withdrawn for Fabrikam Labs' }).click();
    await visible(fabrikam.getByText('Fabrikam Labs marked withdrawn.'));
    expect(await stageOf(ids.fabrikam)).toBe('withdrawn');
    await fabrikam.getByRole('button', { name: /^Undo/ }).click();
    await visible(fabrikam.getByText('Undone: Fabrikam Labs is back to Interviewing.'));
    expect(await stageOf(ids.fabrikam)).toBe('interviewing');
    await fabrikam.getByRole('button', { name: 'Mark withdrawn for Fabrikam Labs' }).click();
    await visible(fabrikam.getByText('Fabrikam Labs marked withdrawn.'));
    await contoso.getByRole('button', { name: 'Mark offer declined for Contoso Freight' }).click();
    await visible(contoso.getByText('Contoso Freight marked declined.'));
    expect(await stageOf(ids.fabrikam)).toBe('withdrawn');
    expect(await stageOf(ids.contoso)).toBe('withdrawn');
    expect((await call<{ status: string }>('GET', `/opportunities/${ids.contoso}/offer`)).status).toBe('declined');
    await review.getByRole('button', { name: 'Done' }).click();
    await visible(page.getByRole('button', { name: 'Close your other opportunities' }));

    // The compare page now holds only the accepted offer.
    await page.goto(`${app.url}/offers`);
    await visible(page.getByRole('table'));
    expect((await page.getByRole('table').getByRole('columnheader').allInnerTexts()).slice(1).map((h) => h.split('\n')[0])).toEqual([
      'Northwind Traders',
    ]);

    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  });

  it('shows a prep plan for an interview hours away, downloads it as .ics, and manages a calendar feed', async () => {
    const opp = await call<{ id: string }>('POST', '/opportunities', {
      employerName: 'Wingtip Toys',
      roleTitle: 'Data engineer',
      stage: 'interviewing',
    });
    const start = new Date(Date.now() + 5 * 3_600_000);
    start.setUTCSeconds(0, 0);
    const interview = await call<{ id: string }>('POST', `/opportunities/${opp.id}/interviews`, {
      kind: 'video',
      title: 'First round',
      startsAt: start.toISOString(),
      timeZone: 'UTC',
      durationMinutes: 45,
      location: 'https://meet.example/wingtip',
    });

    // The opportunity's overview shows the plan, each step with its time, reason and where to do it.
    await page.goto(`${app.url}/opportunities/${opp.id}`);
    const panel = page.getByRole('region', { name: /^Prep plan: interview/ });
    await visible(panel);
    await visible(panel.getByText('Fill the research gaps', { exact: true }));
    await visible(panel.getByText('Set up and breathe', { exact: true }));
    await checkA11y(page);
    await panel.getByRole('link', { name: 'Open research for “Fill the research gaps”' }).click();
    await page.waitForURL(/tab=research/);

    // The dashboard shows it among the interviews of the next two days.
    await page.goto(`${app.url}/`);
    const cards = page.getByRole('region', { name: 'Interviews in the next two days' });
    await visible(cards.getByRole('link', { name: 'Wingtip Toys · Data engineer' }));
    await checkA11y(page);

    // The interview as an .ics file, read back by ical.js.
    const ics = await fetch(`${app.url}/api/interviews/${interview.id}/calendar.ics`);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const [event] = parseIcs(await ics.text()).events;
    expect(event).toMatchObject({
      summary: 'First round: Wingtip Toys – Data engineer',
      start: start.toISOString(),
      url: 'https://meet.example/wingtip',
    });

    // Settings: make a feed, read it with no other credential, revoke it after confirming.
    await page.goto(`${app.url}/settings`);
    const section = page.getByRole('region', { name: 'Calendar feed' });
    await visible(section.getByText('No feed yet.'));
    await section.getByRole('button', { name: 'Make a feed address' }).click();
    const address = section.getByRole('textbox', { name: 'Your feed address' });
    await visible(address);
    const url = await address.inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{43}\.ics(\?tz=.+)?$/);
    await checkA11y(page);
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(parseIcs(await feed.text()).events.map((e) => e.uid)).toContain(`interview-${interview.id}@offerbook`);
    await section.getByRole('button', { name: /^Revoke/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke this calendar feed?' });
    await visible(confirm);
    await confirm.getByRole('button', { name: 'Revoke feed' }).click();
    await visible(page.getByText('Feed revoked: its URL no longer works.'));
    await visible(section.getByText('No feed yet.'));
    expect((await fetch(url)).status).toBe(404);
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  });
});
