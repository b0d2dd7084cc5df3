import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/** Times are ISO 8601 strings in UTC; calendar dates are `YYYY-MM-DD`; ids are UUID strings. */
type Instant = string;

export interface UsersTable {
  id: string;
  display_name: string;
  is_local: ColumnType<number, number | undefined, number>;
  created_at: Instant;
  /** Server mode: lower-cased sign-in email (null for the local user). */
  email: ColumnType<string | null, string | null | undefined, string | null>;
  /** argon2id hash; null until a password is set. */
  password_hash: ColumnType<string | null, string | null | undefined, string | null>;
  /** candidate, coach or admin. */
  role: ColumnType<string, string | undefined, string>;
  disabled_at: ColumnType<Instant | null, Instant | null | undefined, Instant | null>;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the random token in the cookie. */
  id: string;
  user_id: string;
  created_at: Instant;
  last_seen_at: Instant;
  expires_at: Instant;
  revoked_at: Instant | null;
  user_agent: string | null;
  ip: string | null;
}

export interface InvitationsTable {
  id: string;
  token_hash: string;
  email: string;
  role: string;
  created_by: string | null;
  created_at: Instant;
  expires_at: Instant;
  used_at: Instant | null;
}

export interface PasswordResetsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_by: string | null;
  created_at: Instant;
  expires_at: Instant;
  used_at: Instant | null;
}

export interface RateLimitsTable {
  key: string;
  window_start: Instant;
  count: number;
}

export interface SharesTable {
  id: string;
  /** The candidate who shares. */
  owner_id: string;
  coach_id: string;
  /** `opportunity` (one opportunity, its plan and answers) or `answers` (all answers). */
  scope: string;
  opportunity_id: string | null;
  /** "Employer — Role" when shared. */
  title: string | null;
  created_at: Instant;
  revoked_at: Instant | null;
}

export interface ShareCommentsTable {
  id: string;
  /** The candidate whose content it is about. */
  owner_id: string;
  share_id: string;
  author_id: string;
  /** `answer` or `question-plan`. */
  target_kind: string;
  target_id: string;
  body: string;
  created_at: Instant;
}

export interface AuditLogTable {
  id: string;
  at: Instant;
  actor_id: string | null;
  action: string;
  subject: string | null;
  ip: string | null;
  /** JSON object. */
  detail: ColumnType<string, string | undefined, string>;
}

export interface EmployersTable {
  id: string;
  owner_id: string;
  name: string;
  /** Lower-cased, trimmed name: one employer per name per owner. */
  name_key: string;
  created_at: Instant;
  updated_at: Instant;
}

export interface OpportunitiesTable {
  id: string;
  owner_id: string;
  employer_id: string;
  role_title: string;
  location: string | null;
  remote_policy: string | null;
  source_url: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: string | null;
  job_description: string;
  stage: string;
  next_action: string | null;
  next_action_due: string | null;
  excitement: number | null;
  archived_at: Instant | null;
  stage_changed_at: Instant;
  created_at: Instant;
  updated_at: Instant;
}

export interface OpportunityEventsTable {
  id: string;
  owner_id: string;
  opportunity_id: string;
  kind: string;
  from_stage: string | null;
  to_stage: string | null;
  at: Instant;
}

export interface SettingsTable {
  owner_id: string;
  pipeline_target: number;
  updated_at: Instant;
}

