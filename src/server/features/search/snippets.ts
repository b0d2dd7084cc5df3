/** Marks the start of a matched word in a raw snippet (both engines are asked to write it). */
export const START = '\u0002';
/** Marks the end of a matched word in a raw snippet. */
export const STOP = '\u0003';

/** Splits a marked snippet into parts for safe highlighting. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const re = new RegExp(`${START}([^${STOP}]*)${STOP}`, 'g');
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), match: false });
    parts.push({ text: m[1] ?? '', match: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), match: false });
  return parts.map((p) => ({ ...p, text: p.text.split(START).join('').split(STOP).join('') }));
}
