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

/** The specific point a thank-you note refers back to. */
export interface NotePoint {
  kind: 'key' | 'question' | 'line';
  text: string;
  /** For a question: the answer noted on the line after it. */
  answer?: string;
}

/**
 * Picks the point worth mentioning: a `*` key point first, then a `?` question (with the plain
 * line after it as its answer), then the most substantial plain line.
 */
export function pickPoint(lines: readonly NoteLine[]): NotePoint | undefined {
  const key = lines.find((l) => l.marker === 'key');
  if (key) return { kind: 'key', text: stripEnd(key.text) };
  const qIndex = lines.findIndex((l) => l.marker === 'question');
  if (qIndex >= 0) {
    const next = lines[qIndex + 1];
    const question = lines[qIndex]!.text.trim().replace(/\?*$/u, '?');
    return next && next.marker === 'plain' ? { kind: 'question', text: question, answer: stripEnd(next.text) } : { kind: 'question', text: question };
  }
  const plain = lines.filter((l) => l.marker === 'plain' && l.text.split(/\s+/).length >= 3);
  const best = plain.sort((a, b) => b.text.length - a.text.length)[0];
  return best ? { kind: 'line', text: stripEnd(best.text) } : undefined;
}

/** The `>` lines: things the user promised to send or do. */
export function promisesIn(lines: readonly NoteLine[]): string[] {
  return lines.filter((l) => l.marker === 'promise').map((l) => stripEnd(l.text));
}
