/**
 * The table types, one file per feature area under `schema/`; this file gathers them into the `Database` Kysely
 * sees and re-exports every table and row type, so imports stay `db/schema.js`.
 */
import type {
  UsersTable,
  SessionsTable,
  InvitationsTable,
  PasswordResetsTable,
  RateLimitsTable,
  KnownDevicesTable,
  SharesTable,
  ShareCommentsTable,
  AuditLogTable,
} from './schema/accounts.js';
import type { EmployersTable, OpportunitiesTable, OpportunityEventsTable } from './schema/opportunities.js';
import type { SettingsTable } from './schema/settings.js';
import type { FactsTable } from './schema/research.js';
import type { PeopleTable, OpportunityPeopleTable } from './schema/people.js';
import type { PrioritiesTable, FitRatingsTable } from './schema/priorities.js';
import type { SearchDocumentsTable } from './schema/search.js';
import type {
  UserQuestionsTable,
  QuestionPlansTable,
  QuestionPlanInterviewersTable,
  QuestionPlanItemsTable,
  HousekeepingTable,
} from './schema/questions.js';
import type { AnswersTable, AnswerVersionsTable, StoriesTable, RehearsalsTable } from './schema/practice.js';
import type {
  InterviewsTable,
  ConversationsTable,
  ConversationPeopleTable,
  InterviewNotesTable,
  ConcernsTable,
  ReflectionsTable,
} from './schema/interviews.js';
import type { OffersTable } from './schema/offers.js';
import type { CalendarFeedsTable } from './schema/calendar.js';
import type { FollowUpsTable, FollowUpSettingsTable } from './schema/followups.js';
import type { OwnerRevisionsTable, OwnerTableRevisionsTable } from './schema/revisions.js';
import type { PostingCopiesTable } from './schema/postings.js';
import type { ImportsTable, ImportItemsTable } from './schema/imports.js';

export type {
  UsersTable,
  SessionsTable,
  InvitationsTable,
  PasswordResetsTable,
  RateLimitsTable,
  KnownDevicesTable,
  SharesTable,
  ShareCommentsTable,
  AuditLogTable,
} from './schema/accounts.js';
export type {
  EmployersTable,
  OpportunitiesTable,
  OpportunityEventsTable,
  NewOpportunityRow,
  OpportunityRowUpdate,
  OpportunityEventRow,
} from './schema/opportunities.js';
export type { SettingsTable } from './schema/settings.js';
export type { FactsTable } from './schema/research.js';
export type { PeopleTable, OpportunityPeopleTable } from './schema/people.js';
export type { PrioritiesTable, FitRatingsTable } from './schema/priorities.js';
export type { SearchDocumentsTable } from './schema/search.js';
export type {
  UserQuestionsTable,
  QuestionPlansTable,
  QuestionPlanInterviewersTable,
  QuestionPlanItemsTable,
  HousekeepingTable,
} from './schema/questions.js';
export type { AnswersTable, AnswerVersionsTable, StoriesTable, RehearsalsTable } from './schema/practice.js';
export type {
  InterviewsTable,
  ConversationsTable,
  ConversationPeopleTable,
  InterviewNotesTable,
  ConcernsTable,
  ReflectionsTable,
} from './schema/interviews.js';
export type { OffersTable } from './schema/offers.js';
export type { CalendarFeedsTable } from './schema/calendar.js';
export type { FollowUpsTable, FollowUpSettingsTable } from './schema/followups.js';
export type { OwnerRevisionsTable, OwnerTableRevisionsTable } from './schema/revisions.js';
export type { PostingCopiesTable } from './schema/postings.js';
export type { ImportsTable, ImportItemsTable } from './schema/imports.js';

/** The whole database as Kysely sees it. */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  rate_limits: RateLimitsTable;
  known_devices: KnownDevicesTable;
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
  posting_copies: PostingCopiesTable;
  calendar_feeds: CalendarFeedsTable;
  follow_ups: FollowUpsTable;
  follow_up_settings: FollowUpSettingsTable;
  imports: ImportsTable;
  import_items: ImportItemsTable;
}
