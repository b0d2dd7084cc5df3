import { z } from 'zod';
import { CalendarDate, Id, Instant, WebLink, longText } from './common.js';
import { REMOTE_POLICIES, SALARY_PERIODS, STAGES } from './values.js';

const CAPTURE_SOURCES = ['structured-data', 'page-markup', 'text', 'url'] as const;
const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'temporary', 'internship', 'volunteer', 'per-diem', 'other'] as const;
const FACT_TOPICS = ['size', 'history', 'locations', 'what-they-do', 'culture', 'funding-and-finances'] as const;

/** Body of `POST /api/postings/preview`: a posting as text, a page's HTML, or both, with its address. */
export const CapturePostingRequest = z
  .strictObject({
    text: longText(400_000).nullable().optional(),
    html: longText(900_000).nullable().optional(),
    url: WebLink.nullable().optional(),
    title: longText(1_000).nullable().optional(),
    jsonLd: z.array(longText(200_000)).max(20).nullable().optional(),
  })
  .refine((v) => Boolean(v.text?.trim() || v.html?.trim() || v.jsonLd?.length), {
    message: 'give the posting as text or html',
    path: ['text'],
  });
export type CapturePostingRequest = z.infer<typeof CapturePostingRequest>;

/** The fields read from a posting; null when unknown. */
export const CapturedFields = z.object({
  employerName: z.string().nullable(),
  roleTitle: z.string().nullable(),
  location: z.string().nullable(),
  remotePolicy: z.enum(REMOTE_POLICIES).nullable(),
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
  salaryCurrency: z.string().nullable(),
  salaryPeriod: z.enum(SALARY_PERIODS).nullable(),
  employmentType: z.enum(EMPLOYMENT_TYPES).nullable(),
  postedAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  description: z.string().nullable(),
  sourceUrl: z.string().nullable(),
});

/** An existing opportunity the posting may repeat. */
export const PostingDuplicate = z.object({
  id: Id,
  employerName: z.string(),
  roleTitle: z.string(),
  stage: z.enum(STAGES),
  reason: z.enum(['same-url', 'same-employer-similar-title']),
});
export type PostingDuplicate = z.infer<typeof PostingDuplicate>;

/** What `POST /api/postings/preview` answers: nothing is saved. */
export const PostingPreview = z.object({
  fields: CapturedFields,
  /** Where each known field came from. */
  sources: z.record(z.string(), z.enum(CAPTURE_SOURCES)),
  /** Facts the posting states about the employer, to offer as research. */
  facts: z.array(z.object({ topic: z.enum(FACT_TOPICS), statement: z.string() })),
  /** The posting as plain text, and its sanitised HTML when HTML was given: what the kept copy holds. */
  text: z.string(),
  html: z.string().nullable(),
  duplicates: z.array(PostingDuplicate),
});
export type PostingPreview = z.infer<typeof PostingPreview>;

/** Body of `PUT /api/opportunities/:id/posting`: the kept copy (the HTML is sanitised again by the server). */
export const SavePostingCopy = z
  .strictObject({
    text: longText(200_000),
    html: longText(400_000).nullable().optional(),
    sourceUrl: WebLink.nullable().optional(),
    closesAt: CalendarDate.nullable().optional(),
    postedAt: CalendarDate.nullable().optional(),
  })
  .refine((v) => v.text.trim() !== '' || Boolean(v.html?.trim()), { message: 'must not be empty', path: ['text'] });
export type SavePostingCopy = z.infer<typeof SavePostingCopy>;

/** The dated, read-only copy of the posting kept on an opportunity. */
export const PostingCopy = z.object({
  opportunityId: Id,
  capturedAt: Instant,
  sourceUrl: z.string().nullable(),
  postedAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  text: z.string(),
  html: z.string().nullable(),
});
export type PostingCopy = z.infer<typeof PostingCopy>;
