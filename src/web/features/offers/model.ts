import { daysBetween } from '../../lib/dates.js';
import type { Offer, PayPeriod, PutOffer } from '../../../contracts/offers.js';
import type { Opportunity, RemotePolicy } from '../../../contracts/opportunities.js';
import type { FitRating } from '../../../contracts/priorities.js';

/** The offer form as typed: every field a string. */
export interface OfferDraft {
  basePay: string;
  currency: string;
  payPeriod: string;
  bonus: string;
  equity: string;
  benefits: string;
  startDate: string;
  location: string;
  remotePolicy: string;
  deadline: string;
  notes: string;
}
export type OfferField = keyof OfferDraft;

export const PAY_PERIODS: readonly { value: PayPeriod; label: string }[] = [
  { value: 'year', label: 'a year' },
  { value: 'month', label: 'a month' },
  { value: 'day', label: 'a day' },
  { value: 'hour', label: 'an hour' },
];
export const REMOTE_LABELS: Record<RemotePolicy, string> = { onsite: 'On site', hybrid: 'Hybrid', remote: 'Remote' };
export const RATING_LABELS: Record<FitRating, string> = { unknown: 'Unknown', poor: 'Poor', fair: 'Fair', good: 'Good', great: 'Great' };

/** The form's starting values: the saved offer, or for a new one the opportunity's location, policy and currency. */
export function offerDraft(
  offer: Offer | null,
  opportunity: Pick<Opportunity, 'location' | 'remotePolicy' | 'salaryCurrency' | 'salaryPeriod'>,
): OfferDraft {
  if (!offer) {
    return {
      basePay: '',
      currency: opportunity.salaryCurrency ?? '',
      payPeriod: opportunity.salaryPeriod ?? 'year',
      bonus: '',
      equity: '',
      benefits: '',
      startDate: '',
      location: opportunity.location ?? '',
      remotePolicy: opportunity.remotePolicy ?? '',
      deadline: '',
      notes: '',
    };
  }
  return {
    basePay: offer.basePay === null ? '' : String(offer.basePay),
    currency: offer.currency ?? '',
    payPeriod: offer.payPeriod ?? 'year',
    bonus: offer.bonus,
    equity: offer.equity,
    benefits: offer.benefits,
    startDate: offer.startDate ?? '',
    location: offer.location,
    remotePolicy: offer.remotePolicy ?? '',
    deadline: offer.deadline ?? '',
    notes: offer.notes,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERIODS = new Set<string>(['year', 'month', 'day', 'hour']);
const POLICIES = new Set<string>(['onsite', 'hybrid', 'remote']);

/** Checks the form with the API's rules and builds the PUT body; errors name each field in plain words. */
export function offerBody(d: OfferDraft): { body: PutOffer; errors: Partial<Record<OfferField, string>> } {
  const errors: Partial<Record<OfferField, string>> = {};
  const pay = d.basePay.replace(/[\s,_]/g, '');
  const currency = d.currency.trim().toUpperCase();
  if (pay && !/^\d+$/.test(pay)) errors.basePay = 'Enter a whole amount, digits only.';
  else if (pay && Number(pay) > 100_000_000) errors.basePay = 'Enter an amount up to 100,000,000.';
  if (currency && !/^[A-Z]{3}$/.test(currency)) errors.currency = 'Use a three-letter code such as EUR or USD.';
  else if (pay && !currency) errors.currency = 'Give the currency of the pay.';
  if (pay && !PERIODS.has(d.payPeriod)) errors.payPeriod = 'Choose how often it is paid.';
  if (d.startDate && !DATE.test(d.startDate)) errors.startDate = 'Enter a date.';
  if (d.deadline && !DATE.test(d.deadline)) errors.deadline = 'Enter a date.';
  if (d.location.trim().length > 200) errors.location = 'Keep it under 200 characters.';
  if (d.bonus.length > 2_000) errors.bonus = 'Keep it under 2,000 characters.';
  if (d.equity.length > 2_000) errors.equity = 'Keep it under 2,000 characters.';
  if (d.benefits.length > 5_000) errors.benefits = 'Keep it under 5,000 characters.';
  const body: PutOffer = {
    basePay: pay && !errors.basePay ? Number(pay) : null,
    currency: currency || null,
    payPeriod: pay && PERIODS.has(d.payPeriod) ? (d.payPeriod as PayPeriod) : null,
    bonus: d.bonus.trim(),
    equity: d.equity.trim(),
    benefits: d.benefits.trim(),
    startDate: d.startDate || null,
    location: d.location.trim(),
    remotePolicy: POLICIES.has(d.remotePolicy) ? (d.remotePolicy as RemotePolicy) : null,
    deadline: d.deadline || null,
    notes: d.notes,
  };
  return { body, errors };
}

/** The body that puts a deleted offer back as it was (the Undo of a delete). */
export function restoreBody(offer: Offer): PutOffer {
  return {
    id: offer.id,
    basePay: offer.basePay,
    currency: offer.currency,
    payPeriod: offer.payPeriod,
    bonus: offer.bonus,
    equity: offer.equity,
    benefits: offer.benefits,
    startDate: offer.startDate,
    location: offer.location,
    remotePolicy: offer.remotePolicy,
    deadline: offer.deadline,
    notes: offer.notes,
  };
}

/** How close the deadline is, in words and an urgency tone; null without a deadline. */
export function deadlineCountdown(today: string, deadline: string | null): { text: string; tone: 'danger' | 'warn' | 'accent' } | null {
  if (!deadline) return null;
  const days = daysBetween(today, deadline);
  if (days === null) return null;
  if (days < 0) return { text: days === -1 ? 'Deadline passed yesterday' : `Deadline passed ${-days} days ago`, tone: 'danger' };
  if (days === 0) return { text: 'Deadline today', tone: 'danger' };
  if (days === 1) return { text: '1 day left to answer', tone: 'warn' };
  return { text: `${days} days left to answer`, tone: days <= 3 ? 'warn' : 'accent' };
}

/** An amount with its currency, whole units ("€84,000"); the bare number and code when the code is unknown. */
export function formatMoney(amount: number, currency: string | null): string {
  if (currency) {
    try {
      return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
    } catch {
      return `${currency} ${amount.toLocaleString()}`;
    }
  }
  return amount.toLocaleString();
}

/** The pay as quoted ("€7,000 a month"), or null without pay. */
export function quotedPay(offer: Pick<Offer, 'basePay' | 'currency' | 'payPeriod'>): string | null {
  if (offer.basePay === null) return null;
  const period = PAY_PERIODS.find((p) => p.value === offer.payPeriod)?.label;
  return `${formatMoney(offer.basePay, offer.currency)}${period ? ` ${period}` : ''}`;
}

/** Location and remote policy on one line ("Lisbon · Hybrid"), or null when neither is known. */
export function whereText(offer: Pick<Offer, 'location' | 'remotePolicy'>): string | null {
  const parts = [offer.location.trim(), offer.remotePolicy ? REMOTE_LABELS[offer.remotePolicy] : ''].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}
