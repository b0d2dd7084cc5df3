import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { apiCall, checkA11y, isLocal, launchBrowser, recordRequests, startApp, wallClock } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator, timeout = 10_000) => l.waitFor({ state: 'visible', timeout });
const hidden = (l: Locator) => l.waitFor({ state: 'hidden', timeout: 10_000 });

interface Concern {
  id: string;
  text: string;
  status: string;
  howAddressed: string;
  raisedByPersonId: string | null;
  noteId: string | null;
  conversationId: string | null;
}

describe('interview day journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  const pageErrors: string[] = [];
  let opportunityId = '';
  let dana = '';
  let sam = '';
  let interviewId = '';
  const planItems: Record<string, string> = {};

  const call = <T>(method: string, path: string, body?: unknown) => apiCall<T>(app.url, method, path, body);
  async function post<T extends { id: string }>(path: string, body: unknown): Promise<T> {
    const r = await call<T>('POST', path, body);
    expect(r.status, path).toBe(201);
    return r.data;
  }

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    // The user is in Berlin; the interview is in New York, so both clocks show.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Berlin', locale: 'en-GB' });
    page = await context.newPage();
    requests = recordRequests(page);
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    const o = await post<{ id: string }>('/opportunities', {
      employerName: 'Initech Robotics',
      roleTitle: 'Staff engineer',
      stage: 'interviewing',
    });
    opportunityId = o.id;
    dana = (
      await post('/people', {
        name: 'Dana Ruiz',
        title: 'Engineering manager',
        role: 'hiring-manager',
        employerName: 'Initech Robotics',
        opportunityIds: [opportunityId],
      })
    ).id;
    sam = (
      await post('/people', {
        name: 'Sam Lee',
        title: 'Principal engineer',
        role: 'interviewer',
        employerName: 'Initech Robotics',
        opportunityIds: [opportunityId],
      })
    ).id;
    const plan = [
      { key: 'dana-team', text: 'How does the team decide what to build next quarter?', interviewerPersonId: dana },
      { key: 'dana-success', text: 'What would make the first six months a success for you?', interviewerPersonId: dana },
      { key: 'sam-oncall', text: 'What does a hard week on call look like here?', interviewerPersonId: sam },
      { key: 'sam-review', text: 'How do design reviews run in practice?', interviewerPersonId: sam },
      { key: 'open', text: 'What surprised you most when you joined?' },
    ];
    for (const p of plan) {
      const r = await call<{ items: { id: string; text: string }[] }>('POST', `/opportunities/${opportunityId}/question-plan/items`, {
        text: p.text,
        ...(p.interviewerPersonId ? { interviewerPersonId: p.interviewerPersonId } : {}),
      });
      expect([200, 201]).toContain(r.status);
      planItems[p.key] = r.data.items.find((i) => i.text === p.text)!.id;
    }
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

  it('runs the day in interview mode: notes with markers, ticked questions, concerns, housekeeping, reflection', async () => {
    const card = page.locator(`li[data-interview-id="${interviewId}"]`);
    await card.getByRole('link', { name: 'Start interview mode' }).click();
    await page.waitForURL(new RegExp(`/interviews/${interviewId}$`));
    await visible(page.getByRole('heading', { level: 1, name: /Initech Robotics/ })).catch((err: unknown) => {
      throw new Error(`interview mode did not open: ${String(err)}\npage errors: ${pageErrors.join('\n')}`);
    });

    // The clock picks conversation 1 (Dana), and its slot is nearly over: the closing prompt shows the plan's closing line.
    const switcher = page.getByRole('navigation', { name: 'Conversations' });
    const conv1 = switcher.getByRole('button', { name: /Dana Ruiz/ });
    const conv2 = switcher.getByRole('button', { name: /Sam Lee/ });
    await visible(conv1);
    expect(await conv1.getAttribute('aria-pressed')).toBe('true');
    expect(await conv1.textContent()).toContain('Now');
    const closingLine = (await call<{ closingLine: string }>('GET', `/opportunities/${opportunityId}/question-plan`)).data.closingLine;
    const closing = page.getByTestId('closing-prompt');
    await visible(closing);
    expect(await closing.textContent()).toContain(closingLine);
    // Stay with Dana from here on, even if the clock moves to the next slot while the test types.
    await conv1.click();

    // Notes with Dana, typed with markers.
    const notes1 = page.getByRole('region', { name: 'Notes with Dana Ruiz' });
    const composer = notes1.getByRole('textbox', { name: 'Write a note' });
    await visible(composer);
    await expect.poll(() => composer.isEnabled()).toBe(true);
    for (const line of [
      '! Unsure I have led a team this size',
      '* The team grows from 12 to 20 this year',
      '? How is on-call shared across teams',
    ]) {
      await composer.fill(line);
      await composer.press('Enter');
    }
    await visible(notes1.getByText('Unsure I have led a team this size'));

    // Dana's planned questions, with the unassigned one below; tick one.
    const forDana = page.getByRole('region', { name: 'For Dana Ruiz' });
    await visible(forDana.getByRole('checkbox', { name: 'How does the team decide what to build next quarter?' }));
    expect(await forDana.getByRole('checkbox').count()).toBe(2);
    expect(
      await page
        .getByRole('region', { name: 'Not assigned to anyone' })
        .getByRole('checkbox', { name: 'What surprised you most when you joined?' })
        .count(),
    ).toBe(1);
    expect(await page.getByRole('checkbox', { name: 'What does a hard week on call look like here?' }).count()).toBe(0);
    const ticked = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && r.url().includes(`/question-plan-items/${planItems['dana-team']}`),
    );
    await forDana.getByRole('checkbox', { name: 'How does the team decide what to build next quarter?' }).check();
    expect((await ticked).status()).toBe(200);

    // The `!` note became a concern raised by Dana (the list follows the notes).
    const concerns = page.getByRole('list', { name: 'Concerns raised' });
    const fromNote = concerns.getByRole('listitem').filter({ hasText: 'Unsure I have led a team this size' });
    await visible(fromNote, 15_000);
    await visible(fromNote.getByText('From your notes'));
    expect(await fromNote.getByRole('combobox', { name: 'Raised by' }).inputValue()).toBe(dana);
    await checkA11y(page);

    // Alt+2 switches to conversation 2 (Sam): his notes and his questions.
    await page.keyboard.press('Alt+2');
    await expect.poll(() => conv2.getAttribute('aria-pressed')).toBe('true');
    expect(await conv1.getAttribute('aria-pressed')).toBe('false');
    const notes2 = page.getByRole('region', { name: 'Notes with Sam Lee' });
    await visible(notes2);
    expect(await notes2.getByText('Unsure I have led a team this size').count()).toBe(0);
    await visible(
      page.getByRole('region', { name: 'For Sam Lee' }).getByRole('checkbox', { name: 'What does a hard week on call look like here?' }),
    );
    await hidden(page.getByTestId('closing-prompt'));

    // A concern added directly, raised by Sam by default.
    const add = page.getByRole('form', { name: 'Add a concern' });
    expect(await add.getByRole('combobox', { name: 'Raised by' }).inputValue()).toBe(sam);
    await add.getByRole('button', { name: 'Add concern' }).click();
    await visible(add.getByText('Write what they were unsure about.'));
    await add.getByRole('textbox', { name: 'A concern they raised' }).fill('Not sure my Kubernetes depth is enough');
    const addedConcern = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith(`/opportunities/${opportunityId}/concerns`),
    );
    await add.getByRole('button', { name: 'Add concern' }).click();
    expect((await addedConcern).status()).toBe(201);
    const direct = concerns.getByRole('listitem').filter({ hasText: 'Not sure my Kubernetes depth is enough' });
    await visible(direct);

    // Answer it on the spot: mark addressed, saying how.
    await direct.getByRole('button', { name: 'Mark addressed…' }).click();
    await direct.getByRole('textbox', { name: 'How you addressed it' }).fill('Walked through the cluster migration I led last year.');
    const addressed = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/concerns/'));
    await direct.getByRole('button', { name: 'Save as addressed' }).click();
    expect((await addressed).status()).toBe(200);
    await visible(direct.getByText('Addressed', { exact: true }));

    // Housekeeping before leaving.
    const hk = page.getByRole('form', { name: 'Housekeeping answers' });
    await hk.getByRole('textbox', { name: 'Next steps' }).fill('References next week, then a decision.');
    await hk.getByLabel('Decision date').fill('2026-12-18');
    await hk.getByRole('combobox', { name: 'Best contact' }).selectOption({ label: 'Dana Ruiz' });
    const hkPut = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/housekeeping'));
    await hk.getByRole('button', { name: 'Save housekeeping' }).click();
    expect((await hkPut).status()).toBe(200);

    // A business card from someone who joined Sam's conversation: two taps and a name; they join the conversation.
    await page.getByRole('region', { name: 'People you met' }).getByRole('button', { name: 'Add a person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a person' });
    await visible(dialog);
    const personForm = dialog.getByRole('form', { name: 'Person to add' });
    await personForm.getByRole('textbox', { name: /Name/ }).fill('Jo Park');
    const joinedConversation = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/conversations/'));
    await personForm.getByRole('textbox', { name: /Name/ }).press('Enter');
    expect((await joinedConversation).status()).toBe(200);
    await hidden(dialog);
    const jo = (await call<{ items: { id: string; name: string }[] }>('GET', `/people?opportunityId=${opportunityId}`)).data.items.find(
      (p) => p.name === 'Jo Park',
    );
    expect(jo).toBeDefined();
    const convs = (await call<{ conversations: { personIds: string[] }[] }>('GET', `/interviews/${interviewId}`)).data.conversations;
    expect(convs.map((c) => c.personIds)).toEqual([[dana], [sam, jo!.id]]);
    await visible(page.getByRole('region', { name: 'Notes with Sam Lee and Jo Park' }));

    // What the server now holds.
    const list = (await call<{ items: Concern[] }>('GET', `/interviews/${interviewId}/concerns`)).data.items;
    const noteConcern = list.find((c) => c.text.includes('Unsure I have led a team this size'));
    expect(noteConcern).toMatchObject({ raisedByPersonId: dana, status: 'open' });
    expect(noteConcern?.noteId).not.toBeNull();
    expect(noteConcern?.text.startsWith('!')).toBe(false);
    expect(list.find((c) => c.text === 'Not sure my Kubernetes depth is enough')).toMatchObject({
      raisedByPersonId: sam,
      status: 'addressed',
      howAddressed: 'Walked through the cluster migration I led last year.',
      noteId: null,
    });
    expect(list).toHaveLength(2);
    const plan = (await call<{ items: { id: string; asked: boolean }[] }>('GET', `/opportunities/${opportunityId}/question-plan`)).data
      .items;
    expect(plan.filter((i) => i.asked).map((i) => i.id)).toEqual([planItems['dana-team']]);
    const hkSaved = (
      await call<{ nextSteps: string; decisionDate: string; bestContactPersonId: string }>(
        'GET',
        `/opportunities/${opportunityId}/housekeeping`,
      )
    ).data;
    expect(hkSaved).toMatchObject({
      nextSteps: 'References next week, then a decision.',
      decisionDate: '2026-12-18',
      bestContactPersonId: dana,
    });
    const savedNotes = (
      await call<{ items: { text: string; marker: string; conversationId: string }[] }>('GET', `/interviews/${interviewId}/notes`)
    ).data.items;
    expect(savedNotes.map((n) => n.marker).sort()).toEqual(['concern', 'key', 'question']);

    // The reflection, with a stumper linked to a practice prompt.
    const prompts = (await call<{ items: { id: string; text: string }[] }>('GET', '/prompts')).data.items;
    const prompt = prompts[0]!;
    await page.getByRole('button', { name: 'Write your reflection' }).click();
    const reflection = page.getByRole('form', { name: 'Reflection' });
    await visible(reflection);
    await reflection.getByText('4 · Well').click();
    await reflection.getByRole('textbox', { name: 'What went well' }).fill('The leadership stories landed.');
    await reflection.getByRole('textbox', { name: 'What to improve' }).fill('Slow down on the design question.');
    await reflection.getByRole('textbox', { name: 'Signals' }).fill('Dana talked about my start date.');
    await reflection.getByRole('button', { name: 'Add a question that stumped you' }).click();
    await reflection.getByRole('textbox', { name: 'Question 1' }).fill('Tell me about a time you disagreed with your manager');
    await reflection.getByRole('combobox', { name: 'Practice prompt for question 1' }).selectOption(prompt.id);
    expect(await reflection.getByRole('link', { name: 'Rehearse this' }).getAttribute('href')).toBe(`/practice/${prompt.id}`);
    const put = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/interviews/${interviewId}/reflection`));
    await reflection.getByRole('button', { name: 'Save reflection' }).click();
    expect((await put).status()).toBe(200);
    const savedReflection = (
      await call<{ rating: number; stumpers: { text: string; promptId: string }[]; signals: string }>(
        'GET',
        `/interviews/${interviewId}/reflection`,
      )
    ).data;
    expect(savedReflection).toMatchObject({
      rating: 4,
      signals: 'Dana talked about my start date.',
      stumpers: [{ text: 'Tell me about a time you disagreed with your manager', promptId: prompt.id }],
    });
    await checkA11y(page);
  }, 180_000);

  it('works on a tablet: a tab bar, big targets, no sideways scrolling, accessible', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${app.url}/interviews/${interviewId}`);
    const tabs = page.getByRole('tablist', { name: 'Interview sections' });
    await visible(tabs);
    await page
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('button', { name: /Dana Ruiz/ })
      .click();
    const notesTab = tabs.getByRole('tab', { name: 'Notes' });
    expect(await notesTab.getAttribute('aria-selected')).toBe('true');
    await visible(page.getByRole('textbox', { name: 'Write a note' }));
    // The questions are behind their tab; the keyboard moves between tabs.
    expect(await page.getByRole('region', { name: 'For Dana Ruiz' }).isVisible()).toBe(false);
    await notesTab.focus();
    await page.keyboard.press('ArrowRight');
    expect(await tabs.getByRole('tab', { name: 'Questions' }).getAttribute('aria-selected')).toBe('true');
    await visible(page.getByRole('region', { name: 'For Dana Ruiz' }));
    expect(await page.getByRole('textbox', { name: 'Write a note' }).isVisible()).toBe(false);
    // Touch targets: the tabs, the conversation buttons and the question boxes are at least 44 px tall.
    for (const target of [
      tabs.getByRole('tab').first(),
      page.getByRole('navigation', { name: 'Conversations' }).getByRole('button').first(),
      page.locator('[data-plan-item] label').first(),
    ]) {
      const box = await target.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    }
    await checkA11y(page);
    await tabs.getByRole('tab', { name: /Concerns/ }).click();
    await visible(page.getByRole('list', { name: 'Concerns raised' }));
    await checkA11y(page);
    await tabs.getByRole('tab', { name: 'Wrap-up' }).click();
    await visible(page.getByRole('form', { name: 'Housekeeping answers' }));
    await checkA11y(page);

    for (const width of [768, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of [`/interviews/${interviewId}`, `/opportunities/${opportunityId}?tab=interviews`]) {
        await page.goto(`${app.url}${path}`);
        await visible(page.getByRole('heading', { level: 1 }).first());
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      }
    }
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=interviews`);
    await visible(page.locator(`li[data-interview-id="${interviewId}"]`));
    await checkA11y(page);
    await page.setViewportSize({ width: 1280, height: 900 });
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
  }, 60_000);

  it('deletes an interview with undo, and the list shows its concern count and reflection', async () => {
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=interviews`);
    const card = page.locator(`li[data-interview-id="${interviewId}"]`);
    await visible(card);
    expect(await card.textContent()).toContain('1 open concern');
    expect(await card.textContent()).toContain('Reflection written');

    const deleted = page.waitForResponse((r) => r.request().method() === 'DELETE' && r.url().endsWith(`/interviews/${interviewId}`));
    await card.getByRole('button', { name: 'Delete “Final round”' }).click();
    expect((await deleted).status()).toBe(200);
    await hidden(card);
    expect((await call('GET', `/interviews/${interviewId}`)).status).toBe(404);
    const restored = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/interviews/${interviewId}/restore`));
    await page.getByRole('button', { name: 'Undo' }).click();
    expect((await restored).status()).toBe(200);
    await visible(card);
    expect((await call('GET', `/interviews/${interviewId}`)).status).toBe(200);

    // Nothing left the machine, and the page never threw.
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
