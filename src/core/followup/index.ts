/** Follow-up rules and drafts: thank-you notes, check-in schedule, closing notes, mail links. */
export { FOLLOW_UP_RULES, resolveFollowUpRules, type FollowUpRules } from './rules.js';
export { scheduleFollowUps, type FollowUpSchedule, type FollowUpStatus, type ScheduleFollowUpsInput, type ScheduledFollowUp } from './schedule.js';
export { draftThankYou, type DraftThankYouInput, type ThankYouDraft } from './thank-you.js';
export { answerConcerns, type ConcernAnswer, type ConcernAnswerSource } from './concern-answers.js';
export { draftDecline, draftWithdrawal, type ClosingNote, type ClosingNoteInput } from './closing-notes.js';
export { buildAgenda, type Agenda, type AgendaGroup, type AgendaInput, type AgendaInterview, type AgendaItem, type AgendaKind, type AgendaOffer, type AgendaOpportunity, type AgendaTarget, type FollowUpState } from './agenda.js';
export { draftCheckIn, type CheckInDraft, type DraftCheckInInput } from './check-in.js';
export { followUpKey, parseFollowUpKey, type FollowUpKey } from './keys.js';
export { mailtoLink, type MailtoInput } from './mailto.js';
export { parseNoteLines, pickPoint, promisesIn, type NoteLine, type NoteMarker, type NotePoint } from './notes.js';
export {
  addBusinessDays,
  isBusinessDay,
  isValidTimeZone,
  utcToZonedDate,
  utcToZonedDateTime,
  zonedDateTimeToUtc,
  type WorkingCalendar,
} from './zoned-time.js';
export type * from './types.js';
