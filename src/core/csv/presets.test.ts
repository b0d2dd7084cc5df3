import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planImport } from './import.js';
import { PRESETS } from './presets.js';
import { decodeCsv, parseCsv } from './read.js';

const sample = (name: string) =>
  parseCsv(decodeCsv(new Uint8Array(readFileSync(new URL(`../../../test/data/csv/${name}`, import.meta.url)))).text);

describe('presets on their sample exports (test/data/csv)', () => {
  it('Huntr: the List column is the stage, dates added and applied, description and contacts', () => {
    const plan = planImport(sample('huntr.csv'));
    expect(plan.preset).toBe('huntr');
    expect(plan.bad).toEqual([]);
    expect(plan.rows.map((r) => [r.employerName, r.roleTitle, r.stage])).toEqual([
      ['Northwind Labs', 'Senior Data Engineer', 'applied'],
      ['Contoso', 'Product Analyst', 'lead'],
      ['Fabrikam', 'Backend Developer', 'interviewing'],
      ['Tailspin', 'Platform Engineer', 'offer'],
      ['Litware', 'QA Engineer', 'rejected'],
    ]);
    expect(plan.rows[0]).toMatchObject({
      appliedOn: '2026-02-03',
      addedOn: '2026-02-01',
      location: 'Berlin, Germany',
      sourceUrl: 'https://jobs.northwind.example/de/42',
      jobDescription: 'Build the pipelines.',
      notes: 'Referred by Sam',
    });
    expect(plan.rows[0]!.salary).toMatchObject({ min: 70000, max: 85000, currency: 'EUR' });
    expect(plan.rows[2]!.contact).toBe('Priya Shah <priya@fabrikam.example>');
    expect(plan.statuses).toEqual([
      { status: 'Applied', count: 1, stage: 'applied' },
      { status: 'Wishlist', count: 1, stage: 'lead' },
      { status: 'Interview', count: 1, stage: 'interviewing' },
      { status: 'Offer', count: 1, stage: 'offer' },
      { status: 'Rejected', count: 1, stage: 'rejected' },
    ]);
  });

  it('Teal: job position, min and max salary, excitement, follow-up date, its own statuses', () => {
    const plan = planImport(sample('teal.csv'));
    expect(plan.preset).toBe('teal');
    expect(plan.bad).toEqual([]);
    expect(plan.rows.map((r) => r.stage)).toEqual(['lead', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn']);
    expect(plan.rows[0]).toMatchObject({
      roleTitle: 'Frontend Engineer',
      salaryMin: 90000,
      salaryMax: 110000,
      excitement: 4,
      addedOn: '2026-01-15',
      jobDescription: 'React and TypeScript.',
    });
    expect(plan.rows[1]).toMatchObject({ appliedOn: '2026-01-12', nextActionDue: '2026-01-19', notes: 'Asked about visa' });
  });

  it('Simplify: company name, applied date, job URL, hourly pay', () => {
    const plan = planImport(sample('simplify.csv'));
    expect(plan.preset).toBe('simplify');
    expect(plan.bad).toEqual([]);
    expect(plan.rows.map((r) => [r.employerName, r.stage, r.appliedOn])).toEqual([
      ['Blue Yonder Airlines', 'applied', '2026-03-01'],
      ["Margie's Travel", 'interviewing', '2026-02-20'],
      ['Trey Research', 'lead', null],
      ['Woodgrove Bank', 'rejected', '2026-01-15'],
    ]);
    expect(plan.rows[0]!.salary).toMatchObject({ min: 45, currency: 'USD', period: 'hour' });
  });

  it('LinkedIn "Job Applications": every row applied on its date, the contact email kept', () => {
    const plan = planImport(sample('linkedin.csv'));
    expect(plan.preset).toBe('linkedin');
    expect(plan.rows.map((r) => [r.employerName, r.stage, r.appliedOn, r.contact])).toEqual([
      ['Northwind Labs', 'applied', '2026-03-14', null],
      ['Graphic Design Institute', 'applied', '2026-03-10', 'talent@graphic.example'],
      ['First Up Consultants', 'applied', '2026-02-28', null],
    ]);
  });

  it('a Notion or Airtable table: Name is the role, dates in words, an unknown status named with its line until mapped', () => {
    const plan = planImport(sample('notion.csv'));
    expect(plan.preset).toBe('table');
    expect(plan.rows.map((r) => [r.roleTitle, r.employerName, r.stage, r.appliedOn, r.addedOn])).toEqual([
      ['Site Reliability Engineer', 'VanArsdel', 'applied', '2026-03-03', '2026-03-01'],
      ['Support Lead', 'Relecloud', 'interviewing', '2026-02-20', '2026-02-18'],
    ]);
    expect(plan.bad).toEqual([{ line: 4, reason: 'unknown status "On hold"' }]);
    const mapped = planImport(sample('notion.csv'), { statusMap: { 'On hold': 'lead' } });
    expect(mapped.rows).toHaveLength(3);
    expect(mapped.statuses.find((s) => s.status === 'On hold')).toEqual({ status: 'On hold', count: 1, stage: 'lead' });
  });

  it('a messy spreadsheet: the header found below a title, columns unknown until mapped, dates day first', () => {
    const unmapped = planImport(sample('messy.csv'));
    expect(unmapped.preset).toBe('generic');
    expect(unmapped.columns).toEqual(['Firm', 'Job', 'Where', 'Progress', 'When', 'Pay']);
    expect(unmapped.headerLine).toBe(3);
    expect(unmapped.rows).toEqual([]);
    expect(unmapped.bad).toEqual([{ line: 3, reason: 'choose the columns that hold the company and the job title' }]);
    const plan = planImport(sample('messy.csv'), {
      mapping: { employerName: 'Firm', roleTitle: 'Job', location: 'Where', stage: 'Progress', appliedOn: 'When', salary: 'Pay' },
      statusMap: { 'waiting to hear back': 'applied', 'call booked': 'interviewing' },
    });
    expect(plan.rows.map((r) => [r.employerName, r.stage, r.appliedOn])).toEqual([
      ['Acme Rockets', 'applied', '2026-02-05'],
      ['Globex', 'applied', '2026-02-12'],
      ['Initech', 'interviewing', '2026-02-20'],
    ]);
    expect(plan.bad).toEqual([{ line: 7, reason: 'unknown status "no"' }]);
  });

  it('a generic spreadsheet saved by Excel: Windows-1252, semicolons, day-first dates, common column names', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../../test/data/csv/generic-excel.csv', import.meta.url)));
    const { text, encoding } = decodeCsv(bytes);
    expect(encoding).toBe('windows-1252');
    const plan = planImport(parseCsv(text));
    expect(plan.preset).toBe('generic');
    expect(plan.mapping).toEqual({
      employerName: 'Company',
      roleTitle: 'Position',
      stage: 'Status',
      appliedOn: 'Date applied',
      sourceUrl: 'Link',
      location: 'Location',
      salary: 'Salary',
      notes: 'Notes',
    });
    expect(plan.bad).toEqual([]);
    expect(plan.rows.map((r) => [r.employerName, r.stage, r.appliedOn])).toEqual([
      ['Société Générale', 'applied', '2026-02-03'],
      ['Zürich Re', 'interviewing', '2026-01-14'],
      ['Brightside', 'lead', null],
    ]);
    expect(plan.rows[0]!.notes).toBe('Rencontre au salon – très bien');
    expect(plan.rows[0]!.salary).toMatchObject({ min: 55000, currency: 'EUR' });
  });

  it('every preset but the generic one has a sample that it is recognised on', () => {
    const samples: Record<string, string> = {
      huntr: 'huntr.csv',
      teal: 'teal.csv',
      simplify: 'simplify.csv',
      linkedin: 'linkedin.csv',
      table: 'notion.csv',
    };
    for (const p of PRESETS.filter((x) => x.name !== 'generic' && x.name !== 'offerbook'))
      expect(planImport(sample(samples[p.name]!)).preset).toBe(p.name);
  });
});
