import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { CARDS, renderCard } from './card-images.js';
import { checkA11y, isLocal, launchBrowser, recordRequests, startApp } from './harness.js';
import type { RunningApp } from './harness.js';

const visible = (l: Locator, timeout = 10_000) => l.waitFor({ state: 'visible', timeout });
const OCR_TIMEOUT = 60_000;

interface PersonOut {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  employerName: string | null;
  opportunityIds: string[];
}

describe('business card capture journey (on-device OCR)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let requests: string[];
  const pageErrors: string[] = [];
  let opportunityId = '';
  let interviewId = '';
  const pngs = new Map<string, Buffer>();

  async function call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> {
    const res = await fetch(`${app.url}/api${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, data: (text ? JSON.parse(text) : undefined) as T };
  }
  const people = async () => (await call<{ items: PersonOut[] }>('GET', `/people?opportunityId=${opportunityId}`)).data.items;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    requests = recordRequests(page);
    page.on('pageerror', (e) => pageErrors.push(e.stack ?? e.message));
    const o = await call<{ id: string }>('POST', '/opportunities', {
      employerName: 'Acme Robotics',
      roleTitle: 'Robotics engineer',
      stage: 'interviewing',
    });
    expect(o.status).toBe(201);
    opportunityId = o.data.id;
    const i = await call<{ id: string }>('POST', `/opportunities/${opportunityId}/interviews`, {
      kind: 'onsite',
      startsAt: new Date(Date.now() - 30 * 60_000).toISOString(),
      timeZone: 'UTC',
      durationMinutes: 180,
    });
    expect(i.status).toBe(201);
    interviewId = i.data.id;
    // The card pictures are drawn by Chromium's canvas, then handed to the file input like a camera would.
    await page.goto(`${app.url}/`);
    for (const card of CARDS) pngs.set(card.file, await renderCard(page, card.spec));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const dialog = () => page.getByRole('dialog', { name: 'Add a person' });

  async function openCapture(): Promise<Locator> {
    await page.getByRole('button', { name: 'Add a person', exact: true }).click();
    await visible(dialog());
    return dialog();
  }

  async function choosePhoto(d: Locator, file: string) {
    await d.getByRole('tab', { name: 'Card photo' }).click();
    await d.getByLabel('Take a photo of the card').setInputFiles({ name: file, mimeType: 'image/png', buffer: pngs.get(file)! });
  }

  async function reviewed(d: Locator) {
    const email = d.getByRole('textbox', { name: 'Email' });
    await visible(email, OCR_TIMEOUT);
    return {
      email: await email.inputValue(),
      phone: await d.getByRole('textbox', { name: 'Phone' }).inputValue(),
      name: await d.getByRole('textbox', { name: /^Name/ }).inputValue(),
      raw: (await d.getByTestId('card-raw-text').textContent()) ?? '',
    };
  }

  it('reads a photographed card on the device, shows it for review, and saves the person only on confirm', async () => {
    await page.goto(`${app.url}/interviews/${interviewId}`);
    const d = await openCapture();
    await checkA11y(page);

    // Cancel while the reader is still loading: nothing read, nothing saved.
    const [jane, marcus, priya] = CARDS;
    await choosePhoto(d, jane!.file);
    await visible(d.getByRole('progressbar', { name: 'Reading the card' }));
    await d.getByRole('button', { name: 'Cancel' }).click();
    await visible(d.getByText('Reading cancelled. Nothing was saved.'));

    // Read it for real: the exact email and phone, the raw text beside the form.
    await choosePhoto(d, jane!.file);
    const first = await reviewed(d);
    expect(first.email, first.raw).toBe(jane!.email);
    expect(first.phone, first.raw).toBe(jane!.phone);
    expect(first.name, first.raw).toBe(jane!.name);
    expect(first.raw).toContain('Jane Doe');
    expect(await d.getByRole('textbox', { name: 'Job title' }).inputValue()).toBe('Senior Technical Recruiter');
    expect(await d.getByRole('combobox', { name: 'Role' }).inputValue()).toBe('recruiter');
    expect(await d.getByRole('textbox', { name: 'Employer' }).inputValue()).toBe('Acme Robotics');
    await checkA11y(page);
    expect(await people()).toEqual([]);

    await d.getByRole('button', { name: 'Save person' }).click();
    await dialog().waitFor({ state: 'hidden', timeout: 10_000 });
    await visible(page.getByText('Added Jane Doe.'));
    const saved = await people();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      name: 'Jane Doe',
      title: 'Senior Technical Recruiter',
      email: jane!.email,
      phone: jane!.phone,
      employerName: 'Acme Robotics',
      opportunityIds: [opportunityId],
    });

    // A second card (tilted, serif, shouted name): read, then discarded — nothing saved.
    const d2 = await openCapture();
    await choosePhoto(d2, marcus!.file);
    const second = await reviewed(d2);
    expect(second.email, second.raw).toBe(marcus!.email);
    expect(second.phone, second.raw).toBe(marcus!.phone);
    expect(second.name, second.raw).toBe(marcus!.name);
    await d2.getByRole('button', { name: 'Discard' }).click();
    await visible(d2.getByText('Discarded. Nothing was saved.'));

    // A third (small, two columns, monospace contacts) in the same dialog; closed with Escape — nothing saved.
    await d2
      .getByLabel('Take a photo of the card')
      .setInputFiles({ name: priya!.file, mimeType: 'image/png', buffer: pngs.get(priya!.file)! });
    const third = await reviewed(d2);
    expect(third.email, third.raw).toBe(priya!.email);
    expect(third.phone, third.raw).toBe(priya!.phone);
    expect(third.name, third.raw).toBe(priya!.name);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden', timeout: 10_000 });
    expect((await people()).map((p) => p.name)).toEqual(['Jane Doe']);

    // The OCR worker, core and model came from this server, and nothing left the machine.
    const ocr = requests.filter((u) => u.includes('/ocr/')).map((u) => new URL(u).pathname);
    expect(ocr).toContain('/ocr/worker.min.js');
    expect(ocr).toContain('/ocr/lang/eng.traineddata.gz');
    expect(ocr.some((p) => /^\/ocr\/core\/tesseract-core-[a-z-]*lstm\.wasm\.js$/.test(p))).toBe(true);
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('serves the OCR files from our origin: the model as plain gzip bytes (not encoded twice), scripts under the CSP', async () => {
    const model = await fetch(`${app.url}/ocr/lang/eng.traineddata.gz`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(model.status).toBe(200);
    expect(model.headers.get('content-encoding')).toBeNull();
    const bytes = new Uint8Array(await model.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(bytes.length).toBeGreaterThan(1_000_000);

    const worker = await fetch(`${app.url}/ocr/worker.min.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toMatch(/javascript/);
    const csp = worker.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(await worker.text()).not.toContain('sourceMappingURL');
  });

  it('adds a person in two taps on a phone, from the wrap-up tab, and takes a vCard', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const phoneRequests = recordRequests(phone);
    await phone.goto(`${app.url}/interviews/${interviewId}`);
    // Interview mode stacks its panels behind a tab bar on a phone; the people you met are under Wrap-up.
    const wrapUp = phone.getByRole('tab', { name: 'Wrap-up' });
    await visible(wrapUp);
    await wrapUp.click();
    await phone.getByRole('button', { name: 'Add a person', exact: true }).click();
    const d = phone.getByRole('dialog', { name: 'Add a person' });
    await visible(d);
    const box = (await d.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await checkA11y(phone);

    // Tap one opened the dialog with the name field focused; type, and tap two saves.
    await phone.keyboard.type('Kwame Mensah');
    await d.getByRole('button', { name: 'Save person' }).click();
    await d.waitFor({ state: 'hidden', timeout: 10_000 });
    expect((await people()).map((p) => p.name).sort()).toEqual(['Jane Doe', 'Kwame Mensah']);

    // A vCard: read in the browser, reviewed, saved on confirm with its organisation.
    await phone.getByRole('button', { name: 'Add a person', exact: true }).click();
    await visible(d);
    await d.getByRole('tab', { name: 'vCard' }).click();
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Lucía Fernández',
      'TITLE:Hiring Manager',
      'ORG:Acme Robotics',
      'EMAIL:lucia@acmerobotics.com',
      'TEL;TYPE=work:+1 646 555 0142',
      'END:VCARD',
    ].join('\r\n');
    await d.getByLabel('Choose a .vcf file').setInputFiles({ name: 'lucia.vcf', mimeType: 'text/vcard', buffer: Buffer.from(vcf) });
    await visible(d.getByRole('textbox', { name: 'Email' }));
    expect(await d.getByRole('textbox', { name: 'Email' }).inputValue()).toBe('lucia@acmerobotics.com');
    expect(await d.getByRole('combobox', { name: 'Role' }).inputValue()).toBe('hiring-manager');
    expect((await people()).length).toBe(2);
    await d.getByRole('button', { name: 'Save person' }).click();
    await d.waitFor({ state: 'hidden', timeout: 10_000 });
    const lucia = (await people()).find((p) => p.name === 'Lucía Fernández');
    expect(lucia).toMatchObject({
      email: 'lucia@acmerobotics.com',
      phone: '+1 646 555 0142',
      title: 'Hiring Manager',
      employerName: 'Acme Robotics',
    });
    // The OCR code is loaded only when a photo is chosen: this page never asked for it.
    expect(phoneRequests.filter((u) => u.includes('/ocr/') || /read-card/.test(u))).toEqual([]);
    expect(phoneRequests.filter((u) => !isLocal(u))).toEqual([]);
    await phone.close();
  }, 90_000);
});
