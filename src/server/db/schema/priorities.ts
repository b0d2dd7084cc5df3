// Table types of priorities and fit ratings.
import type { Instant } from './instant.js';

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
