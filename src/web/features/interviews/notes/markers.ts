import type { NoteMarker } from '../../../../contracts/notes.js';


/** How each marker reads beside a note, and the sign that starts it. */
export const MARKER_INFO: Record<Exclude<NoteMarker, 'plain'>, { label: string; sign: string; hint: string }> = {
  question: { label: 'Question', sign: '?', hint: 'a question you asked' },
  concern: { label: 'Concern', sign: '!', hint: 'a concern they raised' },
  key: { label: 'Key point', sign: '*', hint: 'a key point' },
  promise: { label: 'Follow-up', sign: '>', hint: 'something you promised to follow up' },
};

/** A clock time as HH:MM on this device. */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false });
}
