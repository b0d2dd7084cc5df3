import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkA11y, ensureBuilt, isLocal, launchBrowser, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator) => l.waitFor({ state: 'visible', timeout: 10_000 });
const root = new URL('../../', import.meta.url).pathname;
const ADMIN_PASSWORD = 'a long admin password';

/** Calls the API from inside the page as the web app does, echoing the CSRF cookie in its header. */
function apiIn<T>(page: Page, method: string, path: string, body?: object): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ([method, path, body]) => {
      const csrf =
        document.cookie
          .split('; ')
          .find((c) => c.startsWith('ob_csrf='))
          ?.slice('ob_csrf='.length) ?? '';
      const res = await fetch(`/api${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: body === null ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
    [method, path, body ?? null] as const,
  );
}

describe('accounts journey (server mode)', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: Page;
  let candidate: Page;
  let coach: Page;
  const requests: string[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'ob-e2e-accounts-'));
  let invitationUrl = '';
  let generalPromptId = '';

  beforeAll(async () => {
    ensureBuilt();
    // The first admin is made on the command line, as the README says.
    const made = spawnSync(
      process.execPath,
      [
        join(root, 'dist/cli/main.js'),
        'admin',
        'create-user',
        '--email',
        'admin@example.org',
        '--role',
        'admin',
        '--name',
        'Ada Admin',
        '--password-stdin',
      ],
      {
        cwd: root,
        env: { ...process.env, OFFERBOOK_DATA_DIR: dataDir, DATABASE_URL: '' },
        input: `${ADMIN_PASSWORD}\n`,
        encoding: 'utf8',
      },
    );
    expect(made.status, made.stderr).toBe(0);
    app = await startApp({ dataDir, env: { OFFERBOOK_MODE: 'server', OFFERBOOK_ALLOW_SQLITE_SERVER: '1', DATABASE_URL: '' } });
    browser = await launchBrowser();
    admin = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    candidate = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    // Everything both browsers ask for, for the "nothing leaves this machine" check.
    coach = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    for (const p of [admin, candidate, coach]) p.on('request', (r) => requests.push(r.url()));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends a visitor to sign in, refuses a wrong password without saying which part, and signs the admin in', async () => {
    await admin.goto(`${app.url}/opportunities`);
    await admin.waitForURL(/\/sign-in\?next=/);
    await visible(admin.getByRole('heading', { name: 'Sign in' }));
    await checkA11y(admin);
    await admin.getByRole('textbox', { name: /^Email/ }).fill('admin@example.org');
    await admin.getByLabel(/^Password/).fill('not the password');
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await visible(admin.getByRole('alert').getByText('Email or password is incorrect'));
    await admin.getByLabel(/^Password/).fill(ADMIN_PASSWORD);
    await admin.getByLabel(/^Password/).press('Enter');
    await admin.waitForURL(/\/opportunities$/);
    await visible(admin.getByRole('button', { name: 'Account: Ada Admin' }));
  });

  it('lets the admin invite a candidate and shows the one-time link', async () => {
    await admin.getByRole('button', { name: 'Account: Ada Admin' }).click();
    await admin.getByRole('link', { name: 'Manage accounts' }).click();
    await visible(admin.getByRole('heading', { level: 1, name: 'Accounts' }));
    await admin.getByRole('button', { name: 'Create invitation link' }).click();
    await visible(admin.getByText('Enter their email address.'));
    await admin.getByRole('textbox', { name: /^Email/ }).fill('cara@example.org');
    await admin.getByRole('button', { name: 'Create invitation link' }).click();
    const link = admin.getByRole('textbox', { name: 'Link to send' });
    await visible(link);
    invitationUrl = await link.inputValue();
    expect(invitationUrl).toMatch(/\/accept-invitation#token=[\w-]{43}$/);
    await checkA11y(admin);
  });

  it('lets the invited candidate choose a name and password on a phone, landing in their own empty notebook', async () => {
    await candidate.goto(invitationUrl);
    await visible(candidate.getByRole('heading', { name: 'Accept your invitation' }));
    await checkA11y(candidate);
    await candidate.getByRole('textbox', { name: /^Your name/ }).fill('Cara Candidate');
    await candidate.locator('input[name="password"]').fill('short');
    await candidate.getByRole('button', { name: 'Create my account' }).click();
    await visible(candidate.getByText('Use at least 10 characters.'));
    await candidate.locator('input[name="password"]').fill('cara has a long password');
    await candidate.locator('input[name="confirm"]').fill('cara has a long password');
    await candidate.getByRole('button', { name: 'Create my account' }).click();
    await visible(candidate.getByRole('heading', { name: 'Welcome to Offerbook' }));
    expect(new URL(candidate.url()).hash).toBe('');
  });

  it('lets the candidate share their answers with a coach, who comments, and then revoke it', async () => {
    // The admin invites a coach, who joins.
    await admin.getByRole('textbox', { name: /^Email/ }).fill('cole@example.org');
    await admin.getByRole('combobox', { name: 'Role', exact: true }).selectOption('coach');
    await admin.getByRole('button', { name: 'Create invitation link' }).click();
    await visible(admin.getByText('Invitation for cole@example.org (Coach)'));
    const coachLink = await admin.getByRole('textbox', { name: 'Link to send' }).inputValue();
    await coach.goto(coachLink);
    await coach.locator('input[name="displayName"]').fill('Cole Coach');
    await coach.locator('input[name="password"]').fill('cole has a long password');
    await coach.locator('input[name="confirm"]').fill('cole has a long password');
    await coach.getByRole('button', { name: 'Create my account' }).click();
    await visible(coach.getByRole('button', { name: 'Account: Cole Coach' }));

    // The candidate has an answer (saved through the API, as the practice page does) and shares all answers.
    const prompts = await apiIn<{ items: Array<{ id: string }> }>(candidate, 'GET', '/prompts');
    generalPromptId = prompts.body.items[0]!.id;
    const saved = await apiIn(candidate, 'POST', '/answers', {
      promptId: generalPromptId,
      text: 'I led the move to a new warehouse system and cut picking errors by a third.',
    });
    expect(saved.status).toBe(201);
    await candidate.goto(`${app.url}/account`);
    await visible(candidate.getByRole('heading', { name: 'Sharing with a coach' }));
    await candidate.getByRole('textbox', { name: /^Coach’s email/ }).fill('cole@example.org');
    await candidate.getByRole('button', { name: 'Share', exact: true }).click();
    await visible(candidate.getByText('with Cole Coach (cole@example.org)'));
    await checkA11y(candidate);

    // The coach reads it and comments.
    await coach.getByRole('button', { name: 'Account: Cole Coach' }).click();
    await coach.getByRole('link', { name: 'Shared with me' }).click();
    await coach.getByRole('link', { name: /Cara Candidate/ }).click();
    await visible(coach.getByText('cut picking errors by a third'));
    await coach.getByRole('textbox', { name: 'Comment on this answer' }).fill('Strong result. Say how you measured it.');
    await coach.getByRole('button', { name: 'Add comment' }).click();
    await visible(coach.getByText('Strong result. Say how you measured it.'));
    await checkA11y(coach);

    // The candidate sees the comment beside the answer, then stops sharing.
    await candidate.getByRole('link', { name: 'see comments' }).click();
    await visible(candidate.getByText('Strong result. Say how you measured it.'));
    await candidate.goto(`${app.url}/account`);
    await candidate.getByRole('button', { name: /^Stop sharing All your practice answers/ }).click();
    await visible(candidate.getByText('You are not sharing anything yet.'));
    await coach.reload();
    await visible(coach.getByRole('heading', { name: 'Share not found' }));
    // The comment stays beside the answer where the candidate writes it, after the share has ended.
    await candidate.goto(`${app.url}/practice/${generalPromptId}`);
    const beside = candidate.getByRole('region', { name: 'Comments from your coach' });
    await visible(beside.getByText('Strong result. Say how you measured it.'));
    // The share has ended: nobody to reply to.
    expect(await beside.getByRole('textbox', { name: /^Reply to/ }).count()).toBe(0);
  });

  it('lets the candidate share an opportunity from its page; the coach comments on its plan and answer, seen where the candidate works', async () => {
    await candidate.setViewportSize({ width: 768, height: 1000 });
    const made = await apiIn<{ id: string }>(candidate, 'POST', '/opportunities', {
      employerName: 'Tidewater Freight',
      roleTitle: 'Route Planner',
    });
    expect(made.status).toBe(201);
    const opportunityId = made.body.id;

    // A question in the plan and a tailored answer, written on their own pages.
    await candidate.goto(`${app.url}/opportunities/${opportunityId}?tab=questions`);
    await candidate.getByRole('textbox', { name: /Your own question/ }).fill('Who owns the weekly roster?');
    await candidate.getByRole('button', { name: 'Add to plan' }).click();
    await visible(candidate.getByText(/^1 question · 0 asked/));
    await candidate.goto(`${app.url}/practice/${generalPromptId}?opportunity=${opportunityId}`);
    await candidate
      .getByRole('textbox', { name: 'Answer', exact: true })
      .fill('At Tidewater I would bring the routing work I did for forty drivers.');
    await candidate.getByRole('button', { name: 'Save answer' }).click();
    await visible(candidate.getByRole('heading', { name: 'Versions' }));

    // Share it from the opportunity page: the dialog checks the email, shares, lists the coach, and revokes with Undo.
    await candidate.goto(`${app.url}/opportunities/${opportunityId}`);
    await candidate.getByRole('button', { name: 'Share with a coach' }).click();
    const dialog = candidate.getByRole('dialog', { name: 'Share with a coach' });
    await visible(dialog.getByText('No coach can see this opportunity yet.'));
    await checkA11y(candidate);
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await visible(dialog.getByText('Enter your coach’s email address.'));
    await dialog.getByRole('textbox', { name: /^Coach’s email/ }).fill('nobody@example.org');
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await visible(dialog.getByText('No coach has this email'));
    await dialog.getByRole('textbox', { name: /^Coach’s email/ }).fill('cole@example.org');
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await visible(dialog.getByText('Shared with Cole Coach.'));
    const coaches = dialog.getByRole('list', { name: 'Coaches who can see this opportunity' });
    await visible(coaches.getByText('Cole Coach', { exact: true }));
    const stop = dialog.getByRole('button', { name: 'Stop sharing Tidewater Freight — Route Planner with Cole Coach' });
    await stop.click();
    await visible(dialog.getByText('Cole Coach can no longer see that opportunity.'));
    await visible(dialog.getByText('No coach can see this opportunity yet.'));
    await dialog.getByRole('button', { name: 'Undo' }).click();
    await visible(stop);
    await checkA11y(candidate);
    await candidate.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // The coach finds it, comments on the question plan and on the tailored answer.
    await coach.goto(`${app.url}/shared`);
    await coach.getByRole('link', { name: /Tidewater Freight — Route Planner/ }).click();
    await visible(coach.getByText('Who owns the weekly roster?'));
    const sharedPlan = coach.getByRole('region', { name: 'Questions to ask' });
    await sharedPlan.getByRole('textbox', { name: 'Comment on the questions' }).fill('Also ask how on-call is shared.');
    await sharedPlan.getByRole('button', { name: 'Add comment' }).click();
    await visible(sharedPlan.getByText('Also ask how on-call is shared.'));
    const sharedAnswers = coach.getByRole('region', { name: 'Practice answers' });
    await visible(sharedAnswers.getByText('routing work I did for forty drivers'));
    await sharedAnswers.getByRole('textbox', { name: 'Comment on this answer' }).fill('Give the number of routes, not only drivers.');
    await sharedAnswers.getByRole('button', { name: 'Add comment' }).click();
    await visible(sharedAnswers.getByText('Give the number of routes, not only drivers.'));
    await checkA11y(coach);

    // The candidate sees each comment beside the thing it is about, and only there.
    await candidate.goto(`${app.url}/opportunities/${opportunityId}?tab=questions`);
    const planComments = candidate.getByRole('region', { name: 'Comments from your coach' });
    await visible(planComments.getByText('Also ask how on-call is shared.'));
    expect(await planComments.getByText('Give the number of routes').count()).toBe(0);
    // A reply right there reaches the coach.
    await planComments.getByRole('textbox', { name: 'Reply to Cole Coach' }).fill('Good idea, added it to the plan.');
    await planComments.getByRole('button', { name: 'Add comment' }).click();
    await visible(planComments.getByText('Good idea, added it to the plan.'));
    await checkA11y(candidate);
    await coach.reload();
    await visible(coach.getByRole('region', { name: 'Questions to ask' }).getByText('Good idea, added it to the plan.'));
    await candidate.goto(`${app.url}/practice/${generalPromptId}?opportunity=${opportunityId}`);
    const answerComments = candidate.getByRole('region', { name: 'Comments from your coach' });
    await visible(answerComments.getByText('Give the number of routes, not only drivers.'));
    expect(await answerComments.getByText('Strong result').count()).toBe(0);
    expect(await answerComments.getByText('Also ask how on-call').count()).toBe(0);
    await checkA11y(candidate);
    await candidate.setViewportSize({ width: 390, height: 844 });
  });

  it("lists the candidate's devices on the account page and signs out everywhere", async () => {
    await candidate.goto(`${app.url}/account`);
    await visible(candidate.getByRole('heading', { name: 'Where you are signed in' }));
    await visible(candidate.getByText('This device'));
    await checkA11y(candidate);
    await candidate.getByRole('button', { name: 'Sign out everywhere' }).click();
    await visible(candidate.getByRole('heading', { name: 'Sign in' }));
    await candidate.goto(`${app.url}/`);
    await candidate.waitForURL(/\/sign-in/);
  });

  it('lets the admin disable and re-enable the candidate with Undo, at tablet width', async () => {
    await admin.setViewportSize({ width: 768, height: 1000 });
    await admin.reload();
    await admin.getByRole('button', { name: 'Disable Cara Candidate' }).click();
    await visible(admin.getByText('Cara Candidate can no longer sign in.'));
    await visible(admin.getByText('Disabled', { exact: true }));
    await admin.getByRole('button', { name: 'Undo' }).click();
    await visible(admin.getByRole('button', { name: 'Disable Cara Candidate' }));
    await checkA11y(admin);
  });

  it('signs the admin out from the menu, and nothing ever left this machine', async () => {
    await admin.getByRole('button', { name: 'Account: Ada Admin' }).click();
    await admin.getByRole('button', { name: 'Sign out' }).click();
    await visible(admin.getByRole('heading', { name: 'Sign in' }));
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  });
});
