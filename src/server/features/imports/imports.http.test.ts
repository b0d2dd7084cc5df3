import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CsvImportResult, CsvPreview, ImportList } from '../../../contracts/imports.js';
import type { Opportunity, OpportunityList } from '../../../contracts/opportunities.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

const sample = (name: string) => readFileSync(new URL(`../../../../test/data/csv/${name}`, import.meta.url)).toString('base64');
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe.each(DIALECTS)('CSV import over HTTP on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const count = async () =>
    (await t.request({ method: 'GET', url: '/api/opportunities?archived=all&limit=1000' })).json<OpportunityList>().items.length;
  const preview = (payload: object) => t.request({ method: 'POST', url: '/api/imports/csv/preview', payload });

  it('previews a Huntr export (saves nothing), imports it in one go with a skipped row, and undoes it as one action', async () => {
    const existing = await t.request({
      method: 'POST',
      url: '/api/opportunities',
      payload: buildOpportunityInput({ employerName: 'Contoso', roleTitle: 'Product Analyst', sourceUrl: null }),
    });
    const before = await count();
    const res = await preview({ fileName: 'huntr.csv', bytes: sample('huntr.csv') });
    expect(res.statusCode).toBe(200);
    const p = res.json<CsvPreview>();
    expect(p).toMatchObject({ encoding: 'utf-8', delimiter: ',', headerLine: 1, preset: 'huntr', presetLabel: 'Huntr', recognised: true });
    expect(p.rows).toHaveLength(5);
    expect(p.rows[1]!.duplicate).toEqual({
      reason: 'same-employer-similar-title',
      opportunityId: existing.json<Opportunity>().id,
      line: null,
      what: 'Product Analyst at Contoso',
    });
    expect(p.rows[0]!.status).toBe('Applied');
    expect(await count()).toBe(before);

    const done = await t.request({
      method: 'POST',
      url: '/api/imports/csv',
      payload: { fileName: 'huntr.csv', bytes: sample('huntr.csv'), statusMap: { Interview: 'applied' }, skip: [3] },
    });
    expect(done.statusCode).toBe(201);
    const result = done.json<CsvImportResult>();
    expect(result).toMatchObject({ added: 4, skipped: 1, bad: [], import: { fileName: 'huntr.csv', preset: 'huntr', opportunities: 4 } });
    expect(await count()).toBe(before + 4);
    const list = (await t.request({ method: 'GET', url: '/api/opportunities?archived=all&limit=1000' })).json<OpportunityList>().items;
    expect(list.find((o) => o.employerName === 'Fabrikam')!.stage).toBe('applied');
    const northwind = list.find((o) => o.employerName === 'Northwind Labs')!;
    const timeline = (await t.request({ method: 'GET', url: `/api/opportunities/${northwind.id}/timeline` })).json<{
      items: { at: string }[];
    }>().items;
    expect(timeline.map((e) => e.at.slice(0, 10))).toEqual(['2026-02-01', '2026-02-03']);
    const people = (await t.request({ method: 'GET', url: '/api/people' })).json<{ items: { name: string }[] }>();
    expect(people.items.map((x) => x.name)).toContain('Priya Shah');
    const imports = (await t.request({ method: 'GET', url: '/api/imports' })).json<ImportList>();
    expect(imports.items[0]).toMatchObject({ id: result.import.id, opportunities: 4 });

    const undo = await t.request({ method: 'DELETE', url: `/api/imports/${result.import.id}` });
    expect(undo.statusCode).toBe(200);
    expect(undo.json()).toEqual({ removed: 4 });
    expect(await count()).toBe(before);
    const peopleAfter = (await t.request({ method: 'GET', url: '/api/people' })).json<{ items: { name: string }[] }>();
    expect(peopleAfter.items.map((x) => x.name)).not.toContain('Priya Shah');
    expect((await t.request({ method: 'GET', url: '/api/search?q=Tailspin' })).body).not.toContain('Platform Engineer');
    expect((await t.request({ method: 'DELETE', url: `/api/imports/${result.import.id}` })).statusCode).toBe(404);
  });

  it('a messy spreadsheet: columns chosen by hand, statuses mapped, bad rows listed with line and reason while good rows import', async () => {
    const first = (await preview({ fileName: 'messy.csv', bytes: sample('messy.csv') })).json<CsvPreview>();
    expect(first).toMatchObject({
      delimiter: ';',
      headerLine: 3,
      recognised: false,
      columns: ['Firm', 'Job', 'Where', 'Progress', 'When', 'Pay'],
      rows: [],
    });
    const choices = {
      mapping: { employerName: 'Firm', roleTitle: 'Job', stage: 'Progress', appliedOn: 'When' },
      statusMap: { 'call booked': 'interviewing', 'waiting to hear back': 'applied' },
    };
    const done = await t.request({
      method: 'POST',
      url: '/api/imports/csv',
      payload: { fileName: 'messy.csv', bytes: sample('messy.csv'), ...choices },
    });
    expect(done.statusCode).toBe(201);
    expect(done.json<CsvImportResult>()).toMatchObject({
      added: 3,
      bad: [{ line: 7, reason: 'unknown status "no"' }],
      import: { preset: 'generic' },
    });
    await t.request({ method: 'DELETE', url: `/api/imports/${done.json<CsvImportResult>().import.id}` });
  });

  it('flags a row repeating an earlier one in the same file', async () => {
    const csv =
      'Company,Title,URL\nZeta,Data Engineer,https://zeta.example/1\nZeta,Senior Data Engineer,https://zeta.example/2\nEta,Clerk,https://zeta.example/1\n';
    const p = (await preview({ fileName: 'x.csv', bytes: b64(csv) })).json<CsvPreview>();
    expect(p.rows.map((r) => r.duplicate?.reason ?? null)).toEqual([null, 'earlier-in-file', 'earlier-in-file']);
    expect(p.rows[2]!.duplicate).toMatchObject({ line: 2, what: 'line 2' });
  });

  it('refuses bad files with a 400 naming the problem, and writes nothing', async () => {
    const before = await count();
    const cases: [object, RegExp][] = [
      [{ fileName: 'e.csv', bytes: '' }, /empty/],
      [{ fileName: 'e.csv', bytes: b64('  \n\n') }, /empty/],
      [{ fileName: 'x.csv', bytes: 'not base64!' }, /base64/],
      [{ fileName: 'p.txt', bytes: b64('Dear hiring manager, I am writing to apply.') }, /does not look like a CSV table/],
      [{ fileName: 'w.xlsx', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).toString('base64') }, /workbook.*save it as CSV/],
      [
        {
          fileName: 'u32.csv',
          bytes: Buffer.from('Company,Title\nAcme,Dev\n'.split('').flatMap((c) => [c.charCodeAt(0), 0, 0, 0])).toString('base64'),
        },
        /not text in UTF-8, UTF-16 or Windows-1252/,
      ],
      [{ fileName: 'x.csv', bytes: b64('Company,Title\n'), preset: 'excel' }, /./],
    ];
    for (const [payload, message] of cases) {
      for (const url of ['/api/imports/csv/preview', '/api/imports/csv']) {
        const res = await t.request({ method: 'POST', url, payload });
        expect(res.statusCode, `${url} ${JSON.stringify(payload).slice(0, 80)}`).toBe(400);
        const error = res.json<{ error: { message: string; field?: string } }>().error;
        expect(error.message).toMatch(message);
        expect(['bytes', 'preset']).toContain(error.field);
      }
    }
    const nothing = await t.request({
      method: 'POST',
      url: '/api/imports/csv',
      payload: { fileName: 'x.csv', bytes: b64('Company,Title\n,Dev\n') },
    });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json<{ error: { message: string } }>().error.message).toMatch(/line 2: no company name/);
    expect(await count()).toBe(before);
    expect(
      (await t.request({ method: 'GET', url: '/api/imports' }))
        .json<ImportList>()
        .items.every((i) => i.opportunities === 0 || i.fileName !== 'x.csv'),
    ).toBe(true);
  });

  it('a 50 MB hostile CSV (formula cells, ragged rows, invalid bytes) is refused with 413 naming the size, and nothing changes', async () => {
    const before = await count();
    const line = Buffer.concat([
      Buffer.from('=HYPERLINK("http://evil.example"),@SUM(A1:A9),+1,-2,"unclosed,\xff\xfe\x00bad\n', 'latin1'),
      Buffer.from('a,b\n'),
    ]);
    const bytes = Buffer.concat([Buffer.from('Company,Title,Status\n'), Buffer.alloc(50 * 1024 * 1024, line)]);
    const heapBefore = process.memoryUsage().heapUsed;
    for (const url of ['/api/imports/csv/preview', '/api/imports/csv']) {
      const res = await t.request({ method: 'POST', url, payload: { fileName: 'big.csv', bytes: bytes.toString('base64') } });
      expect(res.statusCode).toBe(413);
      expect(res.json<{ error: { message: string } }>().error.message).toMatch(/CSV file is larger than 5 MB; nothing was imported/);
    }
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(400 * 1024 * 1024);
    expect(await count()).toBe(before);
    // Just under the limit, the same hostile content is read and answered with its bad rows, quickly.
    const small = bytes.subarray(0, 4 * 1024 * 1024);
    const started = Date.now();
    const res = await preview({ fileName: 'hostile.csv', bytes: small.toString('base64') });
    expect([200, 400]).toContain(res.statusCode);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await count()).toBe(before);
  }, 60_000);

  it('export → import keeps every exported field', async () => {
    const made = await t.request({
      method: 'POST',
      url: '/api/opportunities',
      payload: buildOpportunityInput({
        employerName: '=Round Trip & Co',
        roleTitle: 'Analyst, "Senior"',
        sourceUrl: 'https://jobs.example/rt',
        location: 'Zürich',
        remotePolicy: 'hybrid',
        salaryMin: 90000,
        salaryMax: 110000,
        salaryCurrency: 'CHF',
        salaryPeriod: 'year',
        nextAction: '@call them',
        nextActionDue: '2026-05-01',
        excitement: 4,
        jobDescription: 'Line one\nLine two, with "quotes"',
      }),
    });
    const o = made.json<Opportunity>();
    await t.request({ method: 'PATCH', url: `/api/opportunities/${o.id}`, payload: { stage: 'applied' } });
    await t.request({ method: 'PATCH', url: `/api/opportunities/${o.id}`, payload: { stage: 'interviewing' } });
    const person = await t.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Ana Núñez', email: 'ana@example.org', role: 'recruiter' },
    });
    await t.request({ method: 'PUT', url: `/api/opportunities/${o.id}/people/${person.json<{ id: string }>().id}` });
    const archived = await t.request({
      method: 'POST',
      url: '/api/opportunities',
      payload: buildOpportunityInput({ employerName: 'Old Co', roleTitle: 'Clerk' }),
    });
    await t.request({ method: 'POST', url: `/api/opportunities/${archived.json<Opportunity>().id}/archive` });

    const exported = (await t.request({ method: 'GET', url: '/api/opportunities/export.csv' })).rawPayload;
    const ids = (await t.request({ method: 'GET', url: '/api/opportunities?archived=all&limit=1000' }))
      .json<OpportunityList>()
      .items.map((x) => x.id);
    for (const id of ids) await t.request({ method: 'DELETE', url: `/api/opportunities/${id}` });
    const p = (await preview({ fileName: 'export.csv', bytes: exported.toString('base64') })).json<CsvPreview>();
    expect(p).toMatchObject({ preset: 'offerbook', encoding: 'utf-8', bad: [] });
    const done = await t.request({
      method: 'POST',
      url: '/api/imports/csv',
      payload: { fileName: 'export.csv', bytes: exported.toString('base64') },
    });
    expect(done.statusCode).toBe(201);
    const again = (await t.request({ method: 'GET', url: '/api/opportunities/export.csv' })).rawPayload;
    expect(again.toString('utf8')).toBe(exported.toString('utf8'));
  });
});
