import { stripEnd } from './text.js';

/** What a note line is, from its leading marker. */
export type NoteMarker = 'question' | 'concern' | 'key' | 'promise' | 'plain';

/** One parsed note line. */
export interface NoteLine {
  marker: NoteMarker;
  text: string;
}

const MARKERS: Record<string, NoteMarker> = { '?': 'question', '!': 'concern', '*': 'key', '>': 'promise' };

/** Splits note lines into their marker and text, skipping blank lines. */
export function parseNoteLines(lines: readonly string[]): NoteLine[] {
  const out: NoteLine[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const marker = MARKERS[line.charAt(0)];
    const text = marker ? line.slice(1).trim() : line;
    if (text) out.push({ marker: marker ?? 'plain', text });
  }
  return out;
}

/** A note's marker: that of its first non-blank line (`plain` when it has none). Server and browser agree on it. */
export function markerOf(text: string): NoteMarker {
  return parseNoteLines(text.split('\n'))[0]?.marker ?? 'plain';
}

/** The `>` lines: things the user promised to send or do. */
export function promisesIn(lines: readonly NoteLine[]): string[] {
  return lines.filter((l) => l.marker === 'promise').map((l) => stripEnd(l.text));
}
