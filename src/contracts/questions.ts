import { z } from 'zod';
import { PURPOSES, ROLES } from '../core/library/questions-to-ask/types.js';
import { FactTopic } from './research.js';
import { CalendarDate, Id, Instant, longText, shortText } from './common.js';
import { CHANNELS } from './values.js';

/** What a question to ask is for (day-to-day, success, team, …, closing). */
export const QuestionPurpose = z.enum(PURPOSES);
export type QuestionPurpose = z.infer<typeof QuestionPurpose>;

/** The kind of interviewer a question suits or a person plays in a plan. */
export const InterviewerRole = z.enum(ROLES);
export type InterviewerRole = z.infer<typeof InterviewerRole>;

/** A library question id: a built-in slug (`typical-day`) or the UUID of the user's own question. */
export const QuestionId = z
  .string()
  .min(1, { message: 'must not be empty' })
  .max(80, { message: 'must be at most 80 characters' })
  .regex(/^[a-z0-9][a-z0-9-]*$/i, { message: 'must be a library question id' });

/** Params of routes addressing one library question (built-in slug or own UUID). */
export const QuestionIdParams = z.strictObject({ id: QuestionId });

const priorityKey = z.string().regex(/^[a-z0-9][a-z0-9-]{0,49}$/, { message: 'must be lower-case letters, digits and dashes (up to 50)' });

const questionFields = {
  text: shortText(1_000),
  purpose: QuestionPurpose,
  roles: z.array(InterviewerRole).min(1, { message: 'must name at least one role' }).max(4),
  informs: z.array(priorityKey).max(20),
};

/**
 * Body of `POST /api/questions`: the user's own question. Defaults: purpose `day-to-day`, all four roles, informs
 * nothing. A client-supplied id makes a retried create idempotent.
 */
export const CreateQuestion = z.strictObject({
  id: Id.optional(),
  text: questionFields.text,
  purpose: questionFields.purpose.optional(),
  roles: questionFields.roles.optional(),
  informs: questionFields.informs.optional(),
});
export type CreateQuestion = z.infer<typeof CreateQuestion>;

/** Body of `PATCH /api/questions/:id`. On a built-in id it creates (or updates) the user's own copy. */
export const UpdateQuestion = z.strictObject({
  text: questionFields.text.optional(),
  purpose: questionFields.purpose.optional(),
  roles: questionFields.roles.optional(),
  informs: questionFields.informs.optional(),
});
export type UpdateQuestion = z.infer<typeof UpdateQuestion>;

/** Where a library question comes from: untouched built-in, built-in the user edited, or the user's own. */
export const QUESTION_SOURCES = ['built-in', 'edited', 'own'] as const;
export const QuestionSource = z.enum(QUESTION_SOURCES);
export type QuestionSource = z.infer<typeof QuestionSource>;

/**
 * One question in the library as the user sees it. An edited built-in keeps the built-in `id` (so plans and
 * links stay valid), shows the user's text, and carries the original in `originalText`;
 * `DELETE /api/questions/:id` on it removes the user's edit and the built-in comes back.
 */
export const LibraryQuestion = z.object({
  id: z.string(),
  text: z.string(),
  purpose: QuestionPurpose,
  roles: z.array(InterviewerRole),
  informs: z.array(z.string()),
  source: QuestionSource,
  /** Built-in id the user's copy is based on (only for `edited`). */
  basedOn: z.string().nullable(),
  /** The built-in wording (only for `edited`). */
  originalText: z.string().nullable(),
});
export type LibraryQuestion = z.infer<typeof LibraryQuestion>;

/** Answer of `GET /api/questions` (optional filters `?purpose=&role=`). */
export const QuestionLibrary = z.object({ items: z.array(LibraryQuestion) });
export type QuestionLibrary = z.infer<typeof QuestionLibrary>;

/** Query of `GET /api/questions`. */
export const QuestionLibraryQuery = z.strictObject({ purpose: QuestionPurpose.optional(), role: InterviewerRole.optional() });

/** The fact from the dossier that answers a question. */
export const CheckFact = z.object({
  id: z.string(),
  topic: FactTopic,
  statement: z.string(),
  sourceUrl: z.string().optional(),
  notedOn: z.string().optional(),
});

