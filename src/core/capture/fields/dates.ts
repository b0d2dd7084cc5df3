// Calendar dates as postings write them, read to YYYY-MM-DD. Numeric dates follow the month-first
// order unless the first number cannot be a month or the hint says day-first (Europe, the UK).

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  januar: 1,
  janvier: 1,
  enero: 1,
  feb: 2,
  february: 2,
  februar: 2,
  fevrier: 2,
  février: 2,
  mar: 3,
  march: 3,
  märz: 3,
  maerz: 3,
  mars: 3,
  marzo: 3,
  apr: 4,
  april: 4,
  avril: 4,
  abril: 4,
  may: 5,
  mai: 5,
  mayo: 5,
  jun: 6,
  june: 6,
  juni: 6,
  juin: 6,
  junio: 6,
  jul: 7,
  july: 7,
  juli: 7,
  juillet: 7,
  julio: 7,
  aug: 8,
  august: 8,
  août: 8,
  aout: 8,
  agosto: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  septiembre: 9,
  oct: 10,
  october: 10,
  oktober: 10,
  octobre: 10,
  octubre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  noviembre: 11,
  dec: 12,
  december: 12,
  dezember: 12,
  décembre: 12,
  decembre: 12,
  diciembre: 12,
};
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = `(\\d{1,2})(?:st|nd|rd|th|\\.)?`;
const YEAR = `(\\d{4})`;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/;
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'i');
const DAY_MONTH_DASH = new RegExp(`\\b(\\d{1,2})-${MONTH}-(\\d{2,4})\\b`, 'i');
const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/;
const YEAR_FIRST = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;

function valid(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

function month(name: string): number {
  return MONTHS[name.toLowerCase()] ?? 0;
}

/** The first date written in `text`, or null. `dayFirst` reads 03/04/2026 as 3 April. */
export function parseDate(text: string, dayFirst = false): string | null {
  let m = ISO.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_FIRST.exec(text);
  if (m) return valid(Number(m[3]), month(m[1]!), Number(m[2]));
  m = DAY_FIRST.exec(text);
  if (m) return valid(Number(m[3]), month(m[2]!), Number(m[1]));
  m = DAY_MONTH_DASH.exec(text);
  if (m) return valid(m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]), month(m[2]!), Number(m[1]));
  m = YEAR_FIRST.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    const dotted = m[2] === '.';
    if (a > 12 || dayFirst || dotted) return valid(y, b, a) ?? valid(y, a, b);
    return valid(y, a, b) ?? valid(y, b, a);
  }
  return null;
}

/** Days back from "today" for "posted 3 days ago", "30+ days ago", "today", "yesterday", "1 week ago". */
export function relativeDays(text: string): number | null {
  const t = text.toLowerCase();
  if (/\b(just posted|today|just now|hours? ago|minutes? ago)\b/.test(t)) return 0;
  if (/\byesterday\b/.test(t)) return 1;
  const m = /\b(\d{1,3})\+?\s*(day|week|month)s?\s+ago\b/.exec(t) ?? /\b(a|an|one)\s+(day|week|month)\s+ago\b/.exec(t);
  if (!m) return null;
  const n = /\d/.test(m[1]!) ? Number(m[1]) : 1;
  return n * (m[2] === 'week' ? 7 : m[2] === 'month' ? 30 : 1);
}