export interface FactsTable {
  id: string;
  owner_id: string;
  employer_id: string;
  topic: string;
  statement: string;
  source_url: string | null;
  noted_on: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface PeopleTable {
  id: string;
  owner_id: string;
  employer_id: string | null;
  name: string;
  title: string | null;
  role: string;
  email: string | null;
  phone: string | null;
  /** JSON array of http(s) links. */
  links: string;
  background: string;
  in_common: string;
  created_at: Instant;
  updated_at: Instant;
}

export interface OpportunityPeopleTable {
  id: string;
  owner_id: string;
  opportunity_id: string;
  person_id: string;
  created_at: Instant;
}

export interface PrioritiesTable {
  id: string;
  owner_id: string;
  key: string;
  name: string;
  weight: number;
  description: string;
  max_commute_minutes: number | null;
  pay_floor: number | null;
  position: number;
  updated_at: Instant;
}

export interface FitRatingsTable {
  id: string;
  owner_id: string;
  opportunity_id: string;
  priority_key: string;
  rating: string;
  evidence: string;
  /** JSON array of fact ids. */
  fact_ids: string;
  updated_at: Instant;
}

/** One searchable document; each database indexes it with its own full-text engine. */
export interface SearchDocumentsTable {
  owner_id: string;
  kind: string;
  ref_id: string;
  opportunity_id: string | null;
  employer_id: string | null;
  title: string;
  body: string;
}

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

/** The offer of an opportunity (at most one); money in whole units of `currency`, dates `YYYY-MM-DD`. */
export interface OffersTable {
  id: string;
  owner_id: string;
  opportunity_id: string;
  base_pay: number | null;
  currency: string | null;
  /** `year`, `month`, `hour`, like opportunities' salary period. */
  pay_period: string | null;
  bonus: string;
  equity: string;
  benefits: string;
  start_date: string | null;
  location: string;
  remote_policy: string | null;
  deadline: string | null;
  /** `pending`, `accepted` or `declined`. */
  status: string;
  notes: string;
  created_at: Instant;
  updated_at: Instant;
}

/** A subscribable calendar feed; only the SHA-256 of its secret token is stored. */
export interface CalendarFeedsTable {
  id: string;
  owner_id: string;
  token_hash: string;
  created_at: Instant;
  revoked_at: Instant | null;
}

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

/** A counter per owner, bumped by triggers whenever data the dashboard reads changes. */
export interface OwnerRevisionsTable {
  owner_id: string;
  revision: number;
}

/** A revision per owner and table the next-actions list reads (`0010_table_revisions`). */
export interface OwnerTableRevisionsTable {
  owner_id: string;
  table_name: string;
  revision: number;
}

/** The whole database as Kysely sees it. */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  rate_limits: RateLimitsTable;
  audit_log: AuditLogTable;
  shares: SharesTable;
  share_comments: ShareCommentsTable;
  employers: EmployersTable;
  opportunities: OpportunitiesTable;
  opportunity_events: OpportunityEventsTable;
  settings: SettingsTable;
  facts: FactsTable;
  people: PeopleTable;
  opportunity_people: OpportunityPeopleTable;
  priorities: PrioritiesTable;
  fit_ratings: FitRatingsTable;
  search_documents: SearchDocumentsTable;
  owner_revisions: OwnerRevisionsTable;
  owner_table_revisions: OwnerTableRevisionsTable;
  user_questions: UserQuestionsTable;
  question_plans: QuestionPlansTable;
  question_plan_interviewers: QuestionPlanInterviewersTable;
  question_plan_items: QuestionPlanItemsTable;
  housekeeping: HousekeepingTable;
  answers: AnswersTable;
  answer_versions: AnswerVersionsTable;
  stories: StoriesTable;
  rehearsals: RehearsalsTable;
  interviews: InterviewsTable;
  conversations: ConversationsTable;
  conversation_people: ConversationPeopleTable;
  interview_notes: InterviewNotesTable;
  concerns: ConcernsTable;
  reflections: ReflectionsTable;
  offers: OffersTable;
  calendar_feeds: CalendarFeedsTable;
  follow_ups: FollowUpsTable;
  follow_up_settings: FollowUpSettingsTable;
}

export type OpportunityRow = Selectable<OpportunitiesTable>;
export type NewOpportunityRow = Insertable<OpportunitiesTable>;
export type OpportunityRowUpdate = Updateable<OpportunitiesTable>;
export type EmployerRow = Selectable<EmployersTable>;
export type OpportunityEventRow = Selectable<OpportunityEventsTable>;
