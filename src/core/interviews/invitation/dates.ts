import { addCalendarDays, weekdayOf } from '../../followup/zoned-time.js';

/** A calendar date read from the text. */
export interface DateMention {
  /** `YYYY-MM-DD`. */
  date: string;
  index: number;
  end: number;
  /** How it was written, for the review notes. */
  source: string;
  /** True for "today", "tomorrow" and lone weekdays. */
  relative: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4})(?!\s*[:h.]\d))?`;

// "Tuesday, March 3, 2026", "Mar 3rd", "Tue Mar 3 2026"
const MONTH_FIRST = new RegExp(String.raw`\b(?:${WEEKDAY},?\s+)?${MONTH}\s+${DAY}\b${YEAR}`, 'gi');
// "3 March 2026", "Tuesday 3rd of March"
const DAY_FIRST = new RegExp(String.raw`\b(?:${WEEKDAY},?\s+)?(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH}(?![a-z])${YEAR}`, 'gi');
// Month names in the other languages invitations come in (Spanish, Portuguese, French, German, Italian, Dutch).
const FOREIGN_MONTHS: ReadonlyMap<string, number> = new Map(
  [
    'enero janeiro janvier januar jänner gennaio januari',
    'febrero fevereiro février fevrier februar febbraio februari',
    'marzo março marco mars märz marz maart',
    'abril avril aprile',
    'mayo maio mai maggio mei',
    'junio junho juin juni giugno',
    'julio julho juillet juli luglio',
    'agosto août aout augustus',
    'septiembre setiembre setembro septembre settembre',
    'octubre outubro octobre oktober ottobre',
    'noviembre novembro novembre',
    'diciembre dezembro décembre decembre dezember dicembre',
  ].flatMap((names, month) => names.split(' ').map((name): [string, number] => [name, month + 1])),
);
// "3 de marzo de 2026", "1er mars 2026", "3. März 2026", "3 maart", "3 de março": the day, then the month's name.
const FOREIGN = /(?<![\p{L}\d])(\d{1,2})(?:\.|º|ª|er)?\s+(?:de\s+)?(\p{L}+)(?:,?\s+(?:de\s+)?(\d{4}))?(?![\p{L}\d])/giu;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
// "3/3", "03/03/2026", "3.3.2026" (dots: day first); slashes read month first unless the first number is over 12.
const NUMERIC = /(?<![\d/.:])(?:([a-z]{3,9}),?\s+)?(\d{1,2})([/.])(\d{1,2})(?:\3(\d{4}|\d{2}))?(?![\d/]|\.\d)/gi;
const RELATIVE = new RegExp(
  String.raw`\b(?:(today|tonight|this (?:morning|afternoon|evening))|(day after tomorrow)|(tomorrow)|(?:(next|this|on|coming)\s+)?${WEEKDAY}(?![a-z]))`,
  'gi',
);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function weekdayIndex(name: string | undefined): number | undefined {
  if (!name) return undefined;
  const i = WEEKDAYS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i;
}

function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  // Reject 31 April and the like: adding zero days normalises an impossible date to another one.
  return addCalendarDays(date, 0) === date ? date : null;
}

/**
 * A month and day with no year: the next time it comes round from `today` (today included). A weekday
 * written beside it picks, among this year and the next two, the year where the weekday matches.
 */
function resolveYear(month: number, day: number, year: number | undefined, weekday: number | undefined, today: string): string | null {
  if (year !== undefined) return validDate(year < 100 ? 2000 + year : year, month, day);
  const thisYear = Number(today.slice(0, 4));
  const candidates = [thisYear, thisYear + 1, thisYear + 2]
    .map((y) => validDate(y, month, day))
    .filter((d): d is string => d !== null && d >= today);
  if (weekday !== undefined) {
    const matching = candidates.find((d) => weekdayOf(d) === weekday);
    if (matching) return matching;
  }
  return candidates[0] ?? null;
}

/** Every explicit calendar date in a line of text, in order. */
export function findDates(line: string, today: string): DateMention[] {
  const out: DateMention[] = [];
  const taken = (index: number, end: number) => out.some((d) => index < d.end && end > d.index);
  const add = (m: RegExpMatchArray, date: string | null) => {
    const index = m.index!;
    const end = index + m[0].length;
    if (date && !taken(index, end)) out.push({ date, index, end, source: m[0].trim(), relative: false });
  };
  for (const m of line.matchAll(ISO)) add(m, validDate(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of line.matchAll(MONTH_FIRST)) {
    add(m, resolveYear(monthIndex(m[2]!) + 1, Number(m[3]), m[4] ? Number(m[4]) : undefined, weekdayIndex(m[1]), today));
  }
  for (const m of line.matchAll(DAY_FIRST)) {
    add(m, resolveYear(monthIndex(m[3]!) + 1, Number(m[2]), m[4] ? Number(m[4]) : undefined, weekdayIndex(m[1]), today));
  }
  for (const m of line.matchAll(FOREIGN)) {
    const month = FOREIGN_MONTHS.get(m[2]!.toLowerCase());
    if (month) add(m, resolveYear(month, Number(m[1]), m[3] ? Number(m[3]) : undefined, undefined, today));
  }
  for (const m of line.matchAll(NUMERIC)) {
    const [a, b] = [Number(m[2]), Number(m[4])];
    // A dot needs the year ("3.3.2026"): without one "14.30" is a time.
    if (m[3] === '.' && !m[5]) continue;
    const dayFirst = m[3] === '.' || a > 12;
    const [month, day] = dayFirst ? [b, a] : [a, b];
    add(m, resolveYear(month, day, m[5] ? Number(m[5]) : undefined, weekdayIndex(m[1]), today));
  }
  return out.sort((x, y) => x.index - y.index);
}

/** "today", "tomorrow", "next Tuesday": dates relative to `today`; a weekday is its next occurrence after today. */
export function findRelativeDates(line: string, today: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of line.matchAll(RELATIVE)) {
    let date: string;
    if (m[1]) date = today;
    else if (m[2]) date = addCalendarDays(today, 2);
    else if (m[3]) date = addCalendarDays(today, 1);
    else {
      const wanted = weekdayIndex(m[5])!;
      // The coming one, "next" included; the same weekday as today means a week ahead. The review shows the date.
      const ahead = (wanted - weekdayOf(today) + 7) % 7 || 7;
      date = addCalendarDays(today, ahead);
    }
    out.push({ date, index: m.index, end: m.index + m[0].length, source: m[0].trim(), relative: true });
  }
  return out;
}

/** "Tuesday 3 March 2026" for the review notes. */
export function describeDate(date: string): string {
  const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${names[weekdayOf(date)]} ${Number(date.slice(8, 10))} ${months[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}
