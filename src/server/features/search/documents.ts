import { FACT_TOPICS } from '../../../core/research/checklist.js';
import type { Db } from '../../db/connect.js';
import { indexDocument, removeDocuments } from './repository-index.js';
import { indexInterviewsOf } from './interview-documents.js';
import {
  deleteOpportunityDocuments,
  deleteOwnerDocuments,
  factDocRow,
  opportunityDocRow,
  ownedIds,
  personDocRow,
  postingCopyText,
} from './repository.js';

const topicLabel = new Map(FACT_TOPICS.map((t) => [t.topic as string, t.label]));
const lines = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n');

/**
 * Re-indexes one opportunity from its row. When it is gone, its document goes, and so do those of the
 * interviews, notes and concerns that went with it (they carry its id).
 */
export async function reindexOpportunity(db: Db, id: string): Promise<void> {
  const row = await opportunityDocRow(db, id);
  if (!row) {
    await removeDocuments(db, 'opportunity', [id]);
    await deleteOpportunityDocuments(db, id);
    return;
  }
  // The kept copy of the posting is searchable through its opportunity.
  const posting = await postingCopyText(db, id);
  await indexDocument(db, {
    kind: 'opportunity',
    refId: row.id,
    ownerId: row.owner_id,
    opportunityId: row.id,
    employerId: row.employer_id,
    title: `${row.role_title} at ${row.name}`,
    body: lines(row.location, row.next_action, row.job_description, posting?.text ?? null),
  });
}

/** Re-indexes one fact (or drops it when gone). */
export async function reindexFact(db: Db, id: string): Promise<void> {
  const row = await factDocRow(db, id);
  if (!row) return removeDocuments(db, 'fact', [id]);
  await indexDocument(db, {
    kind: 'fact',
    refId: row.id,
    ownerId: row.owner_id,
    opportunityId: null,
    employerId: row.employer_id,
    title: `${row.name}: ${topicLabel.get(row.topic) ?? row.topic}`,
    body: row.statement,
  });
}

/** Re-indexes one person (or drops them when gone). */
export async function reindexPerson(db: Db, id: string): Promise<void> {
  const row = await personDocRow(db, id);
  if (!row) return removeDocuments(db, 'person', [id]);
  await indexDocument(db, {
    kind: 'person',
    refId: row.id,
    ownerId: row.owner_id,
    opportunityId: null,
    employerId: row.employer_id,
    title: row.name,
    body: lines(row.title, row.employer, row.email, row.background, row.in_common),
  });
}

/** Rebuilds an owner's whole index (after an import). */
export async function rebuildSearchIndex(db: Db, ownerId: string): Promise<void> {
  await deleteOwnerDocuments(db, ownerId);
  const ids = (table: 'opportunities' | 'facts' | 'people') => ownedIds(db, table, ownerId);
  for (const id of await ids('opportunities')) await reindexOpportunity(db, id);
  for (const id of await ids('facts')) await reindexFact(db, id);
  for (const id of await ids('people')) await reindexPerson(db, id);
  await indexInterviewsOf(db, ownerId);
}
