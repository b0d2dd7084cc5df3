// Table types of revision counters the dashboard and next-actions list watch.

/** A counter per owner, bumped by triggers whenever data the dashboard reads changes. */
export interface OwnerRevisionsTable {
  owner_id: string;
  revision: number;
}

/** A revision per owner and table the next-actions list reads (`0010_table_revisions`). */
export interface OwnerTableRevisionsTable {
  owner_id: string;
  table_name: string;
  revision: number;
}
