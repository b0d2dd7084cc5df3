/**
 * Plain input shapes for the follow-up rules. The API contracts map onto these, so the rules stay
 * independent of how rows are stored or sent.
 */

import type { Channel, InterviewKind } from '../../contracts/values.js';

export type { InterviewKind, Tone } from '../../contracts/values.js';
/** How the employer prefers to be contacted. */
export type ContactChannel = Channel;

/** Someone at the employer. */
export interface Person {
  id: string;
  name: string;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** One talk within an interview: one interviewer or a panel, in a time slot. */
export interface Conversation {
  id: string;
  /** Start instant (ISO 8601 with offset or Z). */
  start: string;
  /** `start` in milliseconds, when the caller has it parsed already (hot loops read it instead). */
  startMs?: number;
  durationMinutes: number;
  personIds: readonly string[];
  topic?: string | null;
  /** Note lines; a leading `?`, `!`, `*` or `>` marks the line's kind. */
  notes?: readonly string[];
}

/** One scheduled interview event. */
export interface Interview {
  id: string;
  kind: InterviewKind;
  /** Start instant (ISO 8601). */
  start: string;
  /** `start` in milliseconds, when the caller has it parsed already (hot loops read it instead). */
  startMs?: number;
  /** The IANA zone the interview was scheduled in. */
  timeZone: string;
  durationMinutes: number;
  conversations: readonly Conversation[];
}

/** A doubt the employer raised; open until addressed. */
export interface Concern {
  id: string;
  text: string;
  raisedBy: string | null;
  status: 'open' | 'addressed';
  howAddressed?: string | null;
  /** How the user wants the note to refer to it, written to the interviewer ("your question about …"). */
  replyReference?: string | null;
  /** The user's answer in one sentence, written to be said. */
  replyLine?: string | null;
}

/** What the user learned about the process at the end of the interview. */
export interface Housekeeping {
  nextSteps?: string | null;
  /** `YYYY-MM-DD`, in the user's own calendar. */
  decisionDate?: string | null;
  candidateCount?: number | null;
  bestContactPersonId?: string | null;
  preferredChannel?: ContactChannel | null;
  preferredTiming?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
}

/** A thank-you note or check-in, planned or sent. */
export interface FollowUp {
  kind: 'thank-you' | 'check-in';
  personId: string;
  channel: ContactChannel;
  /** Set when the follow-up belongs to one interview (thank-you notes do). */
  interviewId?: string | null;
  dueAt?: string | null;
  draft?: string | null;
  /** Instant the user marked it sent; null while unsent. */
  sentAt?: string | null;
}

/** A prepared STAR story: the same shape the answer coach uses. */
export type { Story } from '../coach/story-fit.js';

/** A prepared answer to a standard question. */
export interface PreparedAnswer {
  id: string;
  promptText: string;
  text: string;
}

/** The job a note is about. */
export interface OpportunityRef {
  employerName: string;
  roleTitle: string;
}

/** The person writing. */
export interface UserRef {
  name: string;
}

/** The start of an interview or conversation in milliseconds (parsed once by callers that can). */
export function startMsOf(x: { start: string; startMs?: number }): number {
  return x.startMs ?? Date.parse(x.start);
}
