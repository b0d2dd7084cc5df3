import { z } from 'zod';
import { Id, Instant, longText, shortText } from './common.js';
import { PersonRole } from './people.js';

import { INTERVIEW_KINDS } from './values.js';

export { INTERVIEW_KINDS } from './values.js';
export const InterviewKind = z.enum(INTERVIEW_KINDS);
export type InterviewKind = z.infer<typeof InterviewKind>;

/** An IANA time zone name such as `Europe/Berlin` (checked against the platform's zone list by the service). */
export const TimeZone = z
  .string()
  .min(1, { message: 'must not be empty' })
  .max(64, { message: 'must be at most 64 characters' })
  .regex(/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$|^UTC$/, { message: 'must be an IANA time zone such as Europe/Berlin' });

const Minutes = z
  .number()
  .int({ message: 'must be a whole number of minutes' })
  .min(5, { message: 'must be at least 5 minutes' })
  .max(16 * 60, { message: 'must be at most 960 minutes' });

/** One item of an interview's checklist. */
export const ChecklistItem = z.strictObject({
  id: z.string().min(1).max(80),
  label: shortText(200),
  done: z.boolean(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** Params of `PATCH /api/interviews/:id/checklist/:checklistItemId`. */
export const ChecklistItemParams = z.strictObject({ id: Id, checklistItemId: z.string().min(1).max(80) });

/** Body of `PATCH /api/interviews/:id/checklist/:checklistItemId`: ticks or unticks that item only. */
export const SetChecklistItem = z.strictObject({ done: z.boolean({ message: 'must be true or false' }) });
export type SetChecklistItem = z.infer<typeof SetChecklistItem>;

const conversationFields = {
  startsAt: Instant,
  durationMinutes: Minutes,
  topic: z.string().trim().max(200, { message: 'must be at most 200 characters' }),
  /** Interviewers (People ids), in order; at most a panel of 12. */
  personIds: z.array(Id).max(12, { message: 'must list at most 12 people' }),
};

/** Body of `POST /api/interviews/:id/conversations` (and each conversation of a create). */
export const CreateConversation = z.strictObject({
  id: Id.optional(),
  startsAt: conversationFields.startsAt,
  durationMinutes: conversationFields.durationMinutes,
  topic: conversationFields.topic.optional(),
  personIds: conversationFields.personIds.optional(),
});
export type CreateConversation = z.infer<typeof CreateConversation>;

/** Body of `PATCH /api/conversations/:id`. */
export const UpdateConversation = z.strictObject({
  startsAt: conversationFields.startsAt.optional(),
  durationMinutes: conversationFields.durationMinutes.optional(),
  topic: conversationFields.topic.optional(),
  personIds: conversationFields.personIds.optional(),
  position: z.number().int().min(0).max(1000).optional(),
});
export type UpdateConversation = z.infer<typeof UpdateConversation>;

/** A conversation as the API presents it. */
export const Conversation = z.object({
  id: Id,
  interviewId: Id,
  startsAt: Instant,
  durationMinutes: z.number().int(),
  topic: z.string(),
  personIds: z.array(Id),
  position: z.number().int(),
});
export type Conversation = z.infer<typeof Conversation>;

const interviewFields = {
  kind: InterviewKind,
  title: z.string().trim().max(200, { message: 'must be at most 200 characters' }),
  startsAt: Instant,
  timeZone: TimeZone,
  durationMinutes: Minutes,
  /** Place (address, building, floor) or the video / dial-in link. */
  location: z.string().trim().max(2_000, { message: 'must be at most 2000 characters' }),
  checklist: z.array(ChecklistItem).max(60, { message: 'must have at most 60 items' }),
};

/**
 * Body of `POST /api/opportunities/:id/interviews`. Without `checklist` the interview gets the default checklist of
 * its kind; without `conversations` it gets one conversation spanning the whole interview.
 */
export const CreateInterview = z.strictObject({
  id: Id.optional(),
  kind: interviewFields.kind,
  title: interviewFields.title.optional(),
  startsAt: interviewFields.startsAt,
  timeZone: interviewFields.timeZone,
  durationMinutes: interviewFields.durationMinutes,
  location: interviewFields.location.optional(),
  checklist: interviewFields.checklist.optional(),
  conversations: z.array(CreateConversation).max(20, { message: 'must have at most 20 conversations' }).optional(),
});
export type CreateInterview = z.infer<typeof CreateInterview>;

/** Body of `PATCH /api/interviews/:id`. */
export const UpdateInterview = z.strictObject({
  kind: interviewFields.kind.optional(),
  title: interviewFields.title.optional(),
  startsAt: interviewFields.startsAt.optional(),
  timeZone: interviewFields.timeZone.optional(),
  durationMinutes: interviewFields.durationMinutes.optional(),
  location: interviewFields.location.optional(),
  checklist: interviewFields.checklist.optional(),
});
export type UpdateInterview = z.infer<typeof UpdateInterview>;

/** An interview with its conversations (in order) and checklist. */
export const Interview = z.object({
  id: Id,
  opportunityId: Id,
  employerName: z.string(),
  roleTitle: z.string(),
  kind: InterviewKind,
  title: z.string(),
  startsAt: Instant,
  endsAt: Instant,
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  location: z.string(),
  checklist: z.array(ChecklistItem),
  conversations: z.array(Conversation),
  hasReflection: z.boolean(),
  openConcerns: z.number().int(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Interview = z.infer<typeof Interview>;
export const InterviewList = z.object({ items: z.array(Interview) });

/** Query of `GET /api/interviews`: interviews across opportunities overlapping [from, to). */
export const InterviewsQuery = z.strictObject({ from: Instant.optional(), to: Instant.optional() });

/** Body of `POST /api/interviews/parse-invitation`: the invitation's text and the user's zone. */
export const ParseInvitation = z.strictObject({
  text: z.string().min(1, { message: 'must not be empty' }).max(20_000, { message: 'must be at most 20000 characters' }),
  timeZone: TimeZone,
  /** The current instant, so "tomorrow" and weekdays resolve; defaults to the server clock. */
  now: Instant.optional(),
  /** The opportunity it is for: its employer names the interview, and its (and the employer's) people are matched by name. */
  opportunityId: Id.optional(),
});
export type ParseInvitation = z.infer<typeof ParseInvitation>;

/** A person the invitation names, with the guessed role; `personId` when they are already one of the user's people. */
export const InvitationPerson = z.object({
  name: z.string(),
  title: z.string().optional(),
  role: PersonRole,
  email: z.string().optional(),
  phone: z.string().optional(),
  /** Sent the invitation (usually the recruiter). */
  sender: z.boolean(),
  /** Marked as organiser in a guest list. */
  organiser: z.boolean(),
  /** Takes part in the interview's conversations. */
  interviews: z.boolean(),
  /** The user's person of that name (case and accents aside), of this opportunity or its employer. */
  personId: Id.optional(),
  /** Whether that person is already linked to the opportunity. */
  linked: z.boolean().optional(),
  /** What is saved on that person, so the review can say what will change. */
  existing: z.object({ role: PersonRole, email: z.string().nullable(), title: z.string().nullable() }).optional(),
});
export type InvitationPerson = z.infer<typeof InvitationPerson>;

/** What the invitation parser found: a draft create body (fields it could not find are absent) and what it read. */
export const InvitationDraft = z.object({
  draft: z.object({
    kind: InterviewKind.optional(),
    title: z.string().optional(),
    startsAt: Instant.optional(),
    timeZone: z.string(),
    durationMinutes: z.number().int().optional(),
    location: z.string().optional(),
    /** How to get into the meeting besides the link. */
    meeting: z.object({ id: z.string().optional(), passcode: z.string().optional(), dialIn: z.string().optional() }).optional(),
    /** The employer, as the opportunity or the invitation names it. */
    employer: z.string().optional(),
    conversations: z.array(
      z.object({ startsAt: Instant, durationMinutes: z.number().int(), topic: z.string(), names: z.array(z.string()) }),
    ),
    people: z.array(InvitationPerson),
  }),
  /** Plain-words notes on what was read and what is missing, for the review form. */
  found: z.array(z.string()),
  missing: z.array(z.string()),
});
export type InvitationDraft = z.infer<typeof InvitationDraft>;

/** Whether a concern still needs an answer. */
export const CONCERN_STATUSES = ['open', 'addressed'] as const;
export const ConcernStatus = z.enum(CONCERN_STATUSES);

/** Body of `POST /api/opportunities/:id/concerns`: a concern added directly. */
export const CreateConcern = z.strictObject({
  id: Id.optional(),
  text: shortText(1_000),
  interviewId: Id.nullable().optional(),
  conversationId: Id.nullable().optional(),
  raisedByPersonId: Id.nullable().optional(),
});
export type CreateConcern = z.infer<typeof CreateConcern>;

/** Body of `PATCH /api/concerns/:id`. */
export const UpdateConcern = z.strictObject({
  text: shortText(1_000).optional(),
  raisedByPersonId: Id.nullable().optional(),
  status: ConcernStatus.optional(),
  howAddressed: longText(5_000).optional(),
  /** How a thank-you note refers to the concern, written to the interviewer ("your question about …"). */
  replyReference: z.string().trim().max(300, { message: 'must be at most 300 characters' }).optional(),
  /** The answer in one sentence, written to be said. */
  replyLine: z.string().trim().max(1_000, { message: 'must be at most 1000 characters' }).optional(),
});
export type UpdateConcern = z.infer<typeof UpdateConcern>;

/** A concern as the API presents it. */
export const Concern = z.object({
  id: Id,
  opportunityId: Id,
  interviewId: Id.nullable(),
  conversationId: Id.nullable(),
  noteId: Id.nullable(),
  raisedByPersonId: Id.nullable(),
  raisedByName: z.string().nullable(),
  text: z.string(),
  status: ConcernStatus,
  howAddressed: z.string(),
  replyReference: z.string(),
  replyLine: z.string(),
  /** Offered until the user writes their own: a reference and an answer from their stories, answers or our wording. */
  suggestedReference: z.string(),
  suggestedLine: z.string(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Concern = z.infer<typeof Concern>;
export const ConcernList = z.object({ items: z.array(Concern) });

/** A question that stumped the user, optionally linked to a practice prompt so rehearsal can target it. */
export const Stumper = z.strictObject({
  text: shortText(1_000),
  promptId: z.string().max(80).nullable(),
});

/** Body of `PUT /api/interviews/:id/reflection`. */
export const PutReflection = z.strictObject({
  rating: z.number().int().min(1, { message: 'must be 1 to 5' }).max(5, { message: 'must be 1 to 5' }).nullable(),
  wentWell: longText(10_000),
  toImprove: longText(10_000),
  signals: longText(10_000),
  stumpers: z.array(Stumper).max(30, { message: 'must list at most 30 questions' }),
});
export type PutReflection = z.infer<typeof PutReflection>;

/** The reflection after an interview (answered 404 until written). */
export const Reflection = PutReflection.extend({ interviewId: Id, updatedAt: Instant });
export type Reflection = z.infer<typeof Reflection>;
