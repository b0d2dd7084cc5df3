// Table types of CSV imports (kept so an import can be undone as a whole).
import type { Instant } from './instant.js';

/** One CSV import. */
export interface ImportsTable {
  id: string;
  owner_id: string;
  file_name: string;
  /** The preset the columns were read as (`generic` when mapped by hand). */
  preset: string;
  created_at: Instant;
}

/** Something an import added: an opportunity, or a person it created for a contact. */
export interface ImportItemsTable {
  id: string;
  owner_id: string;
  import_id: string;
  opportunity_id: string | null;
  person_id: string | null;
}
