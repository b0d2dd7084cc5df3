/**
 * vCard export (4.0 or 3.0). Offerbook's own fields travel as X-OFFERBOOK-ROLE and
 * X-OFFERBOOK-IN-COMMON: address books keep unknown X- properties and show nothing odd, and NOTE
 * stays the user's background notes alone. Line breaks in text are written as `\n` (CR LF and CR
 * become LF), so parseVCards(writeVCard(p)) gives back every field of p.
 */
import type { PersonDetails } from './person.js';

/** Options for writeVCard. */
export interface WriteVCardOptions {
  version?: '4.0' | '3.0';
}

/** The longest line in octets, before the CRLF (RFC 6350 §3.2, RFC 2425 §5.8.1). */
export const MAX_LINE_OCTETS = 75;

/** Escapes a text value: backslash, comma, semicolon and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

/** URIs are not text: only the characters that would break the line or our reader are escaped. */
function escapeUri(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Folds a content line at 75 octets of UTF-8, never inside a character; continuations start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space of a continuation counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Splits a display name into N's family and given parts: the last word is taken as the family name. */
function nameParts(name: string): [family: string, given: string] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return [name.trim(), ''];
  return [words[words.length - 1]!, words.slice(0, -1).join(' ')];
}

function cardLines(p: PersonDetails, version: '4.0' | '3.0'): string[] {
  const v4 = version === '4.0';
  const [family, given] = nameParts(p.name);
  const lines = ['BEGIN:VCARD', `VERSION:${version}`, 'PRODID:-//Offerbook//Offerbook//EN'];
  lines.push(`FN:${escapeText(p.name)}`, `N:${escapeText(family)};${escapeText(given)};;;`);
  if (p.organisation) lines.push(`ORG:${escapeText(p.organisation)}`);
  if (p.title) lines.push(`TITLE:${escapeText(p.title)}`);
  if (p.email) lines.push(`EMAIL;TYPE=${v4 ? 'work' : 'INTERNET,WORK'}:${escapeText(p.email)}`);
  if (p.phone) lines.push(`TEL;${v4 ? 'VALUE=text;TYPE=work,voice' : 'TYPE=WORK,VOICE'}:${escapeText(p.phone)}`);
  for (const link of p.links) lines.push(`URL:${escapeUri(link)}`);
  if (p.background) lines.push(`NOTE:${escapeText(p.background)}`);
  lines.push(`X-OFFERBOOK-ROLE:${p.role}`);
  if (p.inCommon) lines.push(`X-OFFERBOOK-IN-COMMON:${escapeText(p.inCommon)}`);
  lines.push('END:VCARD');
  return lines;
}

/** Writes one or many people as a vCard file: CRLF line ends, folded at 75 octets, escaped. */
export function writeVCard(people: PersonDetails | readonly PersonDetails[], options: WriteVCardOptions = {}): string {
  const version = options.version ?? '4.0';
  const list: readonly PersonDetails[] = Array.isArray(people) ? people : [people as PersonDetails];
  return list.flatMap((p) => cardLines(p, version).map(foldLine)).join('\r\n') + '\r\n';
}
