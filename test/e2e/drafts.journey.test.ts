import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkA11y, isLocal, launchBrowser, recordRequests, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator, timeout = 10_000) => l.waitFor({ state: 'visible', timeout });

// Send-ready writing (issue #16): shorthand notes in interview mode, the things to say chosen at the
// right moment, and a thank-you that speaks to the interviewer and never quotes the notebook.
describe('drafts journey: from notes to a sent thank-you', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let requests: string[];
  let opportunityId = '';
  let interviewId = '';

  async function send(method: string, path: string, body: unknown): Promise<{ id: string }> {
    const res = await fetch(`${app.url}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect([200, 201], `${method} ${path}: ${await res.clone().text()}`).toContain(res.status);
    return (await res.json()) as { id: string };
  }

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 768, height: 1024 } });
    requests = recordRequests(page);
    const o = await send('POST', '/opportunities', {
      employerName: 'Ortec Data',
      roleTitle: 'Senior Data Engineer',
      stage: 'interviewing',
    });
    opportunityId = o.id;
    const sanne = await send('POST', '/people', {
      name: 'Sanne de Vries',
      role: 'hiring-manager',
      email: 'sanne@ortec.test',
      employerName: 'Ortec Data',
      opportunityIds: [opportunityId],
    });
    // The conversation started 20 minutes ago: interview mode is live.
    const start = new Date(Date.now() - 20 * 60_000).toISOString().replace(/\.\d{3}Z$/, '.000Z');
    interviewId = (
      await send('POST', `/opportunities/${opportunityId}/interviews`, {
        kind: 'video',
        title: 'Hiring manager chat',
        startsAt: start,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        durationMinutes: 60,
        conversations: [{ startsAt: start, durationMinutes: 60, personIds: [sanne.id], topic: 'platform roadmap' }],
      })
    ).id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('takes shorthand notes, asks for what to say, drafts a clean note, flags the promise until filled, and marks it sent', async () => {
    await page.goto(`${app.url}/interviews/${interviewId}`);
    const tabs = page.getByRole('tablist', { name: 'Interview sections' });
    await visible(tabs);

    // Shorthand notes, third person, a concern and a promise.
    const composer = page.getByRole('textbox', { name: 'Write a note' });
    await visible(composer);
    await expect.poll(() => composer.isEnabled()).toBe(true);
    for (const line of [
      '* team is 14 people in 3 squads; the streaming squad has no lead since August',
      '! she worries I have only mentored, never formally managed anyone',
      '> send her the link to my Kafka Summit talk',
    ]) {
      await composer.fill(line);
      await composer.press('Enter');
    }
    await visible(page.getByText('send her the link to my Kafka Summit talk'));

    // Concerns: the answer in one sentence, started from the suggestion and put in the user's words.
    await tabs.getByRole('tab', { name: 'Concerns' }).click();
    const concern = page
      .getByRole('list', { name: 'Concerns raised' })
      .getByRole('listitem')
      .filter({ hasText: 'she worries I have only mentored' });
    await visible(concern, 15_000);
    await concern.getByRole('button', { name: /Answer it in your thank-you to Sanne/ }).click();
    const line = concern.getByRole('textbox', { name: 'How you’d put the answer in one sentence' });
    await concern.getByRole('button', { name: 'Start from the suggestion' }).click();
    expect(await line.inputValue()).toMatch(/^I /);
    await line.fill('Last year I led a team of four through our Kafka migration.');
    expect(await concern.getByRole('textbox', { name: 'How the note refers to it' }).inputValue()).toBe(
      'your question about my experience leading people',
    );
    await concern.getByRole('button', { name: 'Save the answer' }).click();
    await visible(page.getByText('Your thank-you to Sanne will answer it.'));
    await checkA11y(page);

    // Wrap-up: one thing to mention to Sanne, suggested from the key point and edited before use.
    await tabs.getByRole('tab', { name: 'Wrap-up' }).click();
    const mention = page.getByRole('textbox', { name: 'One thing you’d like to mention in your thank-you to Sanne' });
    await visible(mention);
    await page.getByRole('region', { name: 'For your thank-you notes' }).getByRole('button', { name: 'Start from the suggestion' }).click();
    expect(await mention.inputValue()).toMatch(/^what you said about /);
    await mention.fill('what you said about building up the streaming squad');
    await page.getByRole('button', { name: 'Save what to mention to Sanne' }).click();
    await visible(page.getByText('Your note to Sanne will mention it.'));
    await checkA11y(page);

    // The Follow-ups tab: a clear prompt for the sender name until it is set.
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=followups`);
    await visible(page.getByText(/Your notes are signed “\[Your name\]”/));
    await send('PATCH', '/follow-up-settings', { senderName: 'Aoife Brennan' });
    await page.reload();
    const card = page.getByRole('article', { name: 'Thank-you note to Sanne de Vries' });
    await visible(card);
    const body = card.getByRole('textbox', { name: 'Note to Sanne de Vries' });
    const draft = await body.inputValue();
    expect(draft.startsWith('Hello Sanne,')).toBe(true);
    expect(draft).toContain('Senior Data Engineer position at Ortec Data');
    expect(draft).toContain('What you said about building up the streaming squad has stayed with me since.');
    expect(draft).toContain(
      'Thank you for your question about my experience leading people; I have thought about it since. Last year I led a team of four through our Kafka migration.',
    );
    expect(draft).toContain('As promised, here is the link I mentioned: [add link].');
    expect(draft.trimEnd().endsWith('Aoife Brennan')).toBe(true);
    for (const note of ['she worries', 'mentored', 'Kafka Summit', '14 people', 'no lead since', 'send her'])
      expect(draft).not.toContain(note);
    // The promise is the user's checklist; the linter flags the placeholder until it is filled.
    await visible(card.getByRole('checkbox', { name: 'Send: the link to my Kafka Summit talk' }));
    const findings = card.getByRole('status', { name: 'Before you send' });
    await visible(findings);
    expect(await findings.textContent()).toContain('[add link]');
    await checkA11y(page);

    // Mark sent with an open finding asks first; saying no leaves the note unsent.
    const asked = page.waitForEvent('dialog');
    const clicked = card.getByRole('button', { name: /^Mark sent/ }).click();
    const dialog = await asked;
    expect(dialog.message()).toContain('still has 1 thing to fix');
    await dialog.dismiss();
    await clicked;
    expect(await card.getByText(/^Sent /).count()).toBe(0);

    // Fill the link: the linter is satisfied, and the note is marked sent without a question.
    await card.getByRole('checkbox', { name: 'Send: the link to my Kafka Summit talk' }).check();
    const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/follow-ups/thank-you/'));
    await body.fill(draft.replace('[add link]', 'https://example.org/kafka-talk'));
    expect((await saved).status()).toBe(200);
    await visible(card.getByText('Ready to send: nothing to fix.'));
    let questioned = false;
    page.once('dialog', (d) => {
      questioned = true;
      void d.dismiss();
    });
    await card.getByRole('button', { name: /^Mark sent/ }).click();
    await visible(page.getByText('Marked the note to Sanne de Vries as sent.'));
    await visible(card.getByText(/^Sent /));
    expect(questioned).toBe(false);
    await checkA11y(page);

    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  }, 240_000);
});
