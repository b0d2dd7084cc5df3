import { describe, expect, it } from 'vitest';
import { parseDate, relativeDays } from './dates.js';
import { employmentType, remotePolicyInText } from './kinds.js';
import { parseAmount } from './numbers.js';
import { cleanPlace, formatAddress, looksLikePlace } from './places.js';
import { findSalary, salaryIn } from './salary.js';

const pay = (line: string) => {
  const s = salaryIn(line, true);
  return s && { min: s.min, max: s.max, currency: s.currency, period: s.period };
};

describe('parseAmount', () => {
  it.each([
    ['120,000', 120000],
    ['120.000', 120000],
    ['120 000', 120000],
    ['28.50', 28.5],
    ['45,5', 45.5],
    ['120k', 120000],
    ['1.2m', 1200000],
    ['12,00,000', 1200000],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
  ])('%s → %d', (raw, value) => expect(parseAmount(raw)).toBe(value));
});

describe('salaryIn', () => {
  it.each([
    ['$120,000 - $150,000 a year', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['£45k–£55k p.a.', { min: 45000, max: 55000, currency: 'GBP', period: 'year' }],
    ['€ 4.500 brutto/Monat', { min: 4500, max: 4500, currency: 'EUR', period: 'month' }],
    ['CAD 90,000 to 110,000', { min: 90000, max: 110000, currency: 'CAD', period: 'year' }],
    ['$35–45/hr', { min: 35, max: 45, currency: 'USD', period: 'hour' }],
    ['up to 90K USD', { min: null, max: 90000, currency: 'USD', period: 'year' }],
    ['From £30,000', { min: 30000, max: null, currency: 'GBP', period: 'year' }],
    ['$105K/yr - $130K/yr', { min: 105000, max: 130000, currency: 'USD', period: 'year' }],
    ['120-150k USD', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['£550 - £600 per day', { min: 550, max: 600, currency: 'GBP', period: 'day' }],
    ['$1,000 per week', { min: 52000, max: 52000, currency: 'USD', period: 'year' }],
    ['USD 45000-52000', { min: 45000, max: 52000, currency: 'USD', period: 'year' }],
    ['€45000 brutto', { min: 45000, max: 45000, currency: 'EUR', period: 'year' }],
    ['A$95,000 – A$105,000 + super', { min: 95000, max: 105000, currency: 'AUD', period: 'year' }],
  ])('%s', (line, want) => expect(pay(line)).toEqual(want));

  it('does not read funding, head counts or years as pay', () => {
    expect(
      findSalary(['We raised $40M in our Series B last year.', 'Founded in 2015, we are 300 employees.', 'Join us in 2026!']),
    ).toBeNull();
  });

  it('prefers the line that talks about pay', () => {
    expect(findSalary(['We serve $2B of payments a year.', 'The salary range is $90,000–$110,000.'])).toEqual({
      min: 90000,
      max: 110000,
      currency: 'USD',
      period: 'year',
    });
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-03-02T09:00:00Z', '2026-03-02'],
    ['March 3, 2026', '2026-03-03'],
    ['3rd of March 2026', '2026-03-03'],
    ['12 März 2026', '2026-03-12'],
    ['03/04/2026', '2026-03-04'],
    ['28/03/2026', '2026-03-28'],
    ['03.04.2026', '2026-04-03'],
    ['2026/3/9', '2026-03-09'],
    ['9-Mar-26', '2026-03-09'],
  ])('%s → %s', (text, date) => expect(parseDate(text)).toBe(date));

  it('reads numeric dates day first when told, and refuses impossible dates', () => {
    expect(parseDate('03/04/2026', true)).toBe('2026-04-03');
    expect(parseDate('31/02/2026')).toBeNull();
    expect(parseDate('no date here')).toBeNull();
  });

  it('counts days back for relative dates', () => {
    expect(relativeDays('Posted 3 days ago')).toBe(3);
    expect(relativeDays('30+ days ago')).toBe(30);
    expect(relativeDays('Just posted')).toBe(0);
    expect(relativeDays('a week ago')).toBe(7);
  });
});

describe('kinds', () => {
  it('maps schema.org and written employment types', () => {
    expect(employmentType('FULL_TIME')).toBe('full-time');
    expect(employmentType(['CONTRACTOR', 'FULL_TIME'])).toBe('contract');
    expect(employmentType('Part-time')).toBe('part-time');
    expect(employmentType('Werkstudent')).toBe('internship');
    expect(employmentType(null)).toBeNull();
    expect(employmentType('FULL_TIME, PART_TIME')).toBe('full-time');
    expect(employmentType('Part-time or full-time')).toBe('part-time');
  });

  it('reads the remote policy from phrases, not from look-alike words', () => {
    expect(remotePolicyInText('We run a hybrid cloud platform. The role is on-site in Leeds.')).toBe('onsite');
    expect(remotePolicyInText('Two days a week in the office, the rest from home.')).toBe('hybrid');
    expect(remotePolicyInText('This is a fully remote role.')).toBe('remote');
    expect(remotePolicyInText('This is not a remote position.')).toBe('onsite');
    expect(remotePolicyInText('We monitor remote sensors.')).toBeNull();
  });
});

describe('places', () => {
  it('formats addresses as "City, ST" or "City, Country"', () => {
    expect(formatAddress('Austin', 'TX', 'US')).toBe('Austin, TX');
    expect(formatAddress('Austin', 'Texas', 'US')).toBe('Austin, TX');
    expect(formatAddress('Berlin', 'Berlin', 'DE')).toBe('Berlin, Germany');
    expect(formatAddress(undefined, undefined, 'GB')).toBe('UK');
  });

  it('cleans remote marks and tells places from other lines', () => {
    expect(cleanPlace('Toronto, ON (Hybrid)')).toBe('Toronto, ON');
    expect(cleanPlace('Remote (US)')).toBeNull();
    expect(cleanPlace('Leeds studio (office based)')).toBe('Leeds');
    expect(looksLikePlace('Columbus, OH 43215')).toBe(true);
    expect(looksLikePlace('Senior Engineer')).toBe(false);
  });
});
