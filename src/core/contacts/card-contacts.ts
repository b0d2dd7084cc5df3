/**
 * Email, phone and website on a business card's OCR text, with the usual OCR confusions undone: O for 0 and l for 1
 * in numbers, spaces around "@" and dots, "corn" for "com", © for @, and the labels printed before them (Tel:, M:, E:).
 */
import { COMMON_TLDS } from './card-words.js';

/** What a label in front of a value says it is. */
export type ContactLabel = 'email' | 'mobile' | 'direct' | 'phone' | 'fax' | 'web' | 'none';

const LABELS: [RegExp, ContactLabel][] = [
  [/^(?:e-?mail|mail|email address|e)$/i, 'email'],
  [/^(?:mobile|mob|cell|cellular|handy|m|c)$/i, 'mobile'],
  [/^(?:direct|dir|direct line|dd|d)$/i, 'direct'],
  [/^(?:tel|tel\.|telephone|phone|ph|office|main|work|t|p|o|w)$/i, 'phone'],
  [/^(?:fax|facsimile|f)$/i, 'fax'],
  [/^(?:web|website|site|url|internet)$/i, 'web'],
];

/** Splits a leading label ("Tel:", "M", "E-mail:") off a piece of text. */
export function splitLabel(text: string): { label: ContactLabel; rest: string } {
  const m = /^([A-Za-z][A-Za-z.-]{0,12}(?: (?:address|line))?)\s*[:.|]?\s*(?=[+(\d\p{L}])/u.exec(text);
  if (m) {
    const word = m[1]!.replace(/[.:]$/, '');
    const hit = LABELS.find(([re]) => re.test(word));
    // A lone letter counts as a label only when something follows it with a separator ("M +44…", "E: jo@…").
    if (hit && (word.length > 1 || /^[A-Za-z]\s*[:.|]?\s+|^[A-Za-z]\s*[:|]/.test(text))) {
      return { label: hit[1], rest: text.slice(m[0].length).trim() };
    }
  }
  return { label: 'none', rest: text };
}

/** A value found on a card, with how sure the reading is (0–1) and whether OCR slips had to be mended. */
export interface ContactHit {
  value: string;
  confidence: number;
  label: ContactLabel;
  mended: boolean;
}

// --- Email ---------------------------------------------------------------------------------------

const PART = "[A-Za-z0-9_%+'-]+";
// Parts join at a dot (or a comma OCR read for one); spaces around it are allowed only before a lowercase part,
// so "jane . doe @ acme . com" mends while "acme.com. Mobile" does not swallow the next word.
const JOIN = '(?:[.]|\\s*[.,]\\s*(?=[a-z0-9]))';
const AT = '\\s*(?:@|[©®]|\\(at\\)|\\[at\\]|\\{at\\})\\s*';
const EMAIL_LOOSE = new RegExp(`(${PART}(?:${JOIN}${PART})*)${AT}(${PART}(?:${JOIN}${PART})+)`);
/** The shape the API accepts (same rule as the person contract's email check, plus a letter TLD). */
const VALID_EMAIL = /^(?!\.)(?!.*\.\.)[a-z0-9_'+\-.]*[a-z0-9_+-]@(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}$/;

function mendTld(tld: string): string {
  let t = tld.replace(/0/g, 'o').replace(/1/g, 'l').replace(/5/g, 's');
  if (t === 'corn' || t === 'cam' || t === 'con' || t === 'c0m' || t === 'comn') t = 'com';
  if (t === 'orq' || t === 'arg') t = 'org';
  if (t === 'rnet') t = 'net';
  return t;
}

/** The email address in a piece of text, mended; null when there is none. */
export function findEmail(text: string): ContactHit | null {
  const { label, rest } = splitLabel(text);
  const m = EMAIL_LOOSE.exec(rest);
  if (!m) return null;
  const at = m[0].slice(m[1]!.length).replace(/^\s+/, '');
  let mended = !at.startsWith('@') || /\s/.test(m[0]);
  const local = m[1]!.replace(/\s+/g, '').replace(/,/g, () => {
    mended = true;
    return '.';
  });
  const domain = m[2]!.replace(/\s+/g, '').replace(/,/g, () => {
    mended = true;
    return '.';
  });
  const labels = domain.toLowerCase().split('.');
  const last = labels.length - 1;
  const tld = mendTld(labels[last]!);
  if (tld !== labels[last]) mended = true;
  labels[last] = tld;
  const value = `${local}@${labels.join('.')}`.toLowerCase();
  if (!VALID_EMAIL.test(value)) return null;
  const confidence = (mended ? 0.8 : 0.95) - (label === 'email' || label === 'none' ? 0 : 0.1);
  return { value, confidence, label: 'email', mended };
}

/** The text with its email address (as loosely printed) blanked out, so the domain is not read as a website. */
export function withoutEmail(text: string): string {
  return text.replace(new RegExp(EMAIL_LOOSE.source, 'g'), ' ');
}

// --- Phone ---------------------------------------------------------------------------------------

const PHONE_RUN = /\+?\(?\d[\d\s.\-/()]{5,28}\d/g;
const EXTENSION = /^\s*(?:ext\.?|extension|x)\s*(\d{1,6})\b/i;
const DIGIT_SLIPS = /[OoIl|]/g;

/** Undoes O-for-0 and l-for-1 in words made of digits and separators ("+1 4l5 555-O132"). */
function mendDigits(text: string, labelled: boolean): { text: string; slips: number } {
  let slips = 0;
  const out = text.replace(/[^\s]+/g, (token) => {
    if (!/^[+(]?[\dOoIl|().\-/]+$/.test(token)) return token;
    const real = token.replace(/\D/g, '').length;
    const wrong = token.replace(/[^OoIl|]/g, '').length;
    if (wrong === 0) return token;
    // A bare "|" between numbers is a separator, and a word of only slips is a word unless a phone label says otherwise.
    if (token === '|' || (real === 0 && !labelled) || wrong > Math.max(2, real)) return token;
    slips += wrong;
    return token.replace(DIGIT_SLIPS, (c) => (c === 'O' || c === 'o' ? '0' : '1'));
  });
  return { text: out, slips };
}

/** A lone dot in a number spaced out in groups is a speck on the card ("+1 206 555.0147", "555 . 0147"). */
function dropSpeck(raw: string): string {
  const t = raw.trim();
  const dots = (t.match(/\./g) ?? []).length;
  const spaces = (t.match(/\d\s+(?=[\d(])/g) ?? []).length;
  return dots === 1 && spaces >= 2 ? t.replace(/\s*\.\s*/, ' ') : t;
}

function tidyPhone(raw: string): string {
  return raw
    .replace(/\s*([-./])\s*/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Every phone number in a piece of text (mended from O/l slips where needed), in the order printed. */
export function findPhones(text: string): ContactHit[] {
  const { label, rest } = splitLabel(text);
  const labelled = label === 'mobile' || label === 'direct' || label === 'phone' || label === 'fax';
  const { text: s, slips } = mendDigits(rest, labelled);
  const hits: ContactHit[] = [];
  for (const m of s.matchAll(PHONE_RUN)) {
    const before = s[m.index - 1] ?? ' ';
    if (/[\p{L}\d]/u.test(before)) continue;
    const printed = m[0].replace(/[\s.\-/(]+$/, '');
    const unspecked = dropSpeck(printed);
    const value = tidyPhone(unspecked);
    const digits = value.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15) continue;
    // Dates, zip+4 codes and number ranges are not phone numbers.
    if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(value) || /^\d{5}-\d{4}$/.test(value)) continue;
    const ext = EXTENSION.exec(s.slice(m.index + m[0].length));
    const full = ext ? `${value} ext. ${ext[1]}` : value;
    const mended = slips > 0 || unspecked !== printed.trim();
    let confidence = labelled ? 0.92 : 0.8;
    if (mended) confidence -= 0.15;
    if (digits < 9) confidence -= 0.1;
    hits.push({ value: full, confidence, label: labelled ? label : 'none', mended });
  }
  return hits;
}

const LABEL_RANK: Record<ContactLabel, number> = { direct: 4, mobile: 3, phone: 2, none: 1, email: 0, web: 0, fax: -1 };

/** Picks the phone to keep: a direct line, then mobile, then the office; never a fax when anything else exists. */
export function bestPhone(hits: readonly ContactHit[]): ContactHit | null {
  let best: ContactHit | null = null;
  for (const h of hits) if (!best || LABEL_RANK[h.label] > LABEL_RANK[best.label]) best = h;
  if (best?.label === 'fax') return { ...best, confidence: Math.min(best.confidence, 0.4) };
  return best;
}

// --- Website -------------------------------------------------------------------------------------

const WEBSITE = /\b((?:https?:\/\/)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.([a-z]{2,12})(?:\/[\w\-./~%#?=&+]*)?)/gi;

/** The website in a piece of text (never part of an email address), as an https link; null when there is none. */
export function findWebsite(text: string): ContactHit | null {
  const { label, rest } = splitLabel(text);
  // Mend "www acme com" and "acme . com" before matching.
  const s = rest
    .replace(/\b(www)\s*[.,:]?\s*(?=[a-z0-9])/gi, '$1.')
    .replace(/([a-z0-9])\s*[.,]\s*(com|org|net|io|co|ai|dev)\b/gi, '$1.$2')
    .replace(/\b(www\.[a-z0-9-]+)\s+(com|org|net|io|co|ai|dev)\b/gi, '$1.$2')
    .replace(/\.corn\b/gi, '.com');
  for (const m of s.matchAll(WEBSITE)) {
    const start = m.index;
    const raw = m[1]!.replace(/[.,;:]+$/, '');
    if (s[start - 1] === '@' || s.slice(start, start + raw.length + 1).includes('@') || s[start + raw.length] === '@') continue;
    if (/@/.test(s.slice(Math.max(0, start - 1), start + raw.length + 1))) continue;
    const tld = m[2]!.toLowerCase();
    const explicit = /^(?:https?:\/\/|www\.)/i.test(raw);
    if (!explicit && !COMMON_TLDS.has(tld) && label !== 'web') continue;
    // "Inc." or "St.Louis" style words are not hosts: a bare host needs a letter label before the dot.
    if (!explicit && !/^[a-z0-9-]{2,}\./i.test(raw.replace(/^https?:\/\//i, ''))) continue;
    const noScheme = raw.replace(/^https?:\/\//i, '');
    const slash = noScheme.indexOf('/');
    const host = (slash < 0 ? noScheme : noScheme.slice(0, slash)).toLowerCase();
    const path = slash < 0 ? '' : noScheme.slice(slash);
    const value = `https://${host}${path}`;
    const confidence = explicit || label === 'web' ? 0.9 : 0.8;
    return { value, confidence, label: 'web', mended: false };
  }
  return null;
}
