// Table types of employers, opportunities and their stage history.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Instant } from './instant.js';

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
export type NewOpportunityRow = Insertable<OpportunitiesTable>;
export type OpportunityRowUpdate = Updateable<OpportunitiesTable>;
export type OpportunityEventRow = Selectable<OpportunityEventsTable>;
