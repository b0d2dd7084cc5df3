import { z } from 'zod';
import { CalendarDate, Id, Instant } from './common.js';
import { TimeZone } from './interviews.js';
import { Stage } from './opportunities.js';

import { CHANNELS, TONES } from './values.js';

export { TONES } from './values.js';
export const Tone = z.enum(TONES);
export type Tone = z.infer<typeof Tone>;

/** How the employer prefers to be contacted. */
export const FollowUpChannel = z.enum(CHANNELS);

/** Query of the follow-up endpoints: the user's zone (check-ins land at a local hour there). */
export const FollowUpsQuery = z.strictObject({ timeZone: TimeZone.optional() });

/** Query of `/api/next-actions/counts`. */
export const NextActionsQuery = z.strictObject({ today: CalendarDate.optional(), timeZone: TimeZone.optional() });

export { NEXT_ACTIONS_LIMIT } from './limits.js';

/** Query of `GET /api/next-actions`: the user's day and zone, and at most `limit` items (default 100). */
export const NextActionsListQuery = NextActionsQuery.extend({
  limit: z.coerce
    .number({ message: 'must be a whole number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be 1 to 5000' })
    .max(5000, { message: 'must be 1 to 5000' })
    .optional(),
});

/** Params addressing one thank-you note: the interview and the interviewer. */
export const ThankYouParams = z.strictObject({ interviewId: Id, personId: Id });

/** Params addressing one check-in: the opportunity and its number (1, 2, …). */
export const CheckInParams = z.strictObject({
  opportunityId: Id,
  sequence: z.coerce
    .number({ message: 'must be a whole number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be 1 to 3' })
    .max(3, { message: 'must be 1 to 3' }),
});

/**
 * Body of `PATCH /api/follow-ups/thank-you/:interviewId/:personId` and `…/check-in/:opportunityId/:sequence`.
 * `draft` / `subject` null go back to the generated text; `sent` marks the note sent now (false: not sent).
 */
export const PatchFollowUp = z
  .strictObject({
    tone: Tone.optional(),
    subject: z.string().max(300, { message: 'must be at most 300 characters' }).nullable().optional(),
    draft: z.string().max(20_000, { message: 'must be at most 20000 characters' }).nullable().optional(),
    /** What the user would like to mention to this interviewer (thank-you notes only); null or empty clears it. */
    mention: z.string().max(1_000, { message: 'must be at most 1000 characters' }).nullable().optional(),
    sent: z.boolean().optional(),
    dismissed: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'must change at least one of tone, subject, draft, mention, sent, dismissed',
  });
export type PatchFollowUp = z.infer<typeof PatchFollowUp>;

/** Where a thank-you note stands. */
/** `passed`: unsent a week after the conversation; the moment has gone, so it is no longer on Next actions. */
export const ThankYouStatus = z.enum(['not-yet', 'due', 'late', 'overdue', 'passed', 'sent', 'dismissed']);

/** One finding of the draft linter (src/core/followup/lint.ts); start/end are offsets into the text. */
export const DraftFinding = z.object({
  code: z.enum(['third-person', 'copied-note', 'markup', 'placeholder', 'iso-date', 'long-sentence', 'no-greeting', 'no-sign-off']),
  start: z.number().int(),
  end: z.number().int(),
  message: z.string(),
  fix: z.string(),
});
export type DraftFinding = z.infer<typeof DraftFinding>;

/** A concern the note answers, where the answer came from, and the user's own reference and sentence for it. */
export const AnsweredConcern = z.object({
  id: Id,
  /** The concern as noted (private: shown to the user, never sent). */
  text: z.string(),
  source: z.enum(['story', 'answer', 'template', 'own']),
  replyReference: z.string(),
  replyLine: z.string(),
  suggestedReference: z.string(),
  suggestedLine: z.string(),
});

