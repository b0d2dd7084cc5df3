import { suggestConcernLine } from '../../../core/followup/concern-answers.js';
import type { ChecklistItem, Concern, Conversation, Interview, InterviewKind, Reflection } from '../../../contracts/interviews.js';
import type { ConcernRow, ConversationRow, InterviewRow, ReflectionRow } from './repository.js';

const MINUTE_MS = 60_000;

/** The instant `minutes` after `startsAt`. */
export function addMinutes(startsAt: string, minutes: number): string {
  return new Date(Date.parse(startsAt) + minutes * MINUTE_MS).toISOString();
}

/** A conversation row (with its people's ids) as the API presents it. */
export function presentConversation(row: ConversationRow & { person_ids: string[] }): Conversation {
  return {
    id: row.id,
    interviewId: row.interview_id,
    startsAt: row.starts_at,
    durationMinutes: row.duration_minutes,
    topic: row.topic,
    personIds: row.person_ids,
    position: row.position,
  };
}

/** An interview row with its conversations and counts, as the API presents it. */
export function presentInterview(
  row: InterviewRow,
  conversations: (ConversationRow & { person_ids: string[] })[],
  extra: { openConcerns: number; hasReflection: boolean },
): Interview {
  return {
    id: row.id,
    opportunityId: row.opportunity_id,
    employerName: row.employer_name,
    roleTitle: row.role_title,
    kind: row.kind as InterviewKind,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: addMinutes(row.starts_at, row.duration_minutes),
    timeZone: row.time_zone,
    durationMinutes: row.duration_minutes,
    location: row.location,
    checklist: JSON.parse(row.checklist) as ChecklistItem[],
    conversations: conversations.map(presentConversation),
    hasReflection: extra.hasReflection,
    openConcerns: extra.openConcerns,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What to offer for a concern: how a note could refer to it and a one-sentence answer (the user edits both). */
function suggestion(text: string): { suggestedReference: string; suggestedLine: string } {
  const s = suggestConcernLine(text);
  return { suggestedReference: s.reference, suggestedLine: s.line };
}

/** A concern row as the API presents it. */
export function presentConcern(row: ConcernRow): Concern {
  return {
    id: row.id,
    opportunityId: row.opportunity_id,
    interviewId: row.interview_id,
    conversationId: row.conversation_id,
    noteId: row.note_id,
    raisedByPersonId: row.raised_by_person_id,
    raisedByName: row.raised_by_name,
    text: row.text,
    status: row.status === 'addressed' ? 'addressed' : 'open',
    howAddressed: row.how_addressed,
    replyReference: row.reply_reference,
    replyLine: row.reply_line,
    ...suggestion(row.text),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A reflection row as the API presents it. */
export function presentReflection(row: ReflectionRow): Reflection {
  return {
    interviewId: row.interview_id,
    rating: row.rating,
    wentWell: row.went_well,
    toImprove: row.to_improve,
    signals: row.signals,
    stumpers: JSON.parse(row.stumpers) as Reflection['stumpers'],
    updatedAt: row.updated_at,
  };
}
