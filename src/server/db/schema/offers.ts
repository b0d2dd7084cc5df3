// Table types of offers.
import type { Instant } from './instant.js';

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