/** One thank-you note to one interviewer for one interview. */
export const ThankYou = z.object({
  /** `thank-you:<interviewId>:<personId>`. */
  id: z.string(),
  interviewId: Id,
  interviewTitle: z.string(),
  personId: Id,
  personName: z.string(),
  personEmail: z.string().nullable(),
  conversationEndedAt: Instant,
  /** True once the conversation is over. */
  held: z.boolean(),
  dueAt: Instant,
  status: ThankYouStatus,
  reason: z.string(),
  tone: Tone,
  subject: z.string(),
  body: z.string(),
  /** True when the user edited the subject or text (the generated text is then not used). */
  edited: z.boolean(),
  /** What the user would like to mention to this interviewer, as saved; null until they confirm one. */
  mention: z.string().nullable(),
  /** Offered at wrap-up from their key points (the user edits it before use). */
  suggestedMention: z.string(),
  concerns: z.array(AnsweredConcern),
  /** The promises as the user's checklist ("Attach: …"): private, never sent. */
  promises: z.array(z.string()),
  /** The draft linter's findings on the body as it stands. */
  findings: z.array(DraftFinding),
  /** Opens the user's own mail program with the note filled in. */
  mailto: z.string(),
  sentAt: Instant.nullable(),
  dismissedAt: Instant.nullable(),
});
export type ThankYou = z.infer<typeof ThankYou>;

/** One check-in: planned, sent or skipped. */
export const CheckIn = z.object({
  /** `check-in:<opportunityId>:<sequence>`. */
  id: z.string(),
  sequence: z.number().int(),
  personId: Id.nullable(),
  personName: z.string().nullable(),
  channel: FollowUpChannel,
  /** The address or number to use, when known. */
  to: z.string().nullable(),
  dueAt: Instant.nullable(),
  /** `YYYY-MM-DD` in the user's zone. */
  dueLocalDate: CalendarDate.nullable(),
  status: z.enum(['upcoming', 'due', 'sent', 'dismissed']),
  reason: z.string(),
  tone: Tone,
  subject: z.string(),
  body: z.string(),
  edited: z.boolean(),
  findings: z.array(DraftFinding),
  mailto: z.string().nullable(),
  sentAt: Instant.nullable(),
  dismissedAt: Instant.nullable(),
});
export type CheckIn = z.infer<typeof CheckIn>;

/** `GET /api/opportunities/:id/follow-ups`: the opportunity's thank-you notes, check-ins and whether to move on. */
export const FollowUps = z.object({
  opportunityId: Id,
  timeZone: z.string(),
  /** The name notes are signed with; `needsName` when none is set yet. */
  senderName: z.string(),
  needsName: z.boolean(),
  /** The user's private text for this opportunity (notes, housekeeping answers): the editor's linter flags copies of it. */
  privateText: z.array(z.string()),
  thankYous: z.array(ThankYou),
  checkIns: z.array(CheckIn),
  /** Set after the last check-in went unanswered: stop and put the energy elsewhere. */
  moveOn: z.object({ reason: z.string(), suggestion: z.string() }).nullable(),
  /** The rules behind the dates, in words. */
  rules: z.array(z.string()),
});
export type FollowUps = z.infer<typeof FollowUps>;

/** What a next action is about. */
export const NEXT_ACTION_KINDS = ['thank-you', 'check-in', 'interview', 'prep', 'offer-deadline', 'next-action'] as const;
export const NextActionKind = z.enum(NEXT_ACTION_KINDS);
export type NextActionKind = z.infer<typeof NextActionKind>;

/** When a next action is due, relative to today. */
export const NextActionGroup = z.enum(['overdue', 'today', 'week', 'later']);
export type NextActionGroup = z.infer<typeof NextActionGroup>;

/** Where in the app the action is done: a tab of the opportunity page, or interview mode. */
export const NextActionTarget = z.discriminatedUnion('page', [
  z.object({ page: z.literal('opportunity'), tab: z.enum(['overview', 'interviews', 'followups', 'offer', 'questions']) }),
  z.object({ page: z.literal('interview'), interviewId: Id }),
]);
export type NextActionTarget = z.infer<typeof NextActionTarget>;

