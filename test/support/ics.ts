import ICAL from 'ical.js';

/** One VEVENT as ical.js reads it back, in plain values. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  /** UTC ISO instant for timed events, `YYYY-MM-DD` for all-day ones. */
  start: string;
  end: string;
  allDay: boolean;
  location: string | null;
  description: string | null;
  url: string | null;
  categories: string[];
  alarms: { action: string; description: string; triggerSeconds: number }[];
}

function when(time: ICAL.Time): string {
  return time.isDate ? time.toString() : time.toJSDate().toISOString();
}

function text(component: ICAL.Component, name: string): string | null {
  const v = component.getFirstPropertyValue(name);
  return v === null || v === undefined ? null : String(v);
}

/** Parses iCalendar text with ical.js (an independent parser) and answers the calendar's properties and events. */
export function parseIcs(ics: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: when(event.startDate),
      end: when(event.endDate),
      allDay: event.startDate.isDate,
      location: text(vevent, 'location'),
      description: text(vevent, 'description'),
      url: text(vevent, 'url'),
      categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
        action: String(alarm.getFirstPropertyValue('action')),
        description: String(alarm.getFirstPropertyValue('description')),
        triggerSeconds: (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
      })),
    };
  });
  return { calendar, events };
}

/** Every physical line of the text: checks CRLF endings and the 75-octet limit. */
export function physicalLines(ics: string): string[] {
  if (!ics.endsWith('\r\n')) throw new Error('iCalendar text must end with CRLF');
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) {
    if (line.includes('\n') || line.includes('\r')) throw new Error(`bare line break in ${JSON.stringify(line)}`);
    if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`line longer than 75 octets: ${JSON.stringify(line)}`);
  }
  return lines;
}
