import { describe, expect, it } from 'vitest';
import { applicationsReport } from './applications.js';

const item = (over: Partial<Parameters<typeof applicationsReport>[0][number]>) => ({
  employerName: 'Acme',
  roleTitle: 'Clerk',
  appliedOn: '2026-03-05',
  sourceUrl: null,
  contacts: [],
  stage: 'applied',
  ...over,
});

describe('applicationsReport', () => {
  it('lists applications inside the range (inclusive), oldest first, with channel, contact, status and outcome', () => {
    const rows = applicationsReport(
      [
        item({
          employerName: 'B',
          appliedOn: '2026-03-31',
          stage: 'rejected',
          sourceUrl: 'https://jobs.example/1',
          contacts: ['Ana <ana@example.org>'],
        }),
        item({ employerName: 'A', appliedOn: '2026-03-01', stage: 'interviewing' }),
        item({ employerName: 'Early', appliedOn: '2026-02-28' }),
        item({ employerName: 'Never', appliedOn: null, stage: 'lead' }),
      ],
      '2026-03-01',
      '2026-03-31',
    );
    expect(rows).toEqual([
      {
        appliedOn: '2026-03-01',
        employer: 'A',
        role: 'Clerk',
        channel: 'Not recorded',
        contact: '',
        status: 'Interviewing',
        outcome: 'Pending',
      },
      {
        appliedOn: '2026-03-31',
        employer: 'B',
        role: 'Clerk',
        channel: 'https://jobs.example/1',
        contact: 'Ana <ana@example.org>',
        status: 'Rejected',
        outcome: 'Not successful',
      },
    ]);
  });
});
