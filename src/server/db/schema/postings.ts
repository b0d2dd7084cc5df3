// Table types of kept posting copies.
import type { Instant } from './instant.js';

/** The copy of the job posting kept on an opportunity (at most one); dates `YYYY-MM-DD`. */
export interface PostingCopiesTable {
  id: string;
  owner_id: string;
  opportunity_id: string;
  source_url: string | null;
  posted_at: string | null;
  closes_at: string | null;
  /** The posting as plain text. */
  text: string;
  /** The page's HTML reduced to safe formatting tags, when the page was given. */
  html: string | null;
  captured_at: Instant;
}
