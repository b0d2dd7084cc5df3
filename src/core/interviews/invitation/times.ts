/** A time of day, or a range, read from the text; minutes since midnight. */
export interface TimeMention {
  start: number;
  /** The end of a range ("2:00-3:30 PM"), or null for a single time. */
  end: number | null;
  index: number;
  endIndex: number;
  source: string;
}

interface Token {
  hour: number;
  minute: number;
  meridiem: 'a' | 'p' | null;
  /** Written with a leading zero or past 12 ("09:00", "14:00"): a 24-hour clock. */
  twentyFour: boolean;
  index: number;
  end: number;
}

// "2:00 PM", "2pm", "2 p.m.", "14:00", "14h30", "14.30", "noon"
const TOKEN = /(?<![\d:.,/])(?:(noon|midday)|(\d{1,2})(?:([:h.])(\d{2}))?(?:\s?([ap])\.?\s?m\b\.?)?)(?![\d/]|\.\d)/gi;
// "at 2" with nothing after the number that makes it something else
const AT_HOUR = /\bat\s+(\d{1,2})(?![\d:.h/]|\s*(?:[ap]\.?\s?m\b|%|minutes?|mins?|hours?|hrs?|people|of\b))/gi;
// "à 9h", "às 14h", "a las 10", "alle 11", "um 10 Uhr", "om 10 uur", "10 Uhr": an hour after the word for "at" in the
// languages invitations come in, or before "h", "Uhr" or "uur" (from 7 on without that word: "1h" is a length).
const LOCAL_HOUR =
  /(?<!\p{L})(?:à|às|as|a las|a la|alle|um|om)\s+(\d{1,2})(?:\s*(?:h|uhr|uur))?(?![\d:.h]|\s*(?:minutos|minutes|minuten|minuti|min\b))|(?<![\d:.,/])(\d{1,2})\s*(?:h|uhr|uur)(?![\p{L}\d])/giu;
// "2-3pm": a bare hour that starts a range whose end has am/pm
const RANGE_START = /(?<![\d:.,/])(\d{1,2})(?=\s*(?:-|to|until)\s*\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?\s?m\b)/gi;
const RANGE_GAP = /^\s*(?:-|to|until|till|through|and)\s*$/i;

