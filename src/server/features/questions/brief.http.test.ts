import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { Person } from '../../../contracts/people.js';
import type { Housekeeping, QuestionPlan } from '../../../contracts/questions.js';
import { uuidv7 } from '../../../core/ids.js';
import { escapeHtml } from '../../../core/planning/brief-html.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

describe.each(DIALECTS)('housekeeping and brief over HTTP on %s', (dialect) => {
  let t: TestApp;
  let opp: Opportunity;
  let rita: Person;
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => new Date('2026-11-25T09:00:00Z') });
    opp = (
      await t.request({
        method: 'POST',
        url: '/api/opportunities',
        payload: buildOpportunityInput({ employerName: 'Harbour & Co <Labs>', roleTitle: 'Data Analyst' }),
      })
    ).json<Opportunity>();
    await t.request({
      method: 'POST',
      url: `/api/employers/${opp.employerId}/facts`,
      payload: { topic: 'products-and-services', statement: 'Sells **tide-prediction** software to ports' },
    });
    await t.request({
      method: 'PUT',
      url: `/api/opportunities/${opp.id}/fit`,
      payload: {
        ratings: [
          { key: 'growth', rating: 'great', evidence: 'A funded training budget for every analyst' },
          { key: 'pay', rating: 'great', evidence: 'Pay: €75–92k, top of range beats my floor' },
        ],
      },
    });
    rita = (
      await t.request({
        method: 'POST',
        url: '/api/people',
        payload: { name: 'Rita Silva', title: 'Talent Partner', role: 'recruiter', opportunityIds: [opp.id] },
      })
    ).json<Person>();
    await t.request({
      method: 'POST',
      url: `/api/opportunities/${opp.id}/question-plan/items`,
      payload: { text: 'What does a good first quarter look like?', interviewerPersonId: rita.id },
    });
    await t.request({ method: 'POST', url: `/api/opportunities/${opp.id}/question-plan/items`, payload: { text: 'What do you sell?' } });
  });
  afterAll(() => t.close());

  const hkUrl = () => `/api/opportunities/${opp.id}/housekeeping`;
  const housekeeping = async () => (await t.request({ method: 'GET', url: hkUrl() })).json<Housekeeping>();

  it('starts with empty housekeeping answers', async () => {
    expect(await housekeeping()).toMatchObject({
      opportunityId: opp.id,
      nextSteps: '',
      decisionDate: null,
      preferredChannel: null,
      updatedAt: null,
    });
  });

  it('saves housekeeping fields; fields left out keep their value', async () => {
    const first = await t.request({
      method: 'PUT',
      url: hkUrl(),
      payload: { nextSteps: 'Panel with the team', decisionDate: '2026-12-10', candidateCount: 4 },
    });
    expect(first.statusCode).toBe(200);
    const second = (
      await t.request({
        method: 'PUT',
        url: hkUrl(),
        payload: {
          bestContact: 'Rita',
          bestContactPersonId: rita.id,
          preferredChannel: 'email',
          preferredTiming: 'Tuesday mornings',
          contactEmail: 'rita@example.org',
          contactPhone: '+351 21 000 0000',
        },
      })
    ).json<Housekeeping>();
    expect(second).toMatchObject({
      nextSteps: 'Panel with the team',
      decisionDate: '2026-12-10',
      candidateCount: 4,
      bestContactPersonId: rita.id,
      preferredChannel: 'email',
      contactEmail: 'rita@example.org',
      updatedAt: '2026-11-25T09:00:00.000Z',
    });
    expect(await housekeeping()).toEqual(second);
  });

  it.each([
    [{ decisionDate: '10/12/2026' }, 'decisionDate'],
    [{ preferredChannel: 'fax' }, 'preferredChannel'],
    [{ contactEmail: 'not-an-email' }, 'contactEmail'],
    [{ candidateCount: -1 }, 'candidateCount'],
    [{ contactPhone: 'call me' }, 'contactPhone'],
    [{ bestContactPersonId: uuidv7() }, 'bestContactPersonId'],
    [{ colour: 'blue' }, 'colour'],
  ])('refuses bad housekeeping %o naming %s and changes nothing', async (payload, field) => {
    const before = await housekeeping();
    const res = await t.request({ method: 'PUT', url: hkUrl(), payload });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
    expect(await housekeeping()).toEqual(before);
  });

  it('exports the brief as Markdown with every section', async () => {
    const res = await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/brief?format=md` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/markdown/);
    const md = res.body;
    for (const heading of [
      'Employer snapshot',
      'People',
      'Talking points',
      'Questions to ask',
      'Closing',
      'Before you leave',
      'Logistics',
    ]) {
      expect(md).toContain(`## ${heading}`);
    }
    expect(md).toContain('# Data Analyst at Harbour & Co <Labs>');
    expect(md).toContain('Sells tide-prediction software to ports');
    expect(md).toContain('Rita Silva, Talent Partner (recruiter)');
    // Talking points come from the research and name what draws the user; private fit notes and pay never appear.
    expect(md).toContain('1. Sells tide-prediction software to ports');
    expect(md).toMatch(/What draws me here: [^\n]*growth/);
    expect(md).not.toMatch(/€75|floor|training budget/i);
    expect(md).toContain('### Rita Silva (recruiter)\n\n- [ ] What does a good first quarter look like?');
    expect(md).toContain('### Not yet assigned\n\n- [ ] What do you sell?');
    // The closing line never cites private fit evidence (it stays in the talking points only).
    expect(md).toContain('Is there anything in my background that gives you pause?');
    expect(md).not.toContain('a funded training budget for every analyst');
    expect(md).toContain('— Panel with the team');
    expect(md).toContain('- [x] By when are you hoping to make a decision? — 10 December 2026');
    // A best contact chosen from the people ticks "keep in touch" with their name.
    expect(md).toContain('- [x] Who should I keep in touch with while you decide? — Rita Silva, Rita');
    expect(md).toContain('Lisbon (hybrid)');
    expect(md).toContain('_Interview brief, prepared 25 November 2026_');
    expect(md).toContain('No interview scheduled yet');
  });

  it('puts the scheduled interview in the logistics: time in the reader’s zone, link, meeting ID, passcode and schedule', async () => {
    const created = await t.request({
      method: 'POST',
      url: `/api/opportunities/${opp.id}/interviews`,
      payload: {
        kind: 'video',
        startsAt: '2026-12-08T13:00:00.000Z',
        timeZone: 'Europe/Berlin',
        durationMinutes: 90,
        location: 'https://meet.example/j/9341882 · Meeting ID 934 1882 0571 · Passcode 482913',
        conversations: [
          { startsAt: '2026-12-08T13:00:00.000Z', durationMinutes: 45, topic: 'The team and the role', personIds: [rita.id] },
          { startsAt: '2026-12-08T13:45:00.000Z', durationMinutes: 45, topic: 'Case study', personIds: [] },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    const md = (await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/brief?format=md&timeZone=Europe/Lisbon` })).body;
    expect(md).toContain('- **Tuesday 8 December, 13:00–14:30 (Europe/Lisbon) · Video call**');
    expect(md).toContain('  - Their time: 14:00–15:30 in Europe/Berlin');
    expect(md).toContain('  - https://meet.example/j/9341882');
    expect(md).toContain('  - Meeting ID 934 1882 0571 · Passcode 482913');
    expect(md).toContain('  - 13:00–13:45 · Rita Silva · The team and the role');
    expect(md).toContain('  - 13:45–14:30 · Case study');
    expect(md).not.toContain('No interview scheduled yet');
    const bad = await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/brief?format=md&timeZone=Mars/Olympus` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { field: string } }>().error.field).toBe('timeZone');
  });

  it('serves the brief as a standalone print page: escaped, no scripts, print CSS, its own CSP', async () => {
    const res = await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/brief` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(String(res.headers['content-security-policy'])).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
    const html = res.body;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('@page');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Harbour &amp; Co &lt;Labs&gt;');
    expect(html).not.toContain('<Labs>');
    for (const heading of [
      'Employer snapshot',
      'People',
      'Talking points',
      'Questions to ask',
      'Closing',
      'Before you leave',
      'Logistics',
    ]) {
      expect(html).toContain(`>${heading}</h2>`);
    }
    const plan = (await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/question-plan` })).json<QuestionPlan>();
    expect(html).toContain(`<blockquote>${escapeHtml(plan.closingLine)}</blockquote>`);
  });

  it('refuses an unknown brief format naming the field, and 404s an unknown opportunity', async () => {
    const res = await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/brief?format=pdf` });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe('format');
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${uuidv7()}/brief` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${uuidv7()}/housekeeping` })).statusCode).toBe(404);
  });
});
