// Table types of follow-ups: thank-you notes, check-ins and their rules.
import type { ColumnType } from 'kysely';
import type { Instant } from './instant.js';

/** The user's state for a computed thank-you note or check-in; `item_key` is its natural key. */
export interface FollowUpsTable {
  id: string;
  owner_id: string;
  opportunity_id: string;
  interview_id: string | null;
  person_id: string | null;
  /** `thank-you` or `check-in`. */
  kind: string;
  /** 0 for thank-you notes; 1, 2, … for check-ins. */
  sequence: number;
  /** `thank-you:<interviewId>:<personId>` or `check-in:<opportunityId>:<sequence>`. */
  item_key: string;
  /** `brief`, `warm` or `formal`; null = the default. */
  tone: string | null;
  /** The user's edited subject and text; null = generated. */
  subject: string | null;
  draft: string | null;
  /** What the user would like to mention to this interviewer, written to be said (`0012_sayable_text`). */
  mention: ColumnType<string | null, string | null | undefined, string | null>;
  sent_at: Instant | null;
  dismissed_at: Instant | null;
  created_at: Instant;
  updated_at: Instant;
}

/** Per-owner follow-up rules (JSON overrides of the defaults) and the name notes are signed with. */
export interface FollowUpSettingsTable {
  owner_id: string;
  rules: string;
  sender_name: string;
  updated_at: Instant;
}
