/** vCard import (2.1, 3.0, 4.0): text → people, with every problem tied to a line number. */
import type { PersonDetails } from './person.js';
import { guessRole, isPersonRole } from './person.js';
import type { ContentLine } from './vcard-lines.js';
import { parseContentLine, structuredValue, textValue, unfoldLines } from './vcard-lines.js';

/** A problem found while reading, at a (first physical) line of the file. */
export interface VCardIssue {
  line: number;
  message: string;
}

/** One card read successfully; warnings name what was dropped or guessed. */
export interface ParsedCard {
  person: PersonDetails;
  /** Line of the card's BEGIN:VCARD. */
  line: number;
  version: string;
  warnings: VCardIssue[];
}

/** Result of parseVCards: the good cards, and errors for the bad ones (which never stop the good ones). */
export interface VCardParseResult {
  cards: ParsedCard[];
  errors: VCardIssue[];
}

const KNOWN_VERSIONS = new Set(['2.1', '3.0', '4.0']);

function isMarker(cl: ContentLine, name: 'BEGIN' | 'END'): boolean {
  return cl.name === name && cl.rawValue.trim().toUpperCase() === 'VCARD';
}

function types(cl: ContentLine): string[] {
  return cl.params.get('TYPE') ?? [];
}

/** Lower is more preferred: PREF=n (4.0), TYPE=pref (3.0, 2.1), then no preference. */
function prefRank(cl: ContentLine): number {
  const pref = Number(cl.params.get('PREF')?.[0]);
  if (Number.isFinite(pref) && pref >= 1) return pref;
  return types(cl).includes('pref') ? 1 : 101;
}

/** Picks the one value we store among several EMAIL or TEL lines, warning about the others. */
function pickOne(lines: ContentLine[], label: string, clean: (v: string) => string, warnings: VCardIssue[]): string | undefined {
  const candidates = lines.map((cl, index) => ({ cl, index, value: clean(textValue(cl)) })).filter((c) => c.value !== '');
  if (candidates.length === 0) return undefined;
  // The card's own preference first; then work over personal; fax and pager numbers last.
  const rank = (c: (typeof candidates)[number]): number[] => {
    const t = types(c.cl);
    return [prefRank(c.cl), t.includes('fax') || t.includes('pager') ? 1 : 0, t.includes('work') ? 0 : 1, c.index];
  };
  candidates.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return 0;
  });
  const [best, ...rest] = candidates;
  if (rest.length > 0) {
    warnings.push({
      line: rest[0]!.cl.line,
      message: `kept ${label} ${best!.value}; also on the card: ${rest.map((r) => r.value).join(', ')}`,
    });
  }
  return best!.value;
}

