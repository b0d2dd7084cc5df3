import { z } from 'zod';
import { Id, Instant } from './common.js';

/** What a note line is, from its leading marker: `?` question asked, `!` concern, `*` key point, `>` promise. */
export const NOTE_MARKERS = ['plain', 'question', 'concern', 'key', 'promise'] as const;
export const NoteMarker = z.enum(NOTE_MARKERS);
export type NoteMarker = z.infer<typeof NoteMarker>;

/**
 * Body of `PUT /api/notes/:id`: the whole note as the device has it. Idempotent: the same body twice changes
 * nothing. `baseRevision` is the server revision the device last saw (0 for a note it created); when the server
 * has moved on and the texts differ, both versions are kept (the device's becomes a note of its own, `conflictOf`).
 */
export const PutNote = z.strictObject({
  interviewId: Id,
  conversationId: Id.nullable(),
  text: z.string().max(20_000, { message: 'must be at most 20000 characters' }),
  baseRevision: z.number().int().min(0),
  writtenAt: Instant,
  deleted: z.boolean().optional(),
});
export type PutNote = z.infer<typeof PutNote>;

/** A note as the server holds it. */
export const Note = z.object({
  id: Id,
  interviewId: Id,
  conversationId: Id.nullable(),
  text: z.string(),
  marker: NoteMarker,
  revision: z.number().int(),
  conflictOf: Id.nullable(),
  writtenAt: Instant,
  deleted: z.boolean(),
  updatedAt: Instant,
});
export type Note = z.infer<typeof Note>;

/** Answer of `PUT /api/notes/:id`: the note now on the server, and the device's version when it was kept apart. */
export const PutNoteResult = z.object({ note: Note, conflict: Note.nullable() });
export type PutNoteResult = z.infer<typeof PutNoteResult>;

/** `GET /api/interviews/:id/notes`: every note of the interview (deleted ones left out), oldest first. */
export const NoteList = z.object({ items: z.array(Note) });
