/** Text helpers for reading a pasted invitation. */

/** Same-length normalisation: odd spaces become spaces, dashes become `-`, dots used as separators become spaces. */
export function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u2009\u200a\u202f\u3000]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00b7\u22c5\u2022\u2219]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'");
}

/** Replaces the characters in [start, end) with spaces, keeping every other index where it was. */
export function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

const HEADER = /^\s*(?:from|sent|to|cc|bcc|date|reply-to)\s*:/i;
const HEADER_NEIGHBOUR = /^\s*(?:from|to|subject|cc)\s*:/i;

/**
 * Indexes of lines that belong to a forwarded or quoted e-mail header ("From:", "Sent:", "Date:" next to
 * "To:" or "Subject:"): their dates are when the mail was sent, not when the interview is.
 */
export function headerLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((line, i) => {
    if (!HEADER.test(line)) return;
    const near = [i - 2, i - 1, i + 1, i + 2].some((j) => j !== i && HEADER_NEIGHBOUR.test(lines[j] ?? ''));
    if (near || /^\s*sent\s*:/i.test(line)) out.add(i);
  });
  return out;
}

/** Removes a list bullet or number at the start of a line. */
export function stripBullet(line: string): string {
  return line.replace(/^\s*(?:[-*+>•·]+|\d{1,2}[.)](?!\d))\s*/u, '');
}

/** Collapses runs of spaces and trims. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// A message quoted or forwarded under another: "-----Original Message-----", "---------- Forwarded message ---------",
// "Begin forwarded message:", "On Tue, 3 May, Dana wrote:".
const QUOTE_MARK =
  /^\s*(?:-{2,}\s*(?:original|forwarded) (?:message|appointment|invitation)|begin forwarded message|on .{5,80} wrote:\s*$)/i;

/** True when a quoted or forwarded message starts at line i: a marker, or a "From:" header over "Sent:", "Date:" or "To:". */
export function startsMessage(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (QUOTE_MARK.test(line)) return true;
  return /^\s*from\s*:\s*\S/i.test(line) && lines.slice(i + 1, i + 3).some((l) => /^\s*(?:sent|date|to)\s*:/i.test(l));
}

/**
 * Where the first message of a chain ends: at the first quoted or forwarded message with some text of its own above it
 * (headers and markers are not text). The whole text when nothing is quoted.
 */
export function firstMessageEnd(lines: readonly string[]): number {
  let text = false;
  for (let i = 0; i < lines.length; i++) {
    if (text && startsMessage(lines, i)) return i;
    const line = lines[i]!;
    if (line.trim() && !startsMessage(lines, i) && !/^\s*(?:from|sent|date|to|cc|bcc|subject|reply-to)\s*:/i.test(line)) text = true;
  }
  return lines.length;
}
