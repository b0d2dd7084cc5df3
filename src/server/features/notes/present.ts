import type { Note, NoteMarker } from '../../../contracts/notes.js';
import type { NoteRow } from './repository.js';

/** Maps a note row to the API's Note. */
export function presentNote(row: NoteRow): Note {
  return {
    id: row.id,
    interviewId: row.interview_id,
    conversationId: row.conversation_id,
    text: row.text,
    marker: row.marker as NoteMarker,
    revision: row.revision,
    conflictOf: row.conflict_of,
    writtenAt: row.written_at,
    deleted: row.deleted_at !== null,
    updatedAt: row.updated_at,
  };
}
