import { describe, expect, it } from 'vitest';
import { PutOffer, type Offer } from '../../../contracts/offers.js';
import { deadlineCountdown, formatMoney, offerBody, offerDraft, quotedPay, restoreBody, whereText } from './model.js';

const offer: Offer = {
  id: '00000000-0000-7000-8000-00000000000a',
  opportunityId: '00000000-0000-7000-8000-00000000000b',
  employerName: 'Alpha',
  roleTitle: 'Engineer',
  stage: 'offer',
  basePay: 7000,
  currency: 'EUR',
  payPeriod: 'month',
  yearlyPay: 84000,
  bonus: '10%',
  equity: '',
  benefits: 'Pension',
  startDate: '2026-07-01',
  location: 'Lisbon',
  remotePolicy: 'hybrid',
  deadline: '2026-05-11',
  status: 'pending',
  notes: 'Ask about relocation',
  createdAt: '2026-05-01T00:00:00.000Z',
  updatedAt: '2026-05-01T00:00:00.000Z',
};
const opportunity = { location: 'Porto', remotePolicy: 'remote' as const, salaryCurrency: 'EUR', salaryPeriod: 'year' as const };

describe('offer form model', () => {
  it('starts a new offer from the opportunity and an existing one from its terms', () => {
    expect(offerDraft(null, opportunity)).toMatchObject({
      basePay: '',
      currency: 'EUR',
      payPeriod: 'year',
      location: 'Porto',
      remotePolicy: 'remote',
    });
    expect(offerDraft(offer, opportunity)).toMatchObject({
      basePay: '7000',
      payPeriod: 'month',
      location: 'Lisbon',
      deadline: '2026-05-11',
    });
  });

  it('builds a body the API contract accepts, reading "90,000" as a number and upper-casing the currency', () => {
    const { body, errors } = offerBody({ ...offerDraft(offer, opportunity), basePay: '90,000', currency: 'usd', payPeriod: 'year' });
    expect(errors).toEqual({});
    expect(body).toMatchObject({ basePay: 90000, currency: 'USD', payPeriod: 'year', remotePolicy: 'hybrid' });
    expect(PutOffer.safeParse(body).success).toBe(true);
    expect(
      PutOffer.safeParse(offerBody(offerDraft(null, { location: null, remotePolicy: null, salaryCurrency: null, salaryPeriod: null })).body)
        .success,
    ).toBe(true);
  });

  it('names each bad field in plain words', () => {
    const draft = offerDraft(null, opportunity);
    expect(offerBody({ ...draft, basePay: '12.5' }).errors).toEqual({ basePay: 'Enter a whole amount, digits only.' });
    expect(offerBody({ ...draft, basePay: '1000', currency: '' }).errors).toEqual({ currency: 'Give the currency of the pay.' });
    expect(offerBody({ ...draft, currency: 'EURO' }).errors).toEqual({ currency: 'Use a three-letter code such as EUR or USD.' });
    expect(offerBody({ ...draft, basePay: '1000', payPeriod: '' }).errors).toEqual({ payPeriod: 'Choose how often it is paid.' });
    expect(offerBody({ ...draft, deadline: '11/05' }).errors).toEqual({ deadline: 'Enter a date.' });
    expect(offerBody({ ...draft, location: 'x'.repeat(201) }).errors).toEqual({ location: 'Keep it under 200 characters.' });
  });

  it('restores a deleted offer with its own id and terms', () => {
    const body = restoreBody(offer);
    expect(body).toMatchObject({ id: offer.id, basePay: 7000, notes: 'Ask about relocation' });
    expect(PutOffer.safeParse(body).success).toBe(true);
  });
});

describe('deadlineCountdown', () => {
  it.each([
    ['2026-05-11', 'Deadline passed 2 days ago', 'danger'],
    ['2026-05-12', 'Deadline passed yesterday', 'danger'],
    ['2026-05-13', 'Deadline today', 'danger'],
    ['2026-05-14', '1 day left to answer', 'warn'],
    ['2026-05-16', '3 days left to answer', 'warn'],
    ['2026-05-20', '7 days left to answer', 'accent'],
  ])('deadline %s on 13 May reads "%s"', (deadline, text, tone) => {
    expect(deadlineCountdown('2026-05-13', deadline)).toEqual({ text, tone });
  });

  it('is null without a deadline', () => {
    expect(deadlineCountdown('2026-05-13', null)).toBeNull();
  });
});

describe('pay and place text', () => {
  it('formats pay with its currency and period', () => {
    expect(quotedPay(offer)).toMatch(/^€7,000 a month$/);
    expect(quotedPay({ basePay: null, currency: null, payPeriod: null })).toBeNull();
    expect(formatMoney(1500, 'XYZ')).toMatch(/1,500/);
    expect(formatMoney(1500, null)).toBe('1,500');
  });

  it('joins location and remote policy', () => {
    expect(whereText(offer)).toBe('Lisbon · Hybrid');
    expect(whereText({ location: ' ', remotePolicy: null })).toBeNull();
  });
});
