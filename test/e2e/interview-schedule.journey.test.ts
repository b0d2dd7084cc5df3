import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkA11y, isLocal, wallClock } from './harness.js';
import type { RunningApp } from './harness.js';
import { hidden, startInterviewJourney, visible } from './interview-day-support.js';
import type { ApiCall } from './interview-day-support.js';

// Scheduling interviews in an opportunity's Interviews tab: by the form, then from a pasted invitation, then edited.
// What happens on the day is in interview-day.journey.test.ts.
describe('interview schedule journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let requests: string[];
  let pageErrors: string[];
  let call: ApiCall;
  let opportunityId = '';
  let dana = '';
  let sam = '';
  let interviewId = '';

  beforeAll(async () => {
    ({ app, browser, page, requests, pageErrors, call, opportunityId, dana, sam } = await startInterviewJourney());
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('schedules an interview with two conversations in the Interviews tab', async () => {
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=interviews`);
    const empty = page.getByRole('region', { name: 'No interviews yet' });
    await visible(empty);
    expect(await empty.textContent()).toContain('interview mode');
    await checkA11y(page);

    // Conversation 1 began 41 minutes ago and lasts 45, so about 4 minutes remain: the closing prompt is due.
    const zone = 'America/New_York';
    const start = Math.floor((Date.now() - 41 * 60_000) / 60_000) * 60_000;
    const startWall = wallClock(start, zone);
    const secondWall = wallClock(start + 45 * 60_000, zone);

    await empty.getByRole('button', { name: 'Add an interview' }).click();
    const form = page.getByRole('form', { name: 'New interview' });
    await visible(form);
    // The zone defaults to the browser's.
    expect(await form.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe('Europe/Berlin');
    await form.getByRole('combobox', { name: 'Kind' }).selectOption('onsite');
    await form.getByRole('textbox', { name: 'Title' }).fill('Final round');
    await form.getByLabel('Date').fill(startWall.date);
    await form.getByLabel('Start time').fill(startWall.time);
    await form.getByRole('textbox', { name: 'Length in minutes' }).fill('120');
    await form.getByRole('combobox', { name: 'Time zone' }).fill(zone);
    await form.getByRole('textbox', { name: 'Place' }).fill('1 Loop Road, floor 3');

    // A bad length is caught beside its field, and nothing is sent.
    await form.getByRole('textbox', { name: 'Length in minutes' }).fill('2');
    await form.getByRole('button', { name: 'Save interview' }).click();
    await visible(form.getByText('Enter minutes, 5 to 960.'));
    expect(await form.getByRole('textbox', { name: 'Length in minutes' }).getAttribute('aria-invalid')).toBe('true');
    expect((await call<{ items: unknown[] }>('GET', `/opportunities/${opportunityId}/interviews`)).data.items).toHaveLength(0);
    await form.getByRole('textbox', { name: 'Length in minutes' }).fill('120');

    await form.getByRole('button', { name: 'Add a conversation' }).click();
    const first = form.getByRole('listitem', { name: 'Conversation 1' });
    expect(await first.getByLabel('Conversation 1 starts').inputValue()).toBe(startWall.time);
    await first.getByRole('textbox', { name: 'Minutes' }).fill('45');
    await first.getByRole('textbox', { name: 'Topic' }).fill('Leadership');
    await first.getByRole('checkbox', { name: /Dana Ruiz/ }).check();
    await form.getByRole('button', { name: 'Add a conversation' }).click();
    const second = form.getByRole('listitem', { name: 'Conversation 2' });
    expect(await second.getByLabel('Conversation 2 starts').inputValue()).toBe(secondWall.time);
    await second.getByRole('textbox', { name: 'Minutes' }).fill('45');
    await second.getByRole('textbox', { name: 'Topic' }).fill('System design');
    await second.getByRole('checkbox', { name: /Sam Lee/ }).check();
    await checkA11y(page);

    const created = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith(`/opportunities/${opportunityId}/interviews`),
    );
    await form.getByRole('button', { name: 'Save interview' }).click();
    const res = await created;
    expect(res.status()).toBe(201);
    const interview = (await res.json()) as {
      id: string;
      startsAt: string;
      timeZone: string;
      conversations: { startsAt: string; personIds: string[]; topic: string }[];
    };
    interviewId = interview.id;
    expect(interview.startsAt).toBe(new Date(start).toISOString());
    expect(interview.timeZone).toBe(zone);
    expect(interview.conversations.map((c) => [c.startsAt, c.personIds, c.topic])).toEqual([
      [new Date(start).toISOString(), [dana], 'Leadership'],
      [new Date(start + 45 * 60_000).toISOString(), [sam], 'System design'],
    ]);

    // The card: when in New York and in Berlin, where, who.
    const card = page.locator(`li[data-interview-id="${interviewId}"]`);
    await visible(card);
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain('New York time');
    expect(cardText).toContain('Your time:');
    expect(cardText).toContain('Berlin time');
    expect(cardText).toContain('1 Loop Road, floor 3');
    expect(cardText).toContain('Dana Ruiz');
    expect(cardText).toContain('Sam Lee');

    // The checklist of an onsite interview: tick one, add one; both stored.
    await card.getByText(/^Checklist · 0 of \d+ done$/).click();
    const checklist = card.getByRole('list', { name: 'Checklist' });
    await visible(checklist);
    let patched = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(`/interviews/${interviewId}`));
    await checklist.getByRole('checkbox').first().check();
    expect((await patched).status()).toBe(200);
    patched = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(`/interviews/${interviewId}`));
    await card.getByRole('textbox', { name: 'Add a checklist item' }).fill('Bring the printed brief');
    await card.getByRole('button', { name: 'Add', exact: true }).click();
    expect((await patched).status()).toBe(200);
    const stored = (await call<{ checklist: { label: string; done: boolean }[] }>('GET', `/interviews/${interviewId}`)).data.checklist;
    expect(stored[0]?.done).toBe(true);
    expect(stored.at(-1)).toMatchObject({ label: 'Bring the printed brief', done: false });
    await checkA11y(page);
  }, 120_000);

  it('creates the next interview from a pasted invitation, saving nothing until confirmed', async () => {
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=interviews`);
    await visible(page.locator(`li[data-interview-id="${interviewId}"]`));
    const inAWeek = Date.now() + 7 * 86_400_000;
    const day = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', weekday: 'long', month: 'long', day: 'numeric' }).format(
      inAWeek,
    );
    const date = wallClock(inAWeek, 'America/New_York').date;
    const text = [
      'Subject: Second round with Initech Robotics',
      '',
      `Thanks for your time so far. We would like to meet you again on ${day} at 2:00 PM ET.`,
      '',
      '2:00 – 2:30 Dana Ruiz, Engineering Manager',
      '2:30 – 3:15 Pat Kim, Staff Engineer',
    ].join('\n');

    await page.getByRole('button', { name: 'Paste the invitation' }).click();
    const paste = page.getByRole('form', { name: 'Paste the invitation' });
    await paste.getByRole('textbox', { name: 'The invitation' }).fill(text);
    const parsed = page.waitForResponse((r) => r.url().endsWith('/interviews/parse-invitation'));
    await paste.getByRole('button', { name: 'Read the invitation' }).click();
    expect((await parsed).status()).toBe(200);

    const form = page.getByRole('form', { name: 'New interview' });
    await visible(form);
    expect(await form.getByRole('list', { name: 'Found in the invitation' }).textContent()).toContain('Pat Kim');
    expect(await form.getByRole('list', { name: 'Missing from the invitation' }).textContent()).toMatch(/phone, video or onsite/);
    expect((await call<{ items: unknown[] }>('GET', `/opportunities/${opportunityId}/interviews`)).data.items).toHaveLength(1);
    expect(await form.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe('America/New_York');
    expect(await form.getByLabel('Date').inputValue()).toBe(date);
    expect(await form.getByLabel('Start time').inputValue()).toBe('14:00');
    expect(
      await form
        .getByRole('listitem', { name: 'Conversation 1' })
        .getByRole('checkbox', { name: /Dana Ruiz/ })
        .isChecked(),
    ).toBe(true);
    await visible(form.getByRole('listitem', { name: 'Conversation 2' }).getByText('Pat Kim'));
    await checkA11y(page);

    await form.getByRole('combobox', { name: 'Kind' }).selectOption('video');
    await form.getByRole('textbox', { name: 'Video link' }).fill('https://meet.example.test/abc-defg');
    const created = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith(`/opportunities/${opportunityId}/interviews`),
    );
    await form.getByRole('button', { name: 'Save interview' }).click();
    const res = await created;
    expect(res.status()).toBe(201);
    const second = (await res.json()) as { id: string; kind: string; conversations: { id: string; personIds: string[] }[] };
    const people = (await call<{ items: { id: string; name: string }[] }>('GET', `/people?opportunityId=${opportunityId}`)).data.items;
    const pat = people.find((p) => p.name === 'Pat Kim');
    expect(pat).toBeDefined();
    expect(second.kind).toBe('video');
    expect(second.conversations.map((c) => c.personIds)).toEqual([[dana], [pat!.id]]);

    // Upcoming, soonest first; the video link is a link.
    const cards = page.locator('li[data-interview-id]');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.nth(0).getAttribute('data-interview-id')).toBe(interviewId);
    expect(await cards.nth(1).getAttribute('data-interview-id')).toBe(second.id);
    expect(await cards.nth(1).getByRole('link', { name: 'https://meet.example.test/abc-defg' }).getAttribute('href')).toBe(
      'https://meet.example.test/abc-defg',
    );

    // Edit it: a new title, Pat's slot dropped, Dana's made longer. Only what changed is sent.
    await cards.nth(1).getByRole('button', { name: 'Edit' }).click();
    const edit = cards.nth(1).getByRole('form', { name: 'Edit the interview' });
    await visible(edit);
    await edit.getByRole('textbox', { name: 'Title' }).fill('Second round');
    await edit.getByRole('listitem', { name: 'Conversation 1' }).getByRole('textbox', { name: 'Minutes' }).fill('60');
    await edit.getByRole('button', { name: 'Remove conversation 2' }).click();
    const writes: string[] = [];
    const onWrite = (r: { method(): string; url(): string }) => {
      if (r.method() !== 'GET') writes.push(`${r.method()} ${new URL(r.url()).pathname}`);
    };
    page.on('request', onWrite);
    await edit.getByRole('button', { name: 'Save interview' }).click();
    await hidden(edit);
    page.off('request', onWrite);
    const after = (
      await call<{ title: string; conversations: { id: string; durationMinutes: number; personIds: string[] }[] }>(
        'GET',
        `/interviews/${second.id}`,
      )
    ).data;
    expect(after.title).toBe('Second round');
    expect(after.conversations.map((c) => [c.durationMinutes, c.personIds])).toEqual([[60, [dana]]]);
    expect(writes.sort()).toEqual(
      [
        `DELETE /api/conversations/${second.conversations[1]!.id}`,
        `PATCH /api/conversations/${after.conversations[0]!.id}`,
        `PATCH /api/interviews/${second.id}`,
      ].sort(),
    );
    // Nothing left the machine, and the page never threw.
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