/** The "answerable by research" verdict on one question. */
export const QuestionCheck = z.object({
  answerableByResearch: z.boolean(),
  reason: z.string(),
  topic: FactTopic.optional(),
  fact: CheckFact.optional(),
  deeper: z.string().optional(),
});
export type QuestionCheck = z.infer<typeof QuestionCheck>;

/** One person in a plan: the opportunity's person and the interviewer role they play. */
export const PlanInterviewer = z.object({ personId: Id, name: z.string(), title: z.string().nullable(), role: InterviewerRole });
export type PlanInterviewer = z.infer<typeof PlanInterviewer>;

/** One question in a plan. `pinned` means the user assigned it by hand; distribution never moves it. */
export const PlanItem = z.object({
  id: Id,
  questionId: z.string().nullable(),
  text: z.string(),
  purpose: QuestionPurpose,
  order: z.number().int(),
  interviewerPersonId: Id.nullable(),
  pinned: z.boolean(),
  asked: z.boolean(),
  answerHeard: z.string(),
  check: QuestionCheck,
});
export type PlanItem = z.infer<typeof PlanItem>;

/** Something the user should know about the plan (codes from the core planner plus `unknown-interviewer`). */
export const PlanWarning = z.object({
  code: z.string(),
  message: z.string(),
  interviewerPersonId: Id.optional(),
  itemId: Id.optional(),
});
export type PlanWarning = z.infer<typeof PlanWarning>;

/** A housekeeping question and the housekeeping field its answer goes into. */
export const HousekeepingQuestion = z.object({ key: z.string(), text: z.string(), field: z.string() });

/** Questions that would settle a priority still rated unknown. */
export const PrioritySuggestion = z.object({
  priorityKey: z.string(),
  priorityName: z.string(),
  questions: z.array(z.object({ id: z.string(), text: z.string(), purpose: QuestionPurpose, roles: z.array(InterviewerRole) })),
});

/**
 * Answer of `GET /api/opportunities/:id/question-plan` and of every plan write (POST item 201, PATCH item, distribute,
 * PUT interviewers, PATCH plan; DELETE item answers 204). Interviewers default to the
 * opportunity's people (recruiter → recruiter, hiring-manager → hiring-manager, interviewer/other → peer) until the
 * user sets them with PUT …/interviewers. `closingLine` is the user's text or the default draft
 * (`closingLineIsDefault`). Items are in `order`.
 */
export const QuestionPlan = z.object({
  opportunityId: Id,
  interviewers: z.array(PlanInterviewer),
  interviewersSet: z.boolean(),
  items: z.array(PlanItem),
  closingLine: z.string(),
  closingLineIsDefault: z.boolean(),
  housekeeping: z.array(HousekeepingQuestion),
  suggestions: z.object({ forUnknownPriorities: z.array(PrioritySuggestion) }),
  warnings: z.array(PlanWarning),
});
export type QuestionPlan = z.infer<typeof QuestionPlan>;

/**
 * Body of `POST /api/opportunities/:id/question-plan/items`: a library question (`questionId`) or the user's own
 * words (`text`); with both, `text` overrides the library wording. Giving `interviewerPersonId` pins the item.
 */
export const AddPlanItem = z
  .strictObject({
    id: Id.optional(),
    questionId: QuestionId.optional(),
    text: shortText(1_000).optional(),
    purpose: QuestionPurpose.optional(),
    interviewerPersonId: Id.nullable().optional(),
  })
  .refine((v) => v.questionId !== undefined || v.text !== undefined, {
    message: 'must be given when questionId is not',
    path: ['text'],
  });
export type AddPlanItem = z.infer<typeof AddPlanItem>;

/**
 * Body of `PATCH /api/question-plan-items/:id`. Setting `interviewerPersonId` pins the item (null unassigns and
 * unpins) unless `pinned` is given too. `order` moves the item to that 0-based position; the others shift.
 */
export const UpdatePlanItem = z.strictObject({
  order: z.number().int().min(0, { message: 'must be 0 or more' }).max(999, { message: 'must be at most 999' }).optional(),
  interviewerPersonId: Id.nullable().optional(),
  pinned: z.boolean().optional(),
  asked: z.boolean().optional(),
  answerHeard: longText(5_000).optional(),
  text: shortText(1_000).optional(),
  purpose: QuestionPurpose.optional(),
});
export type UpdatePlanItem = z.infer<typeof UpdatePlanItem>;

