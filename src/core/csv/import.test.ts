import { describe, expect, it } from 'vitest';
import { planImport, stageOf } from './import.js';
import { parseCsv } from './read.js';

describe('planImport', () => {
  it('recognises LinkedIn\'s "Job Applications" export by its headers', () => {
    const csv =
      'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers\n' +
      '3/14/26 9:05 AM,,,Northwind Labs,Data Engineer,https://www.linkedin.com/jobs/view/123,cv.pdf,\n';
    const plan = planImport(parseCsv(csv));
    expect(plan.preset).toBe('linkedin');
    expect(plan.rows).toEqual([
      {
        line: 2,
        employerName: 'Northwind Labs',
        roleTitle: 'Data Engineer',
        stage: 'applied',
        appliedOn: '2026-03-14',
        sourceUrl: 'https://www.linkedin.com/jobs/view/123',
        location: null,
        salary: null,
        contact: null,
        notes: null,
      },
    ]);
  });

  it('reads a messy spreadsheet: header below a title row, statuses, dates, and bad rows with line and reason', () => {
    const csv = [
      'My job hunt 2026;;;;',
      'Company;Position;Status;Date applied;Salary',
      'Acme;Clerk;Interviewing;2026-02-01;£30k - £35k',
      ';Nobody;Applied;;',
      'Beta;Analyst;Maybe later?;;',
      'Gamma;Buyer;Rejected;31/02/2026;',
      'Delta;Baker;wishlist;;;extra',
    ].join('\n');
    const plan = planImport(parseCsv(csv));
    expect(plan.mapping).toMatchObject({
      employerName: 'Company',
      roleTitle: 'Position',
      stage: 'Status',
      appliedOn: 'Date applied',
      salary: 'Salary',
    });
    expect(plan.rows.map((r) => [r.employerName, r.stage, r.appliedOn])).toEqual([['Acme', 'interviewing', '2026-02-01']]);
    expect(plan.rows[0]!.salary).toEqual({ min: 30000, max: 35000, currency: 'GBP', period: 'year' });
    expect(plan.bad).toEqual([
      { line: 4, reason: 'no company name' },
      { line: 5, reason: 'unknown status "Maybe later?"' },
      { line: 6, reason: 'unreadable date "31/02/2026"' },
      { line: 7, reason: '6 cells where the header has 5' },
    ]);
  });

  it('says so when there is no header', () => {
    expect(planImport(parseCsv('1,2,3\n4,5,6')).bad[0]!.reason).toMatch(/no header row/);
  });

  it('maps common tracker statuses to stages', () => {
    expect(['Wishlist', 'Applied', 'Phone screen', 'Offer', 'Accepted', 'Rejected', 'Withdrawn'].map(stageOf)).toEqual([
      'lead',
      'applied',
      'interviewing',
      'offer',
      'accepted',
      'rejected',
      'withdrawn',
    ]);
    expect(['To apply', 'Not yet applied', 'Not started', 'Applying', 'Negotiating', 'No response'].map(stageOf)).toEqual([
      'lead',
      'lead',
      'lead',
      'applied',
      'offer',
      'rejected',
    ]);
  });
});
