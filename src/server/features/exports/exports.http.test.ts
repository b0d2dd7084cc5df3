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
    }
    else if (c === '\r' && text[i + 1] === '\n') {
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
      payload: buildOpportunityInput({ employerName: '=HYPERLINK("http://evil.example","Zoë & Co")', roleTitle: 'Analyst, "Senior"', sourceUrl: 'https://jobs.example/1', nextAction: '@call them', nextActionDue: '2026-05-01', salaryMin: 50000, salaryMax: 60000, salaryCurrency: 'EUR', salaryPeriod: 'year', jobDescription: 'Line one\nLine two' }),
    });
    const o = made.json<Opportunity>();
    await t.request({ method: 'PATCH', url: `/api/opportunities/${o.id}`, payload: { stage: 'applied' } });
    const person = await t.request({ method: 'POST', url: '/api/people', payload: { name: 'Ana Núñez', email: 'ana@example.org', role: 'recruiter' } });
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
});
