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
    opp = (await t.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput({ employerName: 'Harbour & Co <Labs>', roleTitle: 'Data Analyst' }) })).json<Opportunity>();
    await t.request({ method: 'POST', url: `/api/employers/${opp.employerId}/facts`, payload: { topic: 'products-and-services', statement: 'Sells **tide-prediction** software to ports' } });
    await t.request({ method: 'PUT', url: `/api/opportunities/${opp.id}/fit`, payload: { ratings: [{ key: 'growth', rating: 'great', evidence: 'A funded training budget for every analyst' }] } });
    rita = (await t.request({ method: 'POST', url: '/api/people', payload: { name: 'Rita Silva', title: 'Talent Partner', role: 'recruiter', opportunityIds: [opp.id] } })).json<Person>();
    await t.request({ method: 'POST', url: `/api/opportunities/${opp.id}/question-plan/items`, payload: { text: 'What does a good first quarter look like?', interviewerPersonId: rita.id } });
    await t.request({ method: 'POST', url: `/api/opportunities/${opp.id}/question-plan/items`, payload: { text: 'What do you sell?' } });
  });
  afterAll(() => t.close());

  const hkUrl = () => `/api/opportunities/${opp.id}/housekeeping`;
  const housekeeping = async () => (await t.request({ method: 'GET', url: hkUrl() })).json<Housekeeping>();

  it('starts with empty housekeeping answers', async () => {
    expect(await housekeeping()).toMatchObject({ opportunityId: opp.id, nextSteps: '', decisionDate: null, preferredChannel: null, updatedAt: null });
  });

  it('saves housekeeping fields; fields left out keep their value', async () => {
    const first = await t.request({ method: 'PUT', url: hkUrl(), payload: { nextSteps: 'Panel with the team', decisionDate: '2026-12-10', candidateCount: 4 } });
    expect(first.statusCode).toBe(200);
    const second = (await t.request({
      method: 'PUT',
      url: hkUrl(),
      payload: { bestContact: 'Rita', bestContactPersonId: rita.id, preferredChannel: 'email', preferredTiming: 'Tuesday mornings', contactEmail: 'rita@example.org', contactPhone: '+351 21 000 0000' },
    })).json<Housekeeping>();
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
    for (const heading of ['Employer snapshot', 'People', 'Talking points', 'Questions to ask', 'Closing', 'Before you leave', 'Logistics']) {
      expect(md).toContain(`## ${heading}`);
    }
    expect(md).toContain('# Data Analyst at Harbour & Co <Labs>');
    expect(md).toContain('Sells tide-prediction software to ports');
    expect(md).toContain('Rita Silva, Talent Partner (recruiter)');
    expect(md).toContain('1. Growth: A funded training budget for every analyst');
    expect(md).toContain('### Rita Silva (recruiter)\n\n- [ ] What does a good first quarter look like?');
    expect(md).toContain('### Not yet assigned\n\n- [ ] What do you sell?');
    // The closing line never cites private fit evidence (it stays in the talking points only).
    expect(md).toContain('Is there anything in my background that gives you pause?');
    expect(md).not.toContain('a funded training budget for every analyst');
    expect(md).toContain('— Panel with the team');
    expect(md).toContain('Lisbon (hybrid)');
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
    for (const heading of ['Employer snapshot', 'People', 'Talking points', 'Questions to ask', 'Closing', 'Before you leave', 'Logistics']) {
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
