// Pay as a posting writes it: "$120,000 – $150,000 a year", "£45k-55k p.a.", "€ 4.500 brutto/Monat",
// "CAD 90,000 to 110,000", "$35–45/hr", "up to 90K USD". The figure needs a currency or a pay word
// near it, so funding rounds, head counts and years are not read as pay.

import type { SalaryPeriod } from '../../../contracts/values.js';
import { parseAmount } from './numbers.js';

export interface Salary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriod | null;
}

const SYMBOLS: [string, string][] = [
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['CAD$', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['AUD$', 'AUD'],
  ['NZ$', 'NZD'],
  ['S$', 'SGD'],
  ['SGD$', 'SGD'],
  ['HK$', 'HKD'],
  ['R$', 'BRL'],
  ['MX$', 'MXN'],
  ['US$', 'USD'],
  ['USD$', 'USD'],
  ['$', 'USD'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₪', 'ILS'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₱', 'PHP'],
  ['zł', 'PLN'],
  ['Fr.', 'CHF'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
];
const CODES = new Set([
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'NZD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'BGN',
  'JPY',
  'CNY',
  'INR',
  'SGD',
  'HKD',
  'BRL',
  'MXN',
  'ZAR',
  'AED',
  'SAR',
  'ILS',
  'TRY',
  'KRW',
  'PHP',
  'IDR',
  'MYR',
  'THB',
  'VND',
  'NGN',
  'KES',
  'EGP',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'UAH',
  'RUB',
  'ISK',
]);
const SYMBOL_SOURCE = SYMBOLS.map(([s]) => s.replace(/[.$]/g, (c) => `\\${c}`)).join('|');
const CODE_SOURCE = [...CODES].join('|');
const CUR = `(?:${SYMBOL_SOURCE}|\\b(?:${CODE_SOURCE})\\b)`;
const NUM = `\\d{1,3}(?:[,.\\s\\u00a0\\u202f']\\d{2,3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?`;
const MULT = `(?:\\s?(?:k|K|thousand|m|M|million)\\b)?`;
const UNIT = `(?:\\s?\\/\\s?(?:yr|year|hr|hour|h|mo|month|y|annum)\\b)?`;
const AMOUNT = `(${CUR})?\\s?(${NUM})(${MULT})\\s?(${CUR})?${UNIT}`;
const SEP = `\\s*(?:-|–|—|to|bis|à|a|and|-\\s*to)\\s*`;
const RANGE = new RegExp(
  `(?:(up to|max(?:imum)?|from|starting (?:at|from)|min(?:imum)?|at least|ab|bis zu)\\s*)?${AMOUNT}(?:${SEP}${AMOUNT})?(\\+)?`,
  'gi',
);

const PERIOD_WORDS: [RegExp, SalaryPeriod][] = [
  [/^\s*(?:\/|per|an?|each|every|pro|par|p\.?)\s*(?:hour|hr|h)\b|^\s*(?:hourly|ph)\b|^\s*\/\s*hr?\b|stunde|heure/i, 'hour'],
  [/^\s*(?:\/|per|an?|each|pro|par)\s*(?:day|d)\b|^\s*(?:daily|per diem|a day)\b|tag\b|jour/i, 'day'],
  [/^\s*(?:\/|per|an?|each|pro|par)\s*(?:month|mo|mth|mon)\b|^\s*(?:monthly|pcm|p\.?m\.?)\b|monat|mois|brutto\s*\/?\s*monat/i, 'month'],
  [
    /^\s*(?:\/|per|an?|each|pro|par)\s*(?:year|yr|y|annum|an)\b|^\s*(?:annual(?:ly)?|yearly|p\.?\s?a\.?|pa|ote|base)\b|jahr|\bannuel|\bpar an\b/i,
    'year',
  ],
];
const PAY_WORDS =
  /\b(salary|salaries|pay|paid|compensation|wage|wages|rate|remuneration|ote|base|gehalt|salaire|stipend|per (?:hour|year|annum|month|day)|hourly|annually|a year|an hour|package|range|budget|earn|earning|paying|pays)\b/i;
const NOT_PAY =
  /\b(raised|funding|funded|series [a-e]|revenue|valuation|arr\b|customers|users|employees|people|investors?|assets|million users|founded|seed|grant|fund|loan|sales of|turnover|market)\b/i;
const WEEK = /^\s*(?:\/|per|an?|each)\s*(?:week|wk)\b|^\s*weekly\b/i;

function currencyOf(token: string | undefined): string | null {
  if (!token) return null;
  const t = token.trim();
  const upper = t.toUpperCase();
  if (CODES.has(upper)) return upper;
  return SYMBOLS.find(([s]) => s.toLowerCase() === t.toLowerCase())?.[1] ?? null;
}

function periodAfter(rest: string): SalaryPeriod | 'week' | null {
  const near = rest.slice(0, 40);
  if (WEEK.test(near)) return 'week';
  for (const [re, period] of PERIOD_WORDS) if (re.test(near)) return period;
  return null;
}

/** A pay period from the size of the figure, when the posting names none. */
export function guessPeriod(value: number, currency: string | null): SalaryPeriod | null {
  const scale = currency && ['JPY', 'INR', 'KRW', 'IDR', 'VND', 'HUF', 'CLP', 'COP', 'NGN', 'PHP'].includes(currency) ? 100 : 1;
  const v = value / scale;
  if (v >= 12_000) return 'year';
  if (v >= 1_500) return 'month';
  if (v >= 150) return 'day';
  if (v >= 5) return 'hour';
  return null;
}

interface Candidate extends Salary {
  score: number;
}

/** Reads one line (or sentence) for pay; `labelled` when it is the value of a "Salary:" field. */
export function salaryIn(line: string, labelled = false, periodHint: string = ''): Candidate | null {
  let best: Candidate | null = null;
  for (const m of line.matchAll(RANGE)) {
    const [whole, bound, cur1, num1, mult1, cur1b, cur2, num2, mult2, cur2b, plus] = m;
    const currency =
      currencyOf(cur1) ??
      currencyOf(cur1b) ??
      currencyOf(cur2) ??
      currencyOf(cur2b) ??
      currencyOf(/\b([A-Z]{3})\b/.exec(line.slice((m.index ?? 0) + whole.length, (m.index ?? 0) + whole.length + 8))?.[1]);
    if (!currency && !labelled && !PAY_WORDS.test(line)) continue;
    let a = parseAmount(`${num1}${(mult1 ?? '').trim()}`);
    let b = num2 ? parseAmount(`${num2}${(mult2 ?? '').trim()}`) : null;
    if (a === null) continue;
    // "120-150k": the multiplier written once applies to both.
    if (b !== null && mult2?.trim() && !mult1?.trim() && a < 1000 && b >= 1000 && a * 1000 <= b * 1.01) a *= 1000;
    if (b !== null && b < a) b = null;
    // Year numbers and tiny figures without a currency are not pay.
    if (!currency && ((a >= 1900 && a <= 2100 && b === null) || a < 5)) continue;
    const after = line.slice((m.index ?? 0) + whole.length);
    const unit = /\/\s?(yr|year|y|annum|hr|hour|h|mo|month)\b/i.exec(whole)?.[1]?.toLowerCase();
    const unitPeriod: SalaryPeriod | null = unit
      ? /^(?:hr|hour|h)$/.test(unit)
        ? 'hour'
        : /^(?:mo|month)$/.test(unit)
          ? 'month'
          : 'year'
      : null;
    let period: SalaryPeriod | 'week' | null = unitPeriod ?? periodAfter(after) ?? periodAfter(periodHint);
    let min: number | null = a;
    let max: number | null = b ?? a;
    const lower = (bound ?? '').toLowerCase();
    if (/up to|max|bis zu/.test(lower)) min = null;
    else if (/from|starting|min|at least|ab/.test(lower) || (plus && b === null)) max = null;
    if (period === 'week') {
      min = min === null ? null : min * 52;
      max = max === null ? null : max * 52;
      period = 'year';
    }
    period ??= guessPeriod(b ?? a, currency);
    let score =
      (currency ? 3 : 0) + (b !== null ? 2 : 0) + (PAY_WORDS.test(line) ? 3 : 0) + (labelled ? 4 : 0) + (periodAfter(after) ? 1 : 0);
    if (NOT_PAY.test(line) && !labelled) score -= 5;
    if (a < 5 || (period === 'hour' && a > 2000)) score -= 5;
    if (!best || score > best.score) best = { min, max, currency, period, score };
  }
  return best;
}

/** The most likely pay in a text, or null. */
export function findSalary(lines: readonly string[], threshold = 5): Salary | null {
  let best: Candidate | null = null;
  for (const line of lines) {
    if (line.length > 600) continue;
    const c = salaryIn(line);
    if (c && c.score >= threshold && (!best || c.score > best.score)) best = c;
  }
  if (!best) return null;
  const { min, max, currency, period } = best;
  return { min, max, currency, period };
}