/** An http(s) link, or a scheme-less web address made https; anything else (javascript:, x-apple:) is null. */
export function toWebLink(value: string): string | null {
  const v = value.trim();
  if (/^https?:\/\//i.test(v)) {
    try {
      new URL(v);
      return v;
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(v)) return null;
  if (/^[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?$/.test(v)) return `https://${v}`;
  return null;
}

function nameFrom(n: ContentLine | undefined): string {
  if (!n) return '';
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = structuredValue(n, true);
  return [prefix, given, additional, family, suffix].filter((p) => p !== '').join(' ');
}

function optional(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

/** Builds a person from one card's lines, or explains why the card cannot be used. */
function buildCard(line: number, props: ContentLine[]): ParsedCard | VCardIssue {
  const warnings: VCardIssue[] = [];
  const all = (name: string): ContentLine[] => props.filter((p) => p.name === name);
  const first = (name: string): ContentLine | undefined => props.find((p) => p.name === name);
  const text = (name: string): string | undefined => {
    const cl = first(name);
    return cl ? optional(textValue(cl)) : undefined;
  };

  const version = first('VERSION')?.rawValue.trim() ?? '';
  if (!KNOWN_VERSIONS.has(version)) {
    warnings.push({ line, message: version ? `unknown VERSION ${version}; read as 3.0` : 'no VERSION; read as 3.0' });
  }

  const name = text('FN') ?? optional(nameFrom(first('N')));
  if (!name) return { line, message: `the card starting at line ${line} has no name (neither FN nor N); skipped` };

  const title = text('TITLE') ?? text('ROLE');
  const orgLine = first('ORG');
  const organisation = orgLine ? optional(structuredValue(orgLine)[0]) : undefined;

  const email = pickOne(all('EMAIL'), 'email', (v) => v.trim().replace(/^mailto:/i, ''), warnings);
  const phone = pickOne(all('TEL'), 'phone', (v) => v.trim().replace(/^tel:/i, ''), warnings);

  const links: string[] = [];
  for (const cl of [...all('URL'), ...all('X-SOCIALPROFILE')]) {
    const raw = textValue(cl).trim();
    if (raw === '') continue;
    const link = toWebLink(raw);
    if (link === null) warnings.push({ line: cl.line, message: `skipped link "${raw}": only web (http, https) links are kept` });
    else if (!links.includes(link)) links.push(link);
  }

  const notes = all('NOTE')
    .map((cl) => textValue(cl).trim())
    .filter((n) => n !== '');
  const background = notes.length > 0 ? notes.join('\n\n') : undefined;
  const inCommon = text('X-OFFERBOOK-IN-COMMON');

  const roleText = text('X-OFFERBOOK-ROLE');
  let role = guessRole(title);
  if (roleText && isPersonRole(roleText)) role = roleText;
  else if (roleText) warnings.push({ line: first('X-OFFERBOOK-ROLE')!.line, message: `unknown role "${roleText}"; used ${role}` });

  const person: PersonDetails = { name, role, links };
  if (title) person.title = title;
  if (organisation) person.organisation = organisation;
  if (email) person.email = email;
  if (phone) person.phone = phone;
  if (background) person.background = background;
  if (inCommon) person.inCommon = inCommon;
  return { person, line, version: KNOWN_VERSIONS.has(version) ? version : '3.0', warnings };
}

/**
 * Reads every card in a vCard file. A bad card (no matching BEGIN/END, no name) or a line that is
 * not a property is reported with its line number and never stops the good cards.
 */
export function parseVCards(text: string): VCardParseResult {
  const cards: ParsedCard[] = [];
  const errors: VCardIssue[] = [];
  let current: { line: number; props: ContentLine[] } | null = null;
  let strayReported = false;

  const finish = (card: { line: number; props: ContentLine[] }): void => {
    const built = buildCard(card.line, card.props);
    if ('person' in built) cards.push(built);
    else errors.push(built);
  };

  for (const logical of unfoldLines(text)) {
    const cl = parseContentLine(logical);
    if (cl === null) {
      if (current) errors.push({ line: logical.line, message: `line ${logical.line} is not a vCard property; ignored` });
      else if (!strayReported) errors.push({ line: logical.line, message: `line ${logical.line} is outside any card; ignored` });
      strayReported = strayReported || !current;
      continue;
    }
    if (isMarker(cl, 'BEGIN')) {
      if (current) {
        errors.push({ line: current.line, message: `the card starting at line ${current.line} has no END:VCARD; skipped` });
      }
      current = { line: cl.line, props: [] };
      strayReported = false;
    } else if (isMarker(cl, 'END')) {
      if (current) finish(current);
      else errors.push({ line: cl.line, message: `END:VCARD at line ${cl.line} has no matching BEGIN:VCARD` });
      current = null;
    } else if (current) {
      current.props.push(cl);
    } else if (!strayReported) {
      errors.push({ line: cl.line, message: `line ${cl.line} is outside any card; ignored` });
      strayReported = true;
    }
  }
  if (current) errors.push({ line: current.line, message: `the card starting at line ${current.line} has no END:VCARD; skipped` });
  errors.sort((a, b) => a.line - b.line);
  return { cards, errors };
}
