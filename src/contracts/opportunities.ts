import { z } from 'zod';
import { CalendarDate, Id, Instant, WebLink, longText, shortText } from './common.js';
import { OPPORTUNITY_PAGE_MAX } from './limits.js';
import { FitSummary } from './priorities.js';
import { InterviewKind } from './interviews.js';

import { REMOTE_POLICIES, SALARY_PERIODS, STAGES } from './values.js';

export { ACTIVE_STAGES, REMOTE_POLICIES, SALARY_PERIODS, STAGES } from './values.js';
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

export const RemotePolicy = z.enum(REMOTE_POLICIES);
export type RemotePolicy = z.infer<typeof RemotePolicy>;

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** Fields a user edits; all optional on update. */
const editable = {
  employerName: shortText(200),
  roleTitle: shortText(200),
  location: nullable(shortText(200)),
  remotePolicy: nullable(RemotePolicy),
  sourceUrl: nullable(WebLink),
  salaryMin: nullable(z.number().int().min(0).max(100_000_000)),
  salaryMax: nullable(z.number().int().min(0).max(100_000_000)),
  salaryCurrency: nullable(z.string().regex(/^[A-Z]{3}$/, { message: 'must be a three-letter currency code such as EUR' })),
  salaryPeriod: nullable(z.enum(SALARY_PERIODS)),
  jobDescription: longText(50_000).optional(),
  stage: Stage.optional(),
  nextAction: nullable(shortText(300)),
  nextActionDue: nullable(CalendarDate),
  excitement: nullable(z.number().int().min(1, { message: 'must be 1 to 5' }).max(5, { message: 'must be 1 to 5' })),
};

const salaryOrdered = (v: { salaryMin?: number | null; salaryMax?: number | null }) =>
  v.salaryMin == null || v.salaryMax == null || v.salaryMin <= v.salaryMax;
const salaryIssue = { message: 'must not be below salaryMin', path: ['salaryMax'] };

/** Body of `POST /api/opportunities`. A client may supply the id so a retried create is idempotent. */
export const CreateOpportunity = z.strictObject({ id: Id.optional(), ...editable }).refine(salaryOrdered, salaryIssue);
export type CreateOpportunity = z.infer<typeof CreateOpportunity>;

/** Body of `PATCH /api/opportunities/:id`: any subset of the editable fields. */
export const UpdateOpportunity = z
  .strictObject({
    employerName: editable.employerName.optional(),
    roleTitle: editable.roleTitle.optional(),
    location: editable.location,
    remotePolicy: editable.remotePolicy,
    sourceUrl: editable.sourceUrl,
    salaryMin: editable.salaryMin,
    salaryMax: editable.salaryMax,
    salaryCurrency: editable.salaryCurrency,
    salaryPeriod: editable.salaryPeriod,
    jobDescription: editable.jobDescription,
    stage: editable.stage,
    nextAction: editable.nextAction,
    nextActionDue: editable.nextActionDue,
    excitement: editable.excitement,
  })
  .refine(salaryOrdered, salaryIssue);
export type UpdateOpportunity = z.infer<typeof UpdateOpportunity>;

/** An opportunity as the API presents it. */
export const Opportunity = z.object({
  id: Id,
  employerId: Id,
  employerName: z.string(),
  roleTitle: z.string(),
  location: z.string().nullable(),
  remotePolicy: RemotePolicy.nullable(),
  sourceUrl: z.string().nullable(),
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
  salaryCurrency: z.string().nullable(),
  salaryPeriod: z.enum(SALARY_PERIODS).nullable(),
  jobDescription: z.string(),
  stage: Stage,
  nextAction: z.string().nullable(),
  nextActionDue: z.string().nullable(),
  excitement: z.number().nullable(),
  archivedAt: Instant.nullable(),
  stageChangedAt: Instant,
  createdAt: Instant,
  updatedAt: Instant,
  /** Fit against the user's priorities; absent where not computed. */
  fit: FitSummary.nullable().optional(),
});
export type Opportunity = z.infer<typeof Opportunity>;

/** Query of `GET /api/opportunities`. */
export const ListOpportunitiesQuery = z.strictObject({
  stage: Stage.optional(),
  archived: z.enum(['false', 'true', 'all']).default('false'),
  q: z.string().max(200).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1, { message: `must be 1 to ${OPPORTUNITY_PAGE_MAX}` })
    .max(OPPORTUNITY_PAGE_MAX, { message: `must be 1 to ${OPPORTUNITY_PAGE_MAX}` })
    .default(OPPORTUNITY_PAGE_MAX),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
});
export type ListOpportunitiesQuery = z.infer<typeof ListOpportunitiesQuery>;

/**
 * An opportunity as lists and the board show it: no job description, link or salary (those come
 * with the full opportunity from `GET /api/opportunities/:id`).
 */
export const OpportunitySummary = z.object({
  id: Id,
  employerName: z.string(),
  roleTitle: z.string(),
  location: z.string().nullable(),
  stage: Stage,
  nextAction: z.string().nullable(),
  nextActionDue: z.string().nullable(),
  excitement: z.number().nullable(),
  archivedAt: Instant.nullable(),
  updatedAt: Instant,
  fit: FitSummary.nullable(),
});
export type OpportunitySummary = z.infer<typeof OpportunitySummary>;

/** One page of summaries, most recently changed first; `nextCursor` is null on the last page. */
export const OpportunityList = z.object({ items: z.array(OpportunitySummary), nextCursor: z.string().nullable() });
export type OpportunityList = z.infer<typeof OpportunityList>;

/** One entry of an opportunity's timeline: its own events, and the interviews scheduled and the offer recorded for it. */
export const TimelineEvent = z.object({
  id: Id,
  kind: z.enum(['created', 'stage', 'archived', 'unarchived', 'interview', 'offer']),
  fromStage: Stage.nullable(),
  toStage: Stage.nullable(),
  at: Instant,
  /** For `interview`: the interview that was scheduled at `at`. */
  interview: z.object({ id: Id, kind: InterviewKind, title: z.string(), startsAt: Instant, timeZone: z.string() }).optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export const Timeline = z.object({ items: z.array(TimelineEvent) });
