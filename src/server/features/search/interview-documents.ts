import type { Db } from '../../db/connect.js';
import { indexDocument, removeDocuments, type SearchDocument } from './repository-index.js';
import {
  concernDocQuery,
  deleteInterviewDocuments,
  interviewDocQuery,
  noteDocQuery,
  ownerConcernDocRows,
  ownerInterviewDocRows,
  ownerNoteDocRows,
} from './repository.js';

/**
 * Documents for interviews, their notes and concerns. Only live things are indexed: a deleted note, a
 * soft-deleted interview (with its notes and concerns) has no document, and gets it back on restore.
 * Notes and concerns carry no title of their own: the hit's title is put together when searching, from the
 * interview and opportunity as they are then (see service.ts), so renaming those never leaves stale titles.
 * Migration 0011_search_interviews writes the same documents in SQL; keep the two in step.
 */

/** The words an interview of each kind goes by when it has no title. */
export const INTERVIEW_KIND_WORDS: Record<string, string> = {
  phone: 'Phone interview',
  video: 'Video interview',
  onsite: 'On-site interview',
};

const lines = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n');

/** How an interview is called: its title, or the words for its kind. */
export function interviewName(row: { title: string; kind: string }): string {
  return row.title !== '' ? row.title : (INTERVIEW_KIND_WORDS[row.kind] ?? `${row.kind} interview`);
}

type Text = Pick<SearchDocument, 'title' | 'body'>;

/** An interview's searchable text: its name, its kind and where it happens. */
export function interviewText(row: { title: string; kind: string; location: string }): Text {
  return { title: interviewName(row), body: lines(INTERVIEW_KIND_WORDS[row.kind] ?? `${row.kind} interview`, row.location) };
}

/** A note's searchable text: what was written (conflict copies are notes like any other). */
export function noteText(row: { text: string }): Text {
  return { title: '', body: row.text };
}

/** A concern's searchable text: the concern and how it was addressed. */
export function concernText(row: { text: string; how_addressed: string }): Text {
  return { title: '', body: lines(row.text, row.how_addressed) };
}

type InterviewDocRow = { id: string; owner_id: string; opportunity_id: string; kind: string; title: string; location: string };
type NoteDocRow = { id: string; owner_id: string; opportunity_id: string; text: string };
type ConcernDocRow = { id: string; owner_id: string; opportunity_id: string; text: string; how_addressed: string };

const place = (row: { id: string; owner_id: string; opportunity_id: string }) => ({
  refId: row.id,
  ownerId: row.owner_id,
  opportunityId: row.opportunity_id,
  employerId: null,
});
const indexInterviewRow = (db: Db, row: InterviewDocRow) => indexDocument(db, { kind: 'interview', ...place(row), ...interviewText(row) });
const indexNoteDoc = (db: Db, row: NoteDocRow) => indexDocument(db, { kind: 'note', ...place(row), ...noteText(row) });
const indexConcernRow = (db: Db, row: ConcernDocRow) => indexDocument(db, { kind: 'concern', ...place(row), ...concernText(row) });

/** Re-indexes one interview (or drops it when gone or deleted). Its notes and concerns have documents of their own. */
export async function reindexInterview(db: Db, id: string): Promise<void> {
  const row = await interviewDocQuery(db).where('i.id', '=', id).executeTakeFirst();
  if (row) await indexInterviewRow(db, row);
  else await removeDocuments(db, 'interview', [id]);
}

/**
 * Indexes a note the caller just wrote, in its transaction (the interview is known to be live): a deleted
 * note loses its document.
 */
export async function indexNote(
  db: Db,
  note: { id: string; owner_id: string; text: string; deleted_at: string | null },
  opportunityId: string,
): Promise<void> {
  if (note.deleted_at !== null) await removeDocuments(db, 'note', [note.id]);
  else await indexNoteDoc(db, { ...note, opportunity_id: opportunityId });
}

/** Re-indexes one concern (or drops it when gone or its interview is deleted). */
export async function reindexConcern(db: Db, id: string): Promise<void> {
  const row = await concernDocQuery(db).where('c.id', '=', id).executeTakeFirst();
  if (row) await indexConcernRow(db, row);
  else await removeDocuments(db, 'concern', [id]);
}

/** Removes the documents of interviews and of every note and concern in them. */
export async function removeInterviewDocuments(db: Db, interviewIds: string[]): Promise<void> {
  if (interviewIds.length === 0) return;
  await deleteInterviewDocuments(db, interviewIds);
}

/** Re-indexes an interview with its notes and concerns (after a delete is undone, or to hide them all). */
export async function reindexInterviewTree(db: Db, interviewId: string): Promise<void> {
  await removeInterviewDocuments(db, [interviewId]);
  for (const row of await interviewDocQuery(db).where('i.id', '=', interviewId).execute()) await indexInterviewRow(db, row);
  for (const row of await noteDocQuery(db).where('n.interview_id', '=', interviewId).execute()) await indexNoteDoc(db, row);
  for (const row of await concernDocQuery(db).where('c.interview_id', '=', interviewId).execute()) await indexConcernRow(db, row);
}

/** Indexes all of an owner's live interviews, notes and concerns (rebuilding the index after an import). */
export async function indexInterviewsOf(db: Db, ownerId: string): Promise<void> {
  for (const row of await ownerInterviewDocRows(db, ownerId)) await indexInterviewRow(db, row);
  for (const row of await ownerNoteDocRows(db, ownerId)) await indexNoteDoc(db, row);
  for (const row of await ownerConcernDocRows(db, ownerId)) await indexConcernRow(db, row);
}
