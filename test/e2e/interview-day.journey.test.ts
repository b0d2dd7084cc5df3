import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Concern } from '../../src/contracts/interviews.js';
import { checkA11y, isLocal } from './harness.js';
import type { RunningApp } from './harness.js';
import { hidden, saveFinalRound, startInterviewJourney, visible } from './interview-day-support.js';
import type { ApiCall } from './interview-day-support.js';

// The day of an interview: interview mode on a desktop and on a tablet, then the interview's card in the list.
// Scheduling it through the form is in interview-schedule.journey.test.ts; here it is saved through the API.
describe('interview day journey', () => {
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
  let planItems: Record<string, string> = {};

  beforeAll(async () => {
    ({ app, browser, page, requests, pageErrors, call, opportunityId, dana, sam, planItems } = await startInterviewJourney());
    interviewId = await saveFinalRound({ call, opportunityId, dana, sam });
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=interviews`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

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
