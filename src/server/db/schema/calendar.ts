// Table types of calendar feeds.
import type { Instant } from './instant.js';

/** A subscribable calendar feed; only the SHA-256 of its secret token is stored. */
export interface CalendarFeedsTable {
  id: string;
  owner_id: string;
  token_hash: string;
  created_at: Instant;
  revoked_at: Instant | null;
}
