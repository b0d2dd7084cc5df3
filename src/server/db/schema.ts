import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/** Times are ISO 8601 strings in UTC; calendar dates are `YYYY-MM-DD`; ids are UUID strings. */
type Instant = string;

export interface UsersTable {
  id: string;
  display_name: string;
  is_local: ColumnType<number, number | undefined, number>;
  created_at: Instant;
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

/** The whole database as Kysely sees it. */
export interface Database {
  users: UsersTable;
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
}

export type OpportunityRow = Selectable<OpportunitiesTable>;
export type NewOpportunityRow = Insertable<OpportunitiesTable>;
export type OpportunityRowUpdate = Updateable<OpportunitiesTable>;
export type EmployerRow = Selectable<EmployersTable>;
export type OpportunityEventRow = Selectable<OpportunityEventsTable>;
