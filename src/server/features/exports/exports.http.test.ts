import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../contracts/opportunities.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

/** Splits our CSV (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe.each(DIALECTS)('CSV export over HTTP on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('exports every opportunity with its stage history, contacts, next action and source; formulas neutralised; UTF-8 with BOM', async () => {
    const made = await t.request({
      method: 'POST',
      url: '/api/opportunities',
      payload: buildOpportunityInput({
        employerName: '=HYPERLINK("http://evil.example","Zoë & Co")',
        roleTitle: 'Analyst, "Senior"',
        sourceUrl: 'https://jobs.example/1',
        nextAction: '@call them',
        nextActionDue: '2026-05-01',
        salaryMin: 50000,
        salaryMax: 60000,
        salaryCurrency: 'EUR',
        salaryPeriod: 'year',
        jobDescription: 'Line one\nLine two',
      }),
    });
    const o = made.json<Opportunity>();
    await t.request({ method: 'PATCH', url: `/api/opportunities/${o.id}`, payload: { stage: 'applied' } });
    const person = await t.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Ana Núñez', email: 'ana@example.org', role: 'recruiter' },
    });
    expect(person.statusCode).toBe(201);
    await t.request({ method: 'PUT', url: `/api/opportunities/${o.id}/people/${person.json<{ id: string }>().id}` });

    const res = await t.request({ method: 'GET', url: '/api/opportunities/export.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="offerbook-opportunities-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, row] = parseCsv(res.body.replace(/^\ufeff/, ''));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('Employer')).toBe(`'=HYPERLINK("http://evil.example","Zoë & Co")`);
    expect(cell('Role')).toBe('Analyst, "Senior"');
    expect(cell('Stage')).toBe('applied');
    expect(cell('Applied on')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(cell('Stage history')).toMatch(/^lead \d{4}-\d{2}-\d{2}; applied \d{4}-\d{2}-\d{2}$/);
    expect(cell('Next action')).toBe("'@call them");
    expect(cell('Next action due')).toBe('2026-05-01');
    expect(cell('Contacts')).toBe('Ana Núñez <ana@example.org>');
    expect(cell('Source')).toBe('https://jobs.example/1');
    expect([cell('Salary from'), cell('Salary to'), cell('Currency'), cell('Per')]).toEqual(['50000', '60000', 'EUR', 'year']);
    expect(cell('Job description')).toBe('Line one\nLine two');
  });

  it('reports the applications made in a date range as JSON or CSV, and refuses a bad range naming the field', async () => {
    const made = await t.request({
      method: 'POST',
      url: '/api/opportunities',
      payload: buildOpportunityInput({ employerName: 'Report Co', roleTitle: 'Clerk', sourceUrl: 'https://jobs.example/r' }),
    });
    const o = made.json<Opportunity>();
    await t.request({ method: 'PATCH', url: `/api/opportunities/${o.id}`, payload: { stage: 'applied' } });
    await t.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput({ employerName: 'Lead Only' }) });
    const today = new Date().toISOString().slice(0, 10);
    const json = await t.request({ method: 'GET', url: `/api/reports/applications?from=2000-01-01&to=2100-01-01` });
    expect(json.statusCode).toBe(200);
    const items = json.json<{ items: { employer: string; appliedOn: string; channel: string; status: string; outcome: string }[] }>().items;
    expect(items.find((i) => i.employer === 'Report Co')).toMatchObject({
      appliedOn: today,
      channel: 'https://jobs.example/r',
      status: 'Applied',
      outcome: 'Pending',
    });
    expect(items.some((i) => i.employer === 'Lead Only')).toBe(false);
    const none = await t.request({ method: 'GET', url: '/api/reports/applications?from=2000-01-01&to=2000-12-31' });
    expect(none.json<{ items: unknown[] }>().items).toEqual([]);
    const csv = await t.request({ method: 'GET', url: `/api/reports/applications?from=${today}&to=${today}&format=csv` });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.startsWith('\ufeffDate applied,Employer,Role,Channel,Contact,Status,Outcome\r\n')).toBe(true);
    expect(csv.body).toContain(`${today},Report Co,Clerk,https://jobs.example/r,,Applied,Pending`);
    const bad = await t.request({ method: 'GET', url: '/api/reports/applications?from=2026-05-01&to=2026-04-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { field?: string } }>().error.field).toBe('from');
  });
});