/** Body of `POST …/question-plan/distribute` (may be `{}`): how many questions each interviewer gets (default 2–3). */
export const DistributePlan = z
  .strictObject({
    perInterviewer: z
      .strictObject({ min: z.number().int().min(0).max(10), max: z.number().int().min(1).max(10) })
      .refine((v) => v.min <= v.max, { message: 'must have min at most max', path: ['max'] })
      .optional(),
  })
  .optional();
export type DistributePlan = z.infer<typeof DistributePlan>;

/** Body of `PUT …/question-plan/interviewers`: the opportunity's people in this plan, in order, with their role. */
export const SetPlanInterviewers = z.strictObject({
  interviewers: z
    .array(z.strictObject({ personId: Id, role: InterviewerRole }))
    .max(12, { message: 'must list at most 12 people' })
    .refine((list) => new Set(list.map((i) => i.personId)).size === list.length, { message: 'must not list a person twice' }),
});
export type SetPlanInterviewers = z.infer<typeof SetPlanInterviewers>;

/** Body of `PATCH /api/opportunities/:id/question-plan`: the closing line (null goes back to the default draft). */
export const UpdatePlan = z.strictObject({ closingLine: longText(2_000).nullable() });
export type UpdatePlan = z.infer<typeof UpdatePlan>;

/** How the employer prefers to be contacted. */
export const PreferredChannel = z.enum(CHANNELS);

const phone = z
  .string()
  .trim()
  .max(50)
  .regex(/^[+()\d\s./-]*(?:(?:ext|x)\.?\s*\d+)?$/i, { message: 'must be a phone number (digits, spaces, + - . ( ))' });

const housekeepingFields = {
  nextSteps: longText(2_000),
  decisionDate: CalendarDate.nullable(),
  candidateCount: z.number().int().min(0, { message: 'must be 0 or more' }).max(10_000).nullable(),
  bestContact: longText(200),
  /** The opportunity's person who is the best contact, when they are one. */
  bestContactPersonId: Id.nullable(),
  preferredChannel: PreferredChannel.nullable(),
  preferredTiming: longText(200),
  contactEmail: z.email({ message: 'must be an email address' }).max(320).nullable(),
  contactPhone: phone.nullable(),
};

/** Body of `PUT /api/opportunities/:id/housekeeping`: fields given are set, fields left out keep their value. */
export const UpdateHousekeeping = z.strictObject({
  nextSteps: housekeepingFields.nextSteps.optional(),
  decisionDate: housekeepingFields.decisionDate.optional(),
  candidateCount: housekeepingFields.candidateCount.optional(),
  bestContact: housekeepingFields.bestContact.optional(),
  bestContactPersonId: housekeepingFields.bestContactPersonId.optional(),
  preferredChannel: housekeepingFields.preferredChannel.optional(),
  preferredTiming: housekeepingFields.preferredTiming.optional(),
  contactEmail: housekeepingFields.contactEmail.optional(),
  contactPhone: housekeepingFields.contactPhone.optional(),
});
export type UpdateHousekeeping = z.infer<typeof UpdateHousekeeping>;

/** The answers to the housekeeping questions for one opportunity (empty strings / nulls until heard). */
export const Housekeeping = z.object({
  opportunityId: Id,
  nextSteps: z.string(),
  decisionDate: z.string().nullable(),
  candidateCount: z.number().nullable(),
  bestContact: z.string(),
  bestContactPersonId: Id.nullable(),
  preferredChannel: PreferredChannel.nullable(),
  preferredTiming: z.string(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  updatedAt: Instant.nullable(),
});
export type Housekeeping = z.infer<typeof Housekeeping>;

/** Query of `GET /api/opportunities/:id/brief`: `html` (default; standalone print page) or `md`, and the reader's time zone for the logistics. */
export const BriefQuery = z.strictObject({ format: z.enum(['md', 'html']).default('html'), timeZone: z.string().max(100).optional() });
export type BriefQuery = z.infer<typeof BriefQuery>;