/** One ranked thing to do (shared by `/api/next-actions` and the dashboard). */
export const NextActionEntry = z.object({
  id: z.string(),
  kind: NextActionKind,
  title: z.string(),
  detail: z.string(),
  opportunityId: Id,
  employerName: z.string(),
  roleTitle: z.string(),
  stage: Stage,
  interviewId: Id.nullable(),
  personId: Id.nullable(),
  /** Local calendar date, or null when undated. */
  due: CalendarDate.nullable(),
  dueAt: Instant.nullable(),
  /** Whole days from today to `due`; negative when past. */
  daysUntilDue: z.number().int().nullable(),
  overdue: z.boolean(),
  group: NextActionGroup,
  target: NextActionTarget,
});
export type NextActionEntry = z.infer<typeof NextActionEntry>;

/** Overdue and due-today counts, for the navigation badge. */
export const NextActionCounts = z.object({
  overdue: z.number().int(),
  today: z.number().int(),
  week: z.number().int(),
  later: z.number().int(),
  total: z.number().int(),
});
export type NextActionCounts = z.infer<typeof NextActionCounts>;

/** `GET /api/next-actions`: the most urgent items first; `truncated` when the limit left some out (counts cover all). */
export const NextActions = z.object({
  today: CalendarDate,
  timeZone: z.string(),
  items: z.array(NextActionEntry),
  counts: NextActionCounts,
  truncated: z.boolean(),
});
export type NextActions = z.infer<typeof NextActions>;

/** `GET /api/next-actions/counts`: the counts by group, and `attention` = overdue + due today (the badge). */
export const NextActionCountsResponse = NextActionCounts.extend({ date: CalendarDate, attention: z.number().int() });
export type NextActionCountsResponse = z.infer<typeof NextActionCountsResponse>;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The follow-up rules a user may tune (see `src/core/followup/rules.ts`). */
export const FollowUpRulesSettings = z.object({
  thankYouWithinHours: z.number().int(),
  checkInBusinessDaysWithoutDecision: z.number().int(),
  secondCheckInBusinessDays: z.number().int(),
  maxCheckIns: z.number().int(),
  checkInLocalTime: z.string(),
  weekendDays: z.array(z.number().int()),
  holidays: z.array(CalendarDate),
});

/** `GET /api/follow-up-settings`. */
export const FollowUpSettings = z.object({
  senderName: z.string(),
  rules: FollowUpRulesSettings,
  defaults: FollowUpRulesSettings,
});
export type FollowUpSettings = z.infer<typeof FollowUpSettings>;

const whole = (min: number, max: number) =>
  z
    .number({ message: `must be a whole number from ${min} to ${max}` })
    .int({ message: `must be a whole number from ${min} to ${max}` })
    .min(min, { message: `must be ${min} to ${max}` })
    .max(max, { message: `must be ${min} to ${max}` });

/** Body of `PATCH /api/follow-up-settings`: rules left out keep their value. */
export const UpdateFollowUpSettings = z.strictObject({
  senderName: z.string().trim().max(100, { message: 'must be at most 100 characters' }).optional(),
  rules: z
    .strictObject({
      thankYouWithinHours: whole(1, 72).optional(),
      checkInBusinessDaysWithoutDecision: whole(5, 7).optional(),
      secondCheckInBusinessDays: whole(3, 10).optional(),
      maxCheckIns: whole(1, 3).optional(),
      checkInLocalTime: z.string().regex(HHMM, { message: 'must be a time as HH:mm' }).optional(),
      weekendDays: z
        .array(whole(0, 6))
        .max(6, { message: 'must leave at least one working day' })
        .refine((d) => new Set(d).size === d.length, { message: 'must not repeat a day' })
        .optional(),
      holidays: z.array(CalendarDate).max(100, { message: 'must list at most 100 dates' }).optional(),
    })
    .optional(),
});
export type UpdateFollowUpSettings = z.infer<typeof UpdateFollowUpSettings>;