function tokens(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(TOKEN)) {
    const index = m.index;
    const end = index + m[0].length;
    if (m[1]) {
      out.push({ hour: 12, minute: 0, meridiem: 'p', twentyFour: false, index, end });
      continue;
    }
    const hour = Number(m[2]);
    const minute = m[4] ? Number(m[4]) : 0;
    const sep = m[3];
    const meridiem = m[5] ? (m[5].toLowerCase() as 'a' | 'p') : null;
    if (!sep && !meridiem) continue;
    if (minute > 59 || (meridiem ? hour < 1 || hour > 12 : hour > 23)) continue;
    // "1h30" is a length of time; "14h30" and "9h30" are clock times.
    if (sep === 'h' && !meridiem && hour < 7) continue;
    out.push({ hour, minute, meridiem, twentyFour: !meridiem && (m[2]!.startsWith('0') || hour > 12), index, end });
  }
  for (const m of line.matchAll(RANGE_START)) {
    const hour = Number(m[1]);
    if (hour >= 1 && hour <= 12)
      out.push({ hour, minute: 0, meridiem: null, twentyFour: false, index: m.index, end: m.index + m[0].length });
  }
  for (const m of line.matchAll(LOCAL_HOUR)) {
    const hour = Number(m[1] ?? m[2]);
    const index = m.index + m[0].indexOf(m[1] ?? m[2]!);
    if (hour > 23 || (m[2] && hour < 7) || (m[1] && hour < 1) || out.some((t) => index >= t.index && index < t.end)) continue;
    out.push({ hour, minute: 0, meridiem: null, twentyFour: hour > 12, index, end: m.index + m[0].length });
  }
  for (const m of line.matchAll(AT_HOUR)) {
    const hour = Number(m[1]);
    const index = m.index + m[0].length - m[1]!.length;
    if (hour >= 1 && hour <= 23 && !out.some((t) => index >= t.index && index < t.end)) {
      out.push({ hour, minute: 0, meridiem: null, twentyFour: hour > 12, index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function withMeridiem(hour: number, meridiem: 'a' | 'p'): number {
  return (hour % 12) + (meridiem === 'p' ? 12 : 0);
}

/** A time with no am/pm: 1–6 o'clock (written without a leading zero) means the afternoon; interviews rarely start before 7. */
function guess(t: Token): number {
  if (t.meridiem) return withMeridiem(t.hour, t.meridiem);
  if (!t.twentyFour && t.hour >= 1 && t.hour <= 6) return t.hour + 12;
  return t.hour;
}

function minutesOf(t: Token): number {
  return guess(t) * 60 + t.minute;
}

/** Every time and time range in a line of text, in order. */
export function findTimes(line: string): TimeMention[] {
  const list = tokens(line);
  const out: TimeMention[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1];
    if (b && RANGE_GAP.test(line.slice(a.end, b.index))) {
      let start = minutesOf(a);
      const end = minutesOf(b);
      // "2:00-3:30 PM" and "11:30-12:30 PM": the end's am/pm carries back when it keeps the range in order.
      if (!a.meridiem && !a.twentyFour && b.meridiem) {
        const carried = withMeridiem(a.hour, b.meridiem) * 60 + a.minute;
        const other = withMeridiem(a.hour, b.meridiem === 'p' ? 'a' : 'p') * 60 + a.minute;
        start = carried <= end ? carried : other;
      }
      out.push({ start, end, index: a.index, endIndex: b.end, source: line.slice(a.index, b.end).trim() });
      i++;
    } else {
      out.push({ start: minutesOf(a), end: null, index: a.index, endIndex: a.end, source: line.slice(a.index, a.end).trim() });
    }
  }
  return out;
}

/** `HH:mm` of minutes since midnight. */
export function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Minutes from one time of day to another, past midnight when the end is earlier. */
export function span(start: number, end: number): number {
  return end > start ? end - start : end + 1440 - start;
}

const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };
const HOURS =
  /\b(\d+(?:[.,]\d+)?|an?|one|two|three|four)\s*-?\s*(?:hours?|hrs?)(?![a-z])(?:\s*(?:and\s*)?(?:(\d{1,2})\s*(?:minutes?|mins?|m)\b|(a half)))?/gi;
const MINUTES = /\b(\d{1,3})\s*-?\s*(?:minutes?|mins?|min\.?)(?![a-z])/gi;
const SHORT = /\b([1-4])h(\d{2})?(?:m(?:in)?)?(?![a-z\d])/gi;
const HALF_HOUR = /\bhalf an hour\b/gi;
// Minutes that are about something other than the interview's length.
const NOT_LENGTH =
  /^[\s,)]*(?:\w+\s+)?(?:early|before|beforehand|prior|ahead|in advance|late|notice|break|buffer|to (?:reply|respond|confirm))/i;

/** A length of time named in the text ("45 minutes", "1.5 hours", "an hour and a half", "1h30"), in minutes, first one wins. */
export function findDuration(line: string): { minutes: number; source: string; index: number } | null {
  const found: { minutes: number; source: string; index: number }[] = [];
  const push = (m: RegExpMatchArray, minutes: number) => {
    const end = m.index! + m[0].length;
    if (NOT_LENGTH.test(line.slice(end, end + 30))) return;
    if (minutes >= 5 && minutes <= 960 && !found.some((f) => m.index! >= f.index && m.index! < f.index + f.source.length)) {
      found.push({ minutes: Math.round(minutes), source: m[0].trim(), index: m.index! });
    }
  };
  for (const m of line.matchAll(HOURS)) {
    const n = WORD_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]!.replace(',', '.'));
    push(m, n * 60 + (m[2] ? Number(m[2]) : 0) + (m[3] ? 30 : 0));
  }
  for (const m of line.matchAll(SHORT)) push(m, Number(m[1]) * 60 + Number(m[2] ?? 0));
  for (const m of line.matchAll(HALF_HOUR)) push(m, 30);
  for (const m of line.matchAll(MINUTES)) push(m, Number(m[1]));
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}
