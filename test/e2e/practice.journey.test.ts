import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkA11y, isLocal, launchBrowser, recordRequests, startApp } from './harness.js';
import type { RunningApp } from './harness.js';
import { median } from '../../bench/harness.js';

const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 10_000 });

const NEGATIVE = 'Honestly my old boss was an idiot, um, like, we um basically never got anything done.';
const FIXED = 'I had grown as far as that role allowed, and I wanted a bigger challenge in a team that ships every week.';

// About 300 words of an ordinary answer, built from varied sentences.
const LONG_ANSWER = Array.from(
  { length: 20 },
  (_, i) =>
    [
      `In my second year at Northwind I led a rollout of a new billing system for ${i + 12} regional offices.`,
      'I planned the cut-over with finance and trained forty people in small groups.',
    ][i % 2],
).join(' ');

describe('practice journey', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let requests: string[];
  let opportunityId = '';

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    requests = recordRequests(page);
    const res = await fetch(`${app.url}/api/opportunities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        employerName: 'Globex Labs',
        roleTitle: 'Support lead',
        stage: 'interviewing',
        jobDescription: 'Lead a support team of 8; improve response times.',
      }),
    });
    expect(res.status).toBe(201);
    opportunityId = ((await res.json()) as { id: string }).id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const answerBox = () => page.getByRole('textbox', { name: 'Answer', exact: true });
  const marks = (code: string) => page.locator(`[data-testid="coach-highlights"] mark[data-codes~="${code}"]`);

  it('highlights a finding live, explains it on hover and focus, and clears it once fixed', async () => {
    await page.goto(`${app.url}/practice`);
    await visible(page.getByRole('heading', { level: 1, name: 'Practice' }));
    const library = page.getByRole('region', { name: 'Standard questions' });
    await visible(library.getByRole('link', { name: 'Why did you leave your last job?' }));
    await checkA11y(page);

    await library.getByRole('link', { name: 'Why did you leave your last job?' }).click();
    await page.waitForURL(/\/practice\/why-did-you-leave$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Why did you leave your last job?' }));
    await visible(page.getByText(/Start typing/));
    await answerBox().click();
    await page.keyboard.type(NEGATIVE);

    // The mark appears under the judging words, and the list gives its message and suggestion.
    await visible(marks('employer-negativity').first());
    expect(await marks('employer-negativity').first().textContent()).toMatch(/idiot/);
    const item = page.getByRole('region', { name: 'Coach feedback' }).locator('li[data-code="employer-negativity"]');
    await visible(item);
    const message = (await item.locator('p').first().textContent()) ?? '';
    expect(message.length).toBeGreaterThan(10);

    // Hover: the tooltip over the textarea shows the same message.
    const box = await marks('employer-negativity').first().boundingBox();
    expect(box).not.toBeNull();
    if (box) await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await visible(page.getByRole('tooltip').getByText(message));

    // Keyboard: the list selects the words in the textarea and the caret line explains them.
    await item.getByRole('button', { name: /^Show/ }).focus();
    await page.keyboard.press('Enter');
    expect(await answerBox().evaluate((el) => el === document.activeElement)).toBe(true);
    await visible(page.getByText(`At the cursor: ${message}`));
    await checkA11y(page);

    // Fix it: the highlight goes.
    await answerBox().fill('');
    await page.keyboard.type(FIXED);
    await marks('employer-negativity').first().waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.locator('li[data-code="employer-negativity"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Save answer' }).click();
    await visible(page.getByText('Answer saved as a new version.'));
    const versions = page.getByRole('region', { name: 'Versions' });
    await visible(versions.getByText('Version 1', { exact: true }));

    // A second version; the first can be viewed and restored into the editor.
    await answerBox().press('End');
    await page.keyboard.type(' That is what drew me here.');
    await page.getByRole('button', { name: 'Save new version' }).click();
    await visible(versions.getByText('Version 2', { exact: true }));
    await versions.getByRole('button', { name: 'Restore version 1' }).click();
    expect(await answerBox().inputValue()).toBe(FIXED);
  }, 120_000);

  it('measures keystroke-to-highlight time on a 300-word answer', async () => {
    expect(LONG_ANSWER.split(/\s+/).length).toBeGreaterThanOrEqual(290);
    await page.goto(`${app.url}/practice/tell-me-about-yourself`);
    await visible(page.getByText(/Start typing/));
    await answerBox().fill(LONG_ANSWER);
    await answerBox().press('End');
    await page.evaluate(() => performance.clearMeasures('coach-update'));
    await page.keyboard.type(' and um it basically went well', { delay: 20 });
    const durations = await page.evaluate(() => performance.getEntriesByName('coach-update').map((e) => e.duration));
    expect(durations.length).toBeGreaterThanOrEqual(20);
    const med = median(durations);
    console.log(
      `coach-update on a ${LONG_ANSWER.split(/\s+/).length}-word answer: median ${med.toFixed(2)} ms over ${durations.length} keystrokes`,
    );
    expect(med).toBeGreaterThan(0);
  }, 60_000);

  it('runs a timed rehearsal, saves the self-rating and shows it in the history', async () => {
    await page.goto(`${app.url}/practice/why-did-you-leave`);
    await visible(page.getByRole('button', { name: 'Start rehearsal' }));
    // Space starts the clock when the user is not typing.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Space');
    await visible(page.getByRole('timer', { name: 'Thinking time left' }));
    await page.getByRole('button', { name: 'Skip thinking time' }).click();
    const timer = page.getByRole('timer', { name: 'Speaking time' });
    await visible(timer);
    await page.waitForFunction(() => document.querySelector('[aria-label="Speaking time"]')?.textContent === '0:01', undefined, {
      timeout: 5_000,
    });
    await page.getByRole('button', { name: 'Stop' }).click();

    const said = page.getByRole('textbox', { name: 'What you said' });
    await visible(said);
    await said.fill('The role had taught me what it could, and I wanted to lead a team of my own.');
    await page.getByText('4 · Good').click();
    await page.getByRole('textbox', { name: 'Note to yourself (optional)' }).fill('Mention the team size');
    await checkA11y(page);
    await page.getByRole('button', { name: 'Save rehearsal' }).click();
    await visible(page.getByText('Rehearsal saved.'));
    const history = page.getByRole('region', { name: 'Rehearsal history' });
    await visible(history.getByText('Rated 4 of 5'));
    await visible(history.getByText('Mention the team size'));

    // The library now shows the answer and the latest rating.
    await page.goto(`${app.url}/practice`);
    const row = page.locator('li[data-prompt="why-did-you-leave"]');
    await visible(row.getByText(/Answer ready/));
    await visible(row.getByText('Last rehearsal 4/5'));
  }, 60_000);

  it('adds a story, drafts a why-left answer and rehearses five for an opportunity', async () => {
    await page.getByRole('button', { name: 'Add a story' }).click();
    await page.getByRole('textbox', { name: /^Title/ }).fill('Cut support backlog');
    await page.getByRole('textbox', { name: 'Action' }).fill('I split the queue by urgency and set up a daily triage.');
    await page.getByRole('textbox', { name: 'Result' }).fill('The backlog fell from 400 to 60 tickets in a month.');
    await page.getByRole('textbox', { name: 'Skills it shows' }).fill('leadership, prioritisation');
    await page.getByRole('button', { name: 'Add story' }).click();
    await visible(page.getByRole('article', { name: 'Cut support backlog' }));
    await checkA11y(page);

    await page.goto(`${app.url}/practice/why-leaving-current?opportunity=${opportunityId}`);
    await page.getByRole('radio', { name: /Moved home/ }).check();
    await page.getByRole('textbox', { name: 'Where you moved to' }).fill('Leeds');
    await visible(page.getByTestId('why-left-draft').getByText(/We moved to Leeds/));
    await page.getByRole('button', { name: 'Use this draft in my answer' }).click();
    expect(await answerBox().inputValue()).toMatch(/We moved to Leeds/);
    await visible(page.getByTestId('coach-clean').or(page.getByRole('region', { name: 'Coach feedback' })));
    expect(await page.locator('li[data-code="employer-negativity"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Save answer' }).click();
    await visible(page.getByText('Answer saved as a new version.'));
    await checkA11y(page);

    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=practice`);
    await visible(page.getByRole('heading', { name: '5 for this opportunity, weakest first' }));
    await visible(
      page
        .getByRole('region', { name: /Answers tailored to Globex Labs/ })
        .getByRole('link', { name: 'Why are you looking to leave your current position?' }),
    );
    await checkA11y(page);
    await page.getByRole('link', { name: /Rehearse these/ }).click();
    await page.waitForURL(/\/practice\/rehearse\?/);
    await visible(page.getByRole('heading', { level: 1, name: 'Rehearsal' }));
    await visible(page.getByText(/Question 1 of 5/));
    await checkA11y(page);

    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  }, 90_000);

  it('fits a phone and a tablet without sideways scrolling', async () => {
    for (const width of [390, 768]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/practice', '/practice/why-did-you-leave']) {
        await page.goto(`${app.url}${path}`);
        await visible(page.getByRole('heading', { level: 1 }));
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
        if (path !== '/practice') {
          // The answer box grows with its text: nothing is hidden behind a scroll at any width.
          const hidden = await answerBox().evaluate((el) => el.scrollHeight - el.clientHeight);
          expect(hidden, `answer box at ${width}px`).toBeLessThanOrEqual(2);
        }
      }
    }
    await checkA11y(page);
  }, 90_000);
});
