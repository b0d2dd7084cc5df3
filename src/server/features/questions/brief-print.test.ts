import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { QUESTIONS_TO_ASK } from '../../../core/library/questions-to-ask/index.js';
import { HOUSEKEEPING_QUESTIONS, draftClosingLine } from '../../../core/planning/closing.js';
import { renderBriefHtml } from '../../../core/planning/brief-html.js';
import type { BriefInput } from '../../../core/planning/brief.js';
import { interviewLogistics } from '../../../core/planning/brief-logistics.js';
import { CHROMIUM_PATH, launchBrowser } from '../../../../test/e2e/harness.js';

/** A typical plan: four interviewers with three questions each, four facts, four people, answers heard, one interview of four conversations. */
function typicalBrief(): BriefInput {
  const people = [
    { name: 'Rita Silva', title: 'Talent Partner', role: 'recruiter' },
    { name: 'Hugo Matos', title: 'Engineering Manager, Data Platform', role: 'hiring-manager' },
    { name: 'Ana Costa', title: 'Senior Data Engineer', role: 'interviewer' },
    { name: 'Joana Pires', title: 'VP Engineering', role: 'interviewer' },
  ];
  const roles = ['recruiter', 'hiring-manager', 'peer', 'executive'];
  return {
    employerName: 'Tidewater Labs',
    roleTitle: 'Senior Data Engineer',
    location: 'Lisbon, Portugal',
    remotePolicy: 'hybrid',
    snapshot: [
      {
        label: 'What they do',
        statement: 'Builds tide and berth forecasting software that ports use to plan ship arrivals and crane shifts.',
      },
      { label: 'Size', statement: 'About 420 people, a third of them in engineering, spread over three offices.' },
      { label: 'News', statement: 'Opened a Lisbon office in 2025 and signed a contract with a large North Sea port authority.' },
      { label: 'Funding', statement: 'Raised a growth round last year, led by an infrastructure fund; profitable in two regions.' },
    ],
    people,
    talkingPoints: [
      'Growth: a funded training budget and a clear path from senior to staff engineer, both confirmed by the recruiter.',
      'Work: the team is rebuilding its streaming pipeline, which is exactly what I led at my last job.',
      'Impact: their forecasts cut ship waiting times; I want my work to have that kind of visible effect.',
    ],
    questions: roles.map((role, i) => ({
      interviewer: { name: people[i]!.name, role },
      items: QUESTIONS_TO_ASK.filter((q) => q.roles.includes(role as 'peer'))
        .slice(i * 3, i * 3 + 3)
        .map((q) => ({ text: q.text, asked: false })),
    })),
    closingLine: draftClosingLine({
      roleTitle: 'Senior Data Engineer',
      employerName: 'Tidewater Labs',
      strongestEvidence: [{ kind: 'story', title: 'The streaming rebuild' }],
    }),
    housekeeping: HOUSEKEEPING_QUESTIONS.map((q, i) => ({ text: q.text, answer: i < 3 ? 'Panel next week, then a call with the VP' : '' })),
    preparedOn: '2026-11-25',
    interviews: [
      interviewLogistics(
        {
          kind: 'video',
          startsAt: '2026-12-08T13:00:00.000Z',
          timeZone: 'Europe/Berlin',
          durationMinutes: 180,
          location: 'https://meet.example.org/j/93418820571?pwd=Zm9vYmFyYmF6 · Meeting ID 934 1882 0571 · Passcode 482913',
          conversations: people.map((p, i) => ({
            startsAt: new Date(Date.parse('2026-12-08T13:00:00.000Z') + i * 45 * 60_000).toISOString(),
            durationMinutes: 45,
            topic: ['Motivation and logistics', 'The team and the first quarter', 'Pipeline design exercise', 'Strategy and culture'][i]!,
            people: [p],
          })),
        },
        'Europe/Lisbon',
      ),
    ],
  };
}

/** Pages in a PDF: one `/Type /Page` object per page (not `/Pages`). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe.skipIf(!existsSync(CHROMIUM_PATH))('brief print view in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it.each(['A4', 'Letter'])('fits a typical plan on one %s page', async (format) => {
    const page = await browser.newPage();
    await page.setContent(renderBriefHtml(typicalBrief()));
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format, preferCSSPageSize: false });
    await page.close();
    expect(pageCount(pdf)).toBe(1);
  });

  it('would need a second page for a plan twice as long (the count is real)', async () => {
    const long = typicalBrief();
    const page = await browser.newPage();
    await page.setContent(renderBriefHtml({ ...long, questions: [...long.questions, ...long.questions, ...long.questions] }));
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    expect(pageCount(pdf)).toBeGreaterThan(1);
  });
});
