// Table types of interviews, conversations, notes, concerns, reflections.
import type { ColumnType } from 'kysely';
import type { Instant } from './instant.js';

/** An interview event of an opportunity; `checklist` is a JSON array of `{ id, label, done }`. */
export interface InterviewsTable {
  id: string;
  owner_id: string;
  opportunity_id: string;
  kind: string;
  title: string;
  starts_at: Instant;
  /** The IANA zone the interview was scheduled in. */
  time_zone: string;
  duration_minutes: number;
  /** Place or link. */
  location: string;
  checklist: string;
  deleted_at: Instant | null;
  created_at: Instant;
  updated_at: Instant;
}

/** One conversation (time slot) of an interview. */
export interface ConversationsTable {
  id: string;
  owner_id: string;
  interview_id: string;
  starts_at: Instant;
  duration_minutes: number;
  topic: string;
  position: number;
  created_at: Instant;
  updated_at: Instant;
}

/** Who takes part in a conversation. */
export interface ConversationPeopleTable {
  id: string;
  owner_id: string;
  conversation_id: string;
  person_id: string;
  position: number;
}

/** One note entry taken during an interview; `revision` is the server's optimistic-concurrency counter. */
export interface InterviewNotesTable {
  id: string;
  owner_id: string;
  interview_id: string;
  conversation_id: string | null;
  text: string;
  /** `plain`, `question`, `concern`, `key` or `promise`, from the leading marker. */
  marker: string;
  revision: number;
  /** The note a concurrent edit forked from (both versions kept). */
  conflict_of: string | null;
  /** When the user wrote it, by the writing device's clock. */
  written_at: Instant;
  deleted_at: Instant | null;
  created_at: Instant;
  updated_at: Instant;
}

/** A concern the employer raised; `note_id` is set when it came from a `!` note line. */
export interface ConcernsTable {
  id: string;
  owner_id: string;
  opportunity_id: string;
  interview_id: string | null;
  conversation_id: string | null;
  note_id: string | null;
  raised_by_person_id: string | null;
  text: string;
  /** `open` or `addressed`. */
  status: string;
  how_addressed: string;
  /** How a thank-you note refers to the concern, and the user's answer in one sentence (`0012_sayable_text`). */
  reply_reference: ColumnType<string, string | undefined, string>;
  reply_line: ColumnType<string, string | undefined, string>;
  created_at: Instant;
  updated_at: Instant;
}

/** The user's reflection after an interview; `stumpers` is a JSON array of `{ text, promptId }`. */
export interface ReflectionsTable {
  id: string;
  owner_id: string;
  interview_id: string;
  rating: number | null;
  went_well: string;
  to_improve: string;
  signals: string;
  stumpers: string;
  created_at: Instant;
  updated_at: Instant;
}
