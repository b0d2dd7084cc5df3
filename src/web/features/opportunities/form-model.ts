import type { CreateOpportunity, Opportunity, Stage, UpdateOpportunity } from '../../../contracts/opportunities.js';

/** The opportunity form's state: every control holds a string, exactly as typed. */
export interface OpportunityFormValues {
  employerName: string;
  roleTitle: string;
  location: string;
  remotePolicy: '' | 'onsite' | 'hybrid' | 'remote';
  sourceUrl: string;
  salaryMin: string;
  salaryMax: string;
  salaryCurrency: string;
  salaryPeriod: '' | 'year' | 'month' | 'day' | 'hour';
  jobDescription: string;
  stage: Stage;
  nextAction: string;
  nextActionDue: string;
  excitement: string;
}

/** Messages keyed by field name, shown next to each control. */
export type FieldErrors = Partial<Record<keyof OpportunityFormValues, string>>;

/** A blank form for a new opportunity. */
export const EMPTY_FORM: OpportunityFormValues = {
  employerName: '',
  roleTitle: '',
  location: '',
  remotePolicy: '',
  sourceUrl: '',
  salaryMin: '',
  salaryMax: '',
  salaryCurrency: '',
  salaryPeriod: '',
  jobDescription: '',
  stage: 'lead',
  nextAction: '',
  nextActionDue: '',
  excitement: '',
};

/** Fills the form from a saved opportunity. */
export function formFromOpportunity(o: Opportunity): OpportunityFormValues {
  return {
    employerName: o.employerName,
    roleTitle: o.roleTitle,
    location: o.location ?? '',
    remotePolicy: o.remotePolicy ?? '',
    sourceUrl: o.sourceUrl ?? '',
    salaryMin: o.salaryMin === null ? '' : String(o.salaryMin),
    salaryMax: o.salaryMax === null ? '' : String(o.salaryMax),
    salaryCurrency: o.salaryCurrency ?? '',
    salaryPeriod: o.salaryPeriod ?? '',
    jobDescription: o.jobDescription,
    stage: o.stage,
    nextAction: o.nextAction ?? '',
    nextActionDue: o.nextActionDue ?? '',
    excitement: o.excitement === null ? '' : String(o.excitement),
  };
}

const text = (s: string): string | null => (s.trim() === '' ? null : s.trim());

function wholeNumber(s: string, field: keyof OpportunityFormValues, errors: FieldErrors): number | null {
  const t = s.trim().replace(/[\s,_]/g, '');
  if (t === '') return null;
  if (!/^\d+$/.test(t)) {
    errors[field] = 'Enter a whole number, without currency signs.';
    return null;
  }
  return Number(t);
}

/**
 * Checks the form the way the server will, so mistakes show at once next to their field, and
 * builds the request body. Blank optional fields become null (cleared).
 */
export function toPayload(v: OpportunityFormValues): { body: CreateOpportunity & UpdateOpportunity; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!text(v.employerName)) errors.employerName = 'Enter the employer’s name.';
  if (!text(v.roleTitle)) errors.roleTitle = 'Enter the role’s title.';
  const sourceUrl = text(v.sourceUrl);
  if (sourceUrl && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(sourceUrl)) errors.sourceUrl = 'Enter a link starting with http:// or https://.';
  const salaryMin = wholeNumber(v.salaryMin, 'salaryMin', errors);
  const salaryMax = wholeNumber(v.salaryMax, 'salaryMax', errors);
  if (salaryMin !== null && salaryMax !== null && salaryMin > salaryMax) errors.salaryMax = 'The maximum must not be below the minimum.';
  const currency = text(v.salaryCurrency)?.toUpperCase() ?? null;
  if (currency && !/^[A-Z]{3}$/.test(currency)) errors.salaryCurrency = 'Use a three-letter code such as EUR or USD.';
  const nextActionDue = text(v.nextActionDue);
  if (nextActionDue && !/^\d{4}-\d{2}-\d{2}$/.test(nextActionDue)) errors.nextActionDue = 'Pick a date.';
  const nextAction = text(v.nextAction);
  if (nextActionDue && !nextAction) errors.nextAction = 'Say what to do by that date.';
  const excitement = v.excitement === '' ? null : Number(v.excitement);

  const body: CreateOpportunity & UpdateOpportunity = {
    employerName: v.employerName.trim(),
    roleTitle: v.roleTitle.trim(),
    location: text(v.location),
    remotePolicy: v.remotePolicy === '' ? null : v.remotePolicy,
    sourceUrl,
    salaryMin,
    salaryMax,
    salaryCurrency: currency,
    salaryPeriod: v.salaryPeriod === '' ? null : v.salaryPeriod,
    jobDescription: v.jobDescription,
    stage: v.stage,
    nextAction,
    nextActionDue,
    excitement,
  };
  return { body, errors };
}

/** Maps a server error's `field` (e.g. "salaryMax" or "body.salaryMax") onto a form field, if it is one. */
export function formField(field: string | undefined): keyof OpportunityFormValues | null {
  if (!field) return null;
  const last = field.split(/[./]/).filter(Boolean).pop() ?? '';
  return last in EMPTY_FORM ? (last as keyof OpportunityFormValues) : null;
}
