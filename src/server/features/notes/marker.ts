import type { NoteMarker } from '../../../contracts/notes.js';
import { parseNoteLines } from '../../../core/followup/notes.js';

/** A note's marker: that of its first non-blank line (`?` question, `!` concern, `*` key point, `>` promise). */
export function markerOf(text: string): NoteMarker {
  return parseNoteLines(text.split('\n'))[0]?.marker ?? 'plain';
}

/** The text of the concern a `!` note raises: the note without its leading `!`. */
export function concernTextOf(text: string): string {
  return text.trim().replace(/^!\s*/u, '').trim();
}
