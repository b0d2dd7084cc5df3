// Table types of research facts about employers.
import type { Instant } from './instant.js';

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
