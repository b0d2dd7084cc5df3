// Table types of the search index.

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
