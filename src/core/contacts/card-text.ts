/**
 * Business-card text (as OCR reads it: noisy lines) → the person's name, title, company, email, phone and website,
 * each with a confidence (0–1) so the review form can point at what to check. Pure: runs in the browser.
 */
import type { ContactHit } from './card-contacts.js';
import { bestPhone, findEmail, findPhones, findWebsite, withoutEmail } from './card-contacts.js';
import { ADDRESS_WORDS, COMPANY_WORDS, LEGAL_FORMS, PERSONAL_MAIL_DOMAINS, STRONG_TITLE_WORDS, WEAK_TITLE_WORDS } from './card-words.js';
import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, POST_NOMINALS } from './name-words.js';
import { cardPieces } from './card-lines.js';
import { bare, capitalise, fold, isShouted, mendLetters, squash, titleCase, wordsOf } from './card-spelling.js';

/** The fields read from a card, in the order the review form shows them. */
export const CARD_FIELDS = ['name', 'title', 'company', 'email', 'phone', 'website'] as const;
export type CardFieldName = (typeof CARD_FIELDS)[number];

/** One field's reading and how sure the parser is of it (0–1; below about 0.6 is worth a look). */
export interface CardField {
  value: string;
  confidence: number;
}

/** What a card says; a field the card does not show (or that could not be read) is null. */
export type CardText = Record<CardFieldName, CardField | null>;

export interface CardTextOptions {
  /** The employer the person is expected to work for: a line naming it is the company, never the name. */
  employerName?: string;
}

interface Piece {
  text: string;
  /** Position among all pieces, top to bottom. */
  order: number;
}

// --- Scores -------------------------------------------------------------------------------------

function titleScore(text: string): { score: number; strong: boolean } {
  let score = 0;
  let strong = false;
  for (const w of wordsOf(text)) {
    const b = bare(w);
    if (STRONG_TITLE_WORDS.has(b)) {
      score += 1;
      strong = true;
    } else if (b === 'of' || b === '&' || b === 'and') score += 0.25;
    else if (WEAK_TITLE_WORDS.has(b)) score += 0.5;
  }
  if (/^(?:head|vp|director|chief|manager|lead) of\b/i.test(text) || /\bvice president\b/i.test(text)) score += 0.5;
  return { score, strong };
}

interface CompanySignals {
  employer: string;
  domain: string;
}

function companyScore(text: string, signals: CompanySignals): { score: number; why: 'employer' | 'legal' | 'domain' | 'words' | 'none' } {
  const words = wordsOf(text).map(bare);
  const s = squash(text);
  if (
    signals.employer.length >= 3 &&
    s.length >= 3 &&
    (s === signals.employer || s.includes(signals.employer) || (signals.employer.includes(s) && s.length >= 4))
  ) {
    return { score: 3, why: 'employer' };
  }
  const last = words[words.length - 1] ?? '';
  if (LEGAL_FORMS.has(last) && words.length > 1) return { score: 2, why: 'legal' };
  const d = signals.domain;
  if (d.length >= 3 && s.length >= 3 && (s === d || (d.startsWith(s) && s.length >= 4) || s.startsWith(d)))
    return { score: 1.6, why: 'domain' };
  let score = 0;
  // "Quanta Labs", "Harbourview Hospital": an industry word that ends the line names a company.
  words.forEach((w, i) => {
    if (COMPANY_WORDS.has(w)) score += i === words.length - 1 && words.length > 1 ? 1 : 0.4;
  });
  if (text.includes('&')) score += 0.3;
  return { score, why: score > 0 ? 'words' : 'none' };
}

