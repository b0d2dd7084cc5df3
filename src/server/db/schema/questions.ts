// Table types of questions to ask: the user's library edits, question plans, housekeeping answers.
import type { Instant } from './instant.js';

/** The user's own questions to ask, and their edits of built-ins (`based_on` = built-in id). */
export interface UserQuestionsTable {
  id: string;
  owner_id: string;
  based_on: string | null;
  text: string;
  purpose: string;
  /** JSON array of interviewer roles. */
  roles: string;
  /** JSON array of priority keys. */
  informs: string;
  created_at: Instant;
  updated_at: Instant;
}

/** A question plan; one per opportunity until interviews exist. */
export interface QuestionPlansTable {
  id: string;
  owner_id: string;
  opportunity_id: string;
  /** The user's closing line; null means the default draft. */
  closing_line: string | null;
  /** 1 once the user chose the plan's interviewers; 0 derives them from the opportunity's people. */
  interviewers_set: number;
  created_at: Instant;
  updated_at: Instant;
}

/** A person in a question plan and the interviewer role they play. */
export interface QuestionPlanInterviewersTable {
  id: string;
  owner_id: string;
  plan_id: string;
  person_id: string;
  role: string;
  position: number;
}

/** One question in a plan. */
export interface QuestionPlanItemsTable {
  id: string;
  owner_id: string;
  plan_id: string;
  question_id: string | null;
  text: string;
  purpose: string;
  /** JSON array of interviewer roles the question suits. */
  roles: string;
  position: number;
  interviewer_person_id: string | null;
  pinned: number;
  asked: number;
  answer_heard: string;
  created_at: Instant;
  updated_at: Instant;
}

/** The housekeeping answers heard for one opportunity. */
export interface HousekeepingTable {
  id: string;
  owner_id: string;
  opportunity_id: string;
  next_steps: string;
  decision_date: string | null;
  candidate_count: number | null;
  best_contact: string;
  best_contact_person_id: string | null;
  preferred_channel: string | null;
  preferred_timing: string;
  contact_email: string | null;
  contact_phone: string | null;
  updated_at: Instant;
}
