import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIcs, physicalLines } from '../../../test/support/ics.js';
import { escapeText, foldLine, formatUtc, triggerBefore, writeIcs, type IcsEvent } from './ics.js';

const STAMP = '2026-03-01T09:30:00.000Z';

function one(event: Partial<IcsEvent> = {}): string {
  return writeIcs({
    stamp: STAMP,
    name: 'Offerbook',
    events: [{ uid: 'u-1@offerbook', summary: 'Interview', start: '2026-03-11T14:00:00Z', end: '2026-03-11T15:00:00Z', ...event }],
  });
}

describe('writeIcs', () => {
  it('writes a calendar ical.js reads back with UTC times, stamp, URL and alarms', () => {
    const ics = one({
      location: 'Room 4',
      description: 'Bring two copies',
      url: 'https://meet.example/abc',
      alarms: [
        { minutesBefore: 1440, description: 'Tomorrow' },
        { minutesBefore: 60, description: 'Soon' },
        { minutesBefore: 0, description: 'Now' },
      ],
      lastModified: '2026-02-28T08:00:00Z',
    });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics).toContain('\r\nDTSTAMP:20260301T093000Z\r\n');
    expect(ics).toContain('\r\nDTSTART:20260311T140000Z\r\n');
    const { calendar, events } = parseIcs(ics);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Offerbook');
    expect(events).toEqual([
      {
        uid: 'u-1@offerbook',
        summary: 'Interview',
        start: '2026-03-11T14:00:00.000Z',
        end: '2026-03-11T15:00:00.000Z',
        allDay: false,
        location: 'Room 4',
        description: 'Bring two copies',
        url: 'https://meet.example/abc',
        categories: [],
        alarms: [
          { action: 'DISPLAY', description: 'Tomorrow', triggerSeconds: -86_400 },
          { action: 'DISPLAY', description: 'Soon', triggerSeconds: -3_600 },
          { action: 'DISPLAY', description: 'Now', triggerSeconds: 0 },
        ],
      },
    ]);
  });

  it('escapes commas, semicolons, backslashes and line breaks so they read back exactly', () => {
    const tricky = 'Panel; then lunch, then a tour\nBring C:\\docs\\cv.pdf\r\nand "quotes"';
    const { events } = parseIcs(one({ summary: tricky, location: 'Floor 3, Desk 7; ask at reception', description: tricky }));
    expect(events[0]!.summary).toBe(tricky.replace(/\r\n/g, '\n'));
    expect(events[0]!.location).toBe('Floor 3, Desk 7; ask at reception');
    expect(events[0]!.description).toBe(tricky.replace(/\r\n/g, '\n'));
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('drops control characters that iCalendar forbids', () => {
    const { events } = parseIcs(one({ summary: 'Bell\u0007 and null\u0000 gone\ttab kept' }));
    expect(events[0]!.summary).toBe('Bell and null gone\ttab kept');
  });

  it('folds long non-ASCII text at 75 octets without splitting a character, and it reads back whole', () => {
    const long = 'Entretien à Zürich – équipe données 🚀 '.repeat(12) + '日本語のテキストも含めて折り返します。'.repeat(5);
    const ics = one({ summary: long, description: long, location: long });
    const lines = physicalLines(ics);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // Every physical line is whole UTF-8 on its own: no character was cut in half.
    const bytes = Buffer.from(ics, 'utf8');
    const chunks = [];
    let from = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 13 && bytes[i + 1] === 10) {
        chunks.push(bytes.subarray(from, i));
        from = i + 2;
      }
    }
    for (const chunk of chunks) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(chunk)).not.toThrow();
    const { events } = parseIcs(ics);
    expect(events[0]!.summary).toBe(long);
    expect(events[0]!.description).toBe(long);
    expect(events[0]!.location).toBe(long);
  });

  it('folds any text into lines of at most 75 octets that unfold to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const folded = foldLine(`DESCRIPTION:${s}`);
        for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${s}`);
      }),
      { numRuns: 300 },
    );
  });

  it('writes all-day events as DATE values ending the next day, with alarms relative to the start', () => {
    const ics = writeIcs({
      stamp: STAMP,
      events: [
        { uid: 'd@offerbook', summary: 'Offer deadline', date: '2026-12-31', alarms: [{ minutesBefore: 900, description: 'Tomorrow' }] },
      ],
    });
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    const { events } = parseIcs(ics);
    expect(events[0]).toMatchObject({ allDay: true, start: '2026-12-31', end: '2027-01-01', alarms: [{ triggerSeconds: -54_000 }] });
  });

  it('leaves out empty optional fields and URLs that are not web links', () => {
    const ics = one({ location: '  ', description: '', url: 'javascript:alert(1)' });
    expect(ics).not.toMatch(/LOCATION|DESCRIPTION|URL:/);
  });

  it('adds the refresh interval for subscribed feeds', () => {
    const ics = writeIcs({ stamp: STAMP, refreshMinutes: 60, events: [] });
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    expect(ics).toContain('X-PUBLISHED-TTL:PT1H\r\n');
    expect(parseIcs(ics).events).toEqual([]);
  });

  it('refuses events without times and bad instants', () => {
    expect(() => writeIcs({ stamp: STAMP, events: [{ uid: 'x', summary: 'x' }] })).toThrow(/needs start and end/);
    expect(() => formatUtc('not a date')).toThrow(RangeError);
  });

  it('formats instants and trigger durations', () => {
    expect(formatUtc('2026-03-08T06:59:59.999Z')).toBe('20260308T065959Z');
    expect(triggerBefore(1440)).toBe('-P1D');
    expect(triggerBefore(60)).toBe('-PT1H');
    expect(triggerBefore(15)).toBe('-PT15M');
    expect(triggerBefore(0)).toBe('PT0S');
  });
});
