// Table types of people and the opportunities they belong to.
import type { Instant } from './instant.js';

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
