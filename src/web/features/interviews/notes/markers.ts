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

/**
 * Puts marker `sign` at the start of the line the caret is on (replacing a marker already there), as typing it
 * would: answers the new text and where the caret goes (it keeps its place in the line's text).
 */
export function withMarker(text: string, caret: number, sign: string): { text: string; caret: number } {
  const at = Math.max(0, Math.min(caret, text.length));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const rest = text.slice(lineStart);
  const existing = /^[?!*>]\s*/.exec(rest)?.[0] ?? '';
  const prefix = `${sign} `;
  const next = text.slice(0, lineStart) + prefix + rest.slice(existing.length);
  return { text: next, caret: Math.max(lineStart + prefix.length, at - existing.length + prefix.length) };
}