/** The person's name in a line, without honorifics or degrees; null when the line is not shaped like a name. */
function nameShape(text: string): string | null {
  if (/[\d@&/]/.test(text)) return null;
  const beforeComma = text.split(',')[0]!;
  const rest = text.slice(beforeComma.length + 1).trim();
  // After a comma only degrees may follow ("Jane Doe, PhD, MBA").
  if (rest && !wordsOf(rest.replace(/,/g, ' ')).every((w) => POST_NOMINALS.has(bare(w)) || NAME_SUFFIXES.has(bare(w)))) return null;
  let words = wordsOf(beforeComma);
  while (words.length > 0 && HONORIFICS.has(bare(words[0]!))) words = words.slice(1);
  while (words.length > 0 && POST_NOMINALS.has(bare(words[words.length - 1]!))) words = words.slice(0, -1);
  const core = words.filter((w) => !NAME_PARTICLES.has(w) && !NAME_SUFFIXES.has(bare(w)));
  if (core.length < 2 || core.length > 4) return null;
  for (const w of words) {
    if (NAME_PARTICLES.has(w) || NAME_SUFFIXES.has(bare(w))) continue;
    if (!/^(?:\p{Lu}[\p{L}'-]*\.?|\p{Lu}\.)$/u.test(w)) return null;
  }
  return words.join(' ');
}

function emailMatchesName(local: string, name: string): 0 | 1 | 2 {
  if (!local) return 0;
  const l = fold(local);
  const parts = l.split(/[._-]+/).filter(Boolean);
  const tokens = wordsOf(fold(name))
    .filter((w) => !NAME_SUFFIXES.has(w))
    .map((w) => w.replace(/[^a-z]/g, ''))
    .filter((w) => w.length > 1 && !NAME_PARTICLES.has(w));
  const first = tokens[0] ?? '';
  const lastName = tokens[tokens.length - 1] ?? '';
  if (!first || !lastName) return 0;
  const joined = parts.join('');
  if (
    (parts.includes(first) && parts.includes(lastName)) ||
    joined === first + lastName ||
    joined === first[0] + lastName ||
    joined === first + lastName[0] ||
    joined === lastName + first ||
    joined === lastName + first[0]
  ) {
    return 2;
  }
  if (parts.includes(first) || parts.includes(lastName) || (lastName.length >= 4 && joined.includes(lastName))) return 1;
  return 0;
}

function isAddress(text: string): boolean {
  if (!/\d/.test(text)) return false;
  return (
    ADDRESS_WORDS.test(text) ||
    /\b\p{Lu}{2}\s+\d{5}(?:-\d{4})?\b/u.test(text) ||
    /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/.test(text) ||
    /^\d{4,5}\s+\p{Lu}\p{Ll}+/u.test(text) ||
    /,\s*\d{4,5}\b/.test(text)
  );
}

// --- Domain of the employer -----------------------------------------------------------------------

function domainLabel(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  if (labels.length < 2) return '';
  const secondLevel = labels[labels.length - 2]!;
  const isSuffix = ['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd'].includes(secondLevel) && labels.length >= 3;
  const label = isSuffix ? labels[labels.length - 3]! : secondLevel;
  return PERSONAL_MAIL_DOMAINS.has(label) ? '' : label;
}

function squashLabel(label: string): string {
  return label.replace(/[^a-z0-9]/g, '');
}

function companyFromDomain(label: string): string {
  return label
    .split('-')
    .filter(Boolean)
    .map((w) => (w.length <= 3 ? w.toUpperCase() : capitalise(w)))
    .join(' ');
}

// --- The parse ----------------------------------------------------------------------------------

interface TextPiece extends Piece {
  name: string | null;
  nameScore: number;
  title: number;
  strongTitle: boolean;
  company: number;
  companyWhy: ReturnType<typeof companyScore>['why'];
}

function splitCombined(text: string, signals: CompanySignals): string[] {
  const m = /^(.+?)(?:\s*,\s+|\s+-\s+|\s+at\s+|\s+@\s+)(.+)$/.exec(text);
  if (!m) return [text];
  const [a, b] = [m[1]!.trim(), m[2]!.trim()];
  if (nameShape(a) && titleScore(b).score >= 1) return [a, b];
  if (titleScore(a).score >= 1 && titleScore(b).score < 1 && companyScore(b, signals).score >= 1) return [a, b];
  return [text];
}

function field(value: string, confidence: number): CardField {
  return { value, confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100 };
}

/** Reads a business card's text into its fields (see the module comment). Never throws. */
export function parseCardText(text: string, options: CardTextOptions = {}): CardText {
  const pieces = cardPieces(text);
  const emails: ContactHit[] = [];
  const phones: ContactHit[] = [];
  const websites: ContactHit[] = [];
  const texts: Piece[] = [];
  pieces.forEach((piece, order) => {
    const email = findEmail(piece);
    const address = isAddress(piece);
    const found = findPhones(piece).filter((p) => !address || p.label !== 'none');
    const website = findWebsite(email ? withoutEmail(piece) : piece);
    if (email) emails.push(email);
    phones.push(...found);
    if (website) websites.push(website);
    if (!email && found.length === 0 && !website && !address) texts.push({ text: mendLetters(piece), order });
  });

  const email = emails[0] ?? null;
  const website = websites.find((w) => !/linkedin\.com|twitter\.com|x\.com|github\.com/.test(w.value)) ?? websites[0] ?? null;
  const emailDomain = email ? domainLabel(email.value.split('@')[1]!) : '';
  const webDomain = website ? domainLabel(new URL(website.value).hostname) : '';
  const signals: CompanySignals = { employer: squash(options.employerName ?? ''), domain: squashLabel(emailDomain || webDomain) };
  const local = email?.value.split('@')[0] ?? '';

  const scored: TextPiece[] = [];
  for (const piece of texts) {
    for (const part of splitCombined(piece.text, signals)) {
      const t = titleScore(part);
      const c = companyScore(part, signals);
      const name = c.why === 'legal' ? null : nameShape(part);
      let nameScore = 0;
      if (name) {
        nameScore = 1;
        const match = emailMatchesName(local, name);
        nameScore += match === 2 ? 1.5 : match;
        for (const w of wordsOf(name)) if (COMPANY_WORDS.has(bare(w))) nameScore -= 0.5;
        if (match === 0 && (c.why === 'employer' || c.why === 'domain')) nameScore -= 1.2;
        // Surnames such as Head or Fellows are title words too: only the email can vouch for them.
        if (t.strong) nameScore -= match === 2 ? 0.3 : 1.5;
        else if (t.score >= 1) nameScore -= 0.6;
      }
      scored.push({
        text: part,
        order: piece.order,
        name,
        nameScore,
        title: t.score,
        strongTitle: t.strong,
        company: c.score,
        companyWhy: c.why,
      });
    }
  }
  // A name usually sits just above the title, near the top.
  scored.forEach((p, i) => {
    if (!p.name) return;
    const next = scored[i + 1];
    if (next && next.title >= 1 && next.title > next.company) p.nameScore += 0.3;
    if (i < 3) p.nameScore += 0.2 - i * 0.05;
  });

  const used = new Set<TextPiece>();
  const best = (candidates: TextPiece[], key: (p: TextPiece) => number): TextPiece | undefined =>
    candidates.reduce<TextPiece | undefined>((a, p) => (!a || key(p) > key(a) ? p : a), undefined);

  const namePiece = best(
    scored.filter((p) => p.name && p.nameScore >= 1),
    (p) => p.nameScore,
  );
  if (namePiece) used.add(namePiece);

  const titlePiece = best(
    scored.filter((p) => !used.has(p) && p.title >= 1 && p.title >= p.company),
    (p) => p.title + (p.strongTitle ? 1 : 0) - p.order * 0.01,
  );
  let titleText = titlePiece?.text ?? null;
  if (titlePiece) {
    used.add(titlePiece);
    // A title printed over two lines ("Director of Engineering" / "Platform Infrastructure").
    const i = scored.indexOf(titlePiece);
    const next = scored[i + 1];
    if (next && !used.has(next) && next.title >= 1 && next.title >= next.company && next.order === titlePiece.order + 1) {
      titleText = `${titleText}, ${next.text}`;
      used.add(next);
    }
  }

  const companyPiece = best(
    scored.filter((p) => !used.has(p) && p.company >= 1 && !(p.name && p.nameScore > p.company)),
    (p) => p.company - p.order * 0.01,
  );

  const result: CardText = { name: null, title: null, company: null, email: null, phone: null, website: null };
  if (namePiece?.name) {
    const value = isShouted(namePiece.name)
      ? wordsOf(namePiece.name)
          .map((w) => (NAME_PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : capitalise(w)))
          .join(' ')
      : namePiece.name;
    result.name = field(value, namePiece.nameScore >= 2.4 ? 0.92 : namePiece.nameScore >= 1.3 ? 0.75 : 0.6);
  } else if (local) {
    const parts = local.split(/[._-]+/).filter((p) => /^[a-z]{2,}$/.test(p));
    if (parts.length >= 2) result.name = field(parts.map(capitalise).join(' '), 0.35);
  }
  if (titleText && titlePiece) result.title = field(titleCase(titleText), titlePiece.strongTitle ? 0.85 : 0.6);
  if (companyPiece) {
    const why = companyPiece.companyWhy;
    const value = why === 'employer' && options.employerName ? options.employerName.trim() : titleCase(companyPiece.text);
    result.company = field(value, why === 'employer' ? 0.9 : why === 'legal' ? 0.85 : why === 'domain' ? 0.75 : 0.6);
  } else if (emailDomain || webDomain) {
    result.company = field(companyFromDomain(emailDomain || webDomain), 0.4);
  }
  if (email) result.email = field(email.value, email.confidence);
  const phone = bestPhone(phones);
  if (phone) result.phone = field(phone.value, phone.confidence);
  if (website) result.website = field(website.value, website.confidence);
  return result;
}
