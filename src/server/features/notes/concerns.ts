import { uuidv7 } from '../../../core/ids.js';
import type { Db } from '../../db/connect.js';
import { reindexConcern } from '../search/interview-documents.js';
import { concernTextOf } from './marker.js';
import { deleteNoteConcern, findConcernOfNote, firstPersonOf, insertNoteConcern, setConcernText, type NoteRow } from './repository.js';

/**
 * Keeps the concern of a `!` note in step with the note, in the caller's transaction: a live concern note has a
 * concern (created on first sight, its text following the note while the concern is open); a note that lost its
 * marker or was deleted takes its concern along only while nobody has worked on it (open, nothing noted on how it
 * was addressed). The concern's search document follows it.
 */
export async function syncConcern(trx: Db, note: NoteRow, opportunityId: string, now: string): Promise<void> {
  const existing = await findConcernOfNote(trx, note.id);
  const wanted = note.deleted_at === null && note.marker === 'concern';
  if (wanted) {
    const text = concernTextOf(note.text);
    if (!existing) {
      const id = uuidv7();
      await insertNoteConcern(trx, {
        id,
        owner_id: note.owner_id,
        opportunity_id: opportunityId,
        interview_id: note.interview_id,
        conversation_id: note.conversation_id,
        note_id: note.id,
        raised_by_person_id: note.conversation_id ? await firstPersonOf(trx, note.conversation_id) : null,
        text,
        status: 'open',
        how_addressed: '',
        created_at: now,
        updated_at: now,
      });
      await reindexConcern(trx, id);
    } else if (existing.status === 'open' && existing.text !== text) {
      await setConcernText(trx, existing.id, text, now);
      await reindexConcern(trx, existing.id);
    }
    return;
  }
  if (existing && existing.status === 'open' && existing.how_addressed === '') {
    await deleteNoteConcern(trx, existing.id);
    await reindexConcern(trx, existing.id);
  }
}
