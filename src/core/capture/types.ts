import type { RemotePolicy, SalaryPeriod } from '../../contracts/values.js';

/** How the job is contracted, in our words (schema.org's FULL_TIME is 'full-time', CONTRACTOR is 'contract'). */
export const EMPLOYMENT_TYPES = [
  'full-time',
  'part-time',
  'contract',
  'temporary',
  'internship',
  'volunteer',
  'per-diem',
  'other',
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** Where a captured value came from, so the preview can say how sure it is. */
export const CAPTURE_SOURCES = ['structured-data', 'page-markup', 'text', 'url'] as const;
export type CaptureSource = (typeof CAPTURE_SOURCES)[number];

/** The fields a capture reads, in the order the batch output lists them. */
export const CAPTURE_FIELDS = [
  'employerName',
  'roleTitle',
  'location',
  'remotePolicy',
  'salaryMin',
  'salaryMax',
  'salaryCurrency',
  'salaryPeriod',
  'employmentType',
  'postedAt',
  'closesAt',
  'description',
  'sourceUrl',
] as const;
export type CaptureField = (typeof CAPTURE_FIELDS)[number];

export interface CapturedFields {
  employerName: string | null;
  roleTitle: string | null;
  /** "City, ST" or "City, Country" as the posting writes it; several places joined with "; ". */
  location: string | null;
  remotePolicy: RemotePolicy | null;
  salaryMin: number | null;
  salaryMax: number | null;
  /** ISO 4217 code. */
  salaryCurrency: string | null;
  salaryPeriod: SalaryPeriod | null;
  employmentType: EmploymentType | null;
  /** Calendar dates, YYYY-MM-DD. */
  postedAt: string | null;
  closesAt: string | null;
  /** The posting's body as clean Markdown. */
  description: string | null;
  sourceUrl: string | null;
}

/** A fact the posting states about the employer, offered to the user as research. */
export interface PostingFact {
  topic: 'size' | 'history' | 'locations' | 'what-they-do' | 'culture' | 'funding-and-finances';
  statement: string;
}

export interface CaptureInput {
  /** Text copied from a job page or an e-mail. */
  text?: string | null;
  /** The page's HTML source. */
  html?: string | null;
  /** The page's address. */
  url?: string | null;
  /** JSON-LD blocks handed over separately (the bookmarklet reads them from the live page). */
  jsonLd?: readonly string[] | null;
  /** The page's title, when handed over separately. */
  title?: string | null;
}

export interface CaptureResult {
  fields: CapturedFields;
  /** Where each known field came from (absent for unknown fields). */
  sources: Partial<Record<CaptureField, CaptureSource>>;
  facts: PostingFact[];
  /** The posting as plain text, for the kept copy and search. */
  text: string;
  /** The page's HTML reduced to safe formatting tags, when HTML was given. */
  html: string | null;
}

/** A candidate value for a field from one reader. */
export type Partial13 = Partial<{ [K in CaptureField]: CapturedFields[K] }>;

/** The same values without the null and undefined ones. */
export function withoutNulls(values: Partial13): Partial13 {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined)) as Partial13;
}
