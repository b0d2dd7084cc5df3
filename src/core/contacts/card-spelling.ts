/** Word-level spelling helpers for business-card text: folding accents, mending OCR digits, title case. */
import { KEEP_LOWER, KEEP_UPPER, LEGAL_FORMS } from './card-words.js';

export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

export function bare(word: string): string {
  return word.toLowerCase().replace(/^[("']+|[)"',;:]+$/g, '');
}

const FOLD_EXTRA: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lowercase without accents, as email addresses spell names: "Sørensen" → "sorensen". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => FOLD_EXTRA[c] ?? c);
}

/** Letters only, lowercase, legal forms dropped: "ACME Robotics, Inc." → "acmerobotics". */
export function squash(text: string): string {
  return wordsOf(text)
    .filter((w) => !LEGAL_FORMS.has(bare(w)))
    .map((w) => fold(w).replace(/[^a-z0-9]/g, ''))
    .join('');
}

/** OCR digits inside words: "J0hn" → "John", "Wi1son" → "Wilson", "0liver" → "Oliver". */
export function mendLetters(text: string): string {
  return text.replace(/(?<=\p{L})[015]+(?=\p{L})|(?<![\p{L}\p{N}])[015](?=\p{Ll}{2,})/gu, (m: string, offset: number, s: string) => {
    const prev = s[offset - 1] ?? '';
    const next = s[offset + m.length] ?? '';
    const atStart = !/\p{L}/u.test(prev);
    const upper = atStart || (/\p{Lu}/u.test(prev) && /\p{Lu}/u.test(next));
    return [...m].map((d) => (d === '0' ? (upper ? 'O' : 'o') : d === '1' ? (upper ? 'I' : 'l') : upper ? 'S' : 's')).join('');
  });
}

export function isShouted(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
}

export function capitalise(word: string): string {
  return word.toLowerCase().replace(/(^|[-'])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** "SENIOR RECRUITER, EMEA" → "Senior Recruiter, EMEA"; lines with lowercase letters stay as printed. */
export function titleCase(text: string): string {
  if (!isShouted(text)) return text;
  return wordsOf(text)
    .map((w, i) => {
      const b = bare(w);
      if (KEEP_UPPER.has(b)) return w;
      if (i > 0 && KEEP_LOWER.has(b)) return w.toLowerCase();
      return capitalise(w);
    })
    .join(' ');
}
