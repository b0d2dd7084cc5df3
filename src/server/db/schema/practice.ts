// Table types of practice: answers with versions, stories, rehearsals.
import type { Instant } from './instant.js';

/** A prepared answer to a library prompt; opportunity_id set when tailored to one opportunity. */
export interface AnswersTable {
  id: string;
  owner_id: string;
  prompt_id: string;
  opportunity_id: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** One saved version of an answer (all are kept; the highest number is the current text). */
export interface AnswerVersionsTable {
  id: string;
  owner_id: string;
  answer_id: string;
  number: number;
  text: string;
  note: string;
  /** The coach's 0-100 score when saved. */
  score: number;
  /** JSON object: finding code to count. */
  finding_counts: string;
  created_at: Instant;
}

/** A STAR story in the user's story bank. */
export interface StoriesTable {
  id: string;
  owner_id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  /** JSON array of strings. */
  skills: string;
  /** JSON array of strings. */
  numbers: string;
  created_at: Instant;
  updated_at: Instant;
}

/** One timed rehearsal of a prompt: the text said (never audio) and the coach's summary. */
export interface RehearsalsTable {
  id: string;
  owner_id: string;
  prompt_id: string;
  opportunity_id: string | null;
  answer_text: string;
  duration_ms: number;
  self_rating: number;
  note: string;
  transcribed: number;
  score: number;
  /** JSON object: finding code to count. */
  finding_counts: string;
  /** JSON object: the coach's metrics. */
  metrics: string;
  created_at: Instant;
}
