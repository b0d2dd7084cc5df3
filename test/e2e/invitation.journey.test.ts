import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkA11y, launchBrowser, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator, timeout = 10_000) => l.waitFor({ state: 'visible', timeout });

interface PersonRow {
  id: string;
  name: string;
  role: string;
  title: string | null;
  email: string | null;
  opportunityIds: string[];
}

// Paste the invitation (issues #15 and #21): the people it names in prose come out with guessed roles, the sender
// is the recruiter with her e-mail, people already saved are linked rather than added twice, and the user fixes a role.
describe('paste the invitation: the people and their roles', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let opportunityId = '';
  let jose = '';
  let marta = '';

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${app.url}/api${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Opens the opportunity's Interviews tab, pastes the invitation and has it read; the review form opens. */
  async function pasteInvitation(text: string): Promise<void> {
    await page.goto(`${app.url}/opportunities/${opportunityId}?tab=interviews`);
    await page.getByRole('button', { name: 'Paste the invitation' }).first().click();
    const paste = page.getByRole('form', { name: 'Paste the invitation' });
    await paste.getByRole('textbox', { name: 'The invitation' }).fill(text);
    await paste.getByRole('button', { name: 'Read the invitation' }).click();
  }

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Lisbon', locale: 'en-GB' });
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text());
    });
    const other = await call<{ id: string }>('POST', '/opportunities', {
      employerName: 'Ferrovia Logistics',
      roleTitle: 'Analyst',
      stage: 'applied',
    });
    opportunityId = (
      await call<{ id: string }>('POST', '/opportunities', { employerName: 'Ferrovia Logistics', roleTitle: 'Planner', stage: 'applied' })
    ).id;
    // José is already on this opportunity; Marta is saved at the employer (for the other application), role unknown.
    jose = (
      await call<PersonRow>('POST', '/people', {
        name: 'José García',
        role: 'hiring-manager',
        employerName: 'Ferrovia Logistics',
        opportunityIds: [opportunityId],
      })
    ).id;
    marta = (
      await call<PersonRow>('POST', '/people', {
        name: 'Marta Silva',
        role: 'other',
        employerName: 'Ferrovia Logistics',
        opportunityIds: [other.id],
      })
    ).id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the guessed roles, lets the user change one, and saves people without duplicates', async () => {
    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Lisbon', weekday: 'long', day: 'numeric', month: 'long' }).format(
      inAWeek,
    );
    const text = [
      'Subject: Interview invitation - Planner (ref 2231)',
      '',
      'Hi Sam,',
      '',
      `Thanks for your application. Your video interview is on ${day} at 10:00 (Lisbon time) and will take 45 minutes.`,
      "You'll meet Jose Garcia (Head of Planning) and Kim Park, Senior Planner.",
      '',
      'Join Zoom Meeting: https://zoom.us/j/81234567890',
      'Meeting ID: 812 3456 7890',
      'Passcode: 55aa',
      '',
      'Kind regards,',
      '',
      'Marta Silva',
      'Talent Partner',
      'Ferrovia Logistics',
      'marta.silva@ferrovia.example',
    ].join('\n');

    await pasteInvitation(text);

    const form = page.getByRole('form', { name: 'New interview' });
    await visible(form);
    expect(await form.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Video interview with Ferrovia Logistics');
    expect(await form.getByRole('textbox', { name: 'Video link' }).inputValue()).toBe(
      'https://zoom.us/j/81234567890 · Meeting ID 812 3456 7890 · Passcode 55aa',
    );

    // The people and the roles the reader guessed: the sender is the recruiter, not an interviewer.
    const list = form.getByRole('list', { name: 'People in the invitation' });
    await visible(list);
    expect(await list.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Jose Garcia'),
      expect.stringContaining('Kim Park'),
      expect.stringMatching(/Marta Silva.*marta\.silva@ferrovia\.example.*sent the invitation.*will be linked/),
    ]);
    const role = (name: string) => form.getByRole('combobox', { name: `Role of ${name}` });
    expect(await role('Jose Garcia').inputValue()).toBe('hiring-manager');
    expect(await role('Kim Park').inputValue()).toBe('interviewer');
    expect(await role('Marta Silva').inputValue()).toBe('recruiter');
    // One conversation for the whole interview: José (already on the opportunity) ticked, Kim to be added.
    const conversation = form.getByRole('listitem', { name: 'Conversation 1' });
    expect(await conversation.getByRole('checkbox', { name: /José García/ }).isChecked()).toBe(true);
    await visible(conversation.getByText('Kim Park'));
    expect(await conversation.textContent()).not.toContain('Marta Silva');
    await checkA11y(page);
    // On a phone the people and their role menus fit the width.
    await page.setViewportSize({ width: 390, height: 844 });
    await visible(role('Kim Park'));
    await page.screenshot({ path: 'test-results/invitation-review-390.png', fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The user fixes a role, then saves.
    await role('Kim Park').selectOption('hiring-manager');
    const created = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith(`/opportunities/${opportunityId}/interviews`),
    );
    await form.getByRole('button', { name: 'Save interview' }).click();
    const interview = (await (await created).json()) as { title: string; location: string; conversations: { personIds: string[] }[] };

    const all = (await call<{ items: PersonRow[] }>('GET', '/people')).items;
    expect(all.filter((p) => p.name === 'Marta Silva')).toHaveLength(1);
    expect(all.filter((p) => /jos[eé] garc[ií]a/i.test(p.name))).toHaveLength(1);
    const kim = all.find((p) => p.name === 'Kim Park')!;
    expect(kim).toMatchObject({ role: 'hiring-manager', opportunityIds: [opportunityId] });
    expect(all.find((p) => p.id === marta)).toMatchObject({
      role: 'recruiter',
      email: 'marta.silva@ferrovia.example',
      title: 'Talent Partner',
    });
    expect(all.find((p) => p.id === marta)!.opportunityIds).toContain(opportunityId);
    expect(interview.title).toBe('Video interview with Ferrovia Logistics');
    expect(interview.conversations.map((c) => [...c.personIds].sort())).toEqual([[jose, kim.id].sort()]);

    // The card shows the link and the meeting details.
    const card = page.locator('li[data-interview-id]');
    await visible(card);
    expect(await card.getByRole('link', { name: 'https://zoom.us/j/81234567890' }).count()).toBe(1);
    expect(await card.textContent()).toContain('Meeting ID 812 3456 7890 · Passcode 55aa');
    expect(pageErrors).toEqual([]);
  }, 120_000);

  // A name the rules pass over ("X is taking this round") is read by the name model from what stands around it: it
  // comes out as an interviewer, in the conversation, on every width.
  it('lists an interviewer named only in a sentence of its own, in the conversation, at 1280, 768 and 390 px', async () => {
    const inAWeek = new Date(Date.now() + 8 * 86_400_000);
    const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Lisbon', day: 'numeric', month: 'long' }).format(inAWeek);
    const text = [
      'Hi Sam,',
      `Quick one: ${day}, 11:00 Lisbon time, 30 minutes on Teams.`,
      'Marguerite Dubois (Head of Analytics) is taking this round; she runs the analytics guild.',
      '',
      'Thanks!',
      'Rosa Lind | Talent Partner',
    ].join('\n');
    await pasteInvitation(text);
    const form = page.getByRole('form', { name: 'New interview' });
    const list = form.getByRole('list', { name: 'People in the invitation' });
    await visible(list);
    expect(await list.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/Marguerite Dubois.*Head of Analytics/),
      expect.stringMatching(/Rosa Lind.*sent the invitation/),
    ]);
    expect(await form.getByRole('combobox', { name: 'Role of Marguerite Dubois' }).inputValue()).toBe('interviewer');
    expect(await form.getByRole('combobox', { name: 'Role of Rosa Lind' }).inputValue()).toBe('recruiter');
    const conversation = form.getByRole('listitem', { name: 'Conversation 1' });
    await visible(conversation.getByText('Marguerite Dubois'));
    expect(await conversation.textContent()).not.toContain('Rosa Lind');
    const dir = process.env.OFFERBOOK_SCREENSHOTS ?? 'test-results';
    for (const width of [1280, 768, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await visible(list);
      await page.screenshot({ path: `${dir}/invitation-model-${width}.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
