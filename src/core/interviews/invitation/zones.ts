import { isValidTimeZone } from '../../followup/zoned-time.js';

/** A time zone read from the invitation: an IANA zone, or a fixed offset from UTC with no zone to match. */
export interface ZoneMention {
  /** The IANA zone to schedule in (an `Etc/GMT±N` zone for a whole-hour offset with no place). */
  zone: string | null;
  /** Minutes east of UTC, when the text gave an offset and no usable zone. */
  offsetMinutes: number | null;
  /** The words it was read from, as written. */
  source: string;
  index: number;
  end: number;
}

// Uppercase abbreviations as people write them (the daylight and standard forms both mean the place's zone).
const ABBREVIATIONS: Record<string, string> = {
  ET: 'America/New_York',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  CT: 'America/Chicago',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  MT: 'America/Denver',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  PT: 'America/Los_Angeles',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  AKST: 'America/Anchorage',
  AKDT: 'America/Anchorage',
  HST: 'Pacific/Honolulu',
  UTC: 'UTC',
  GMT: 'UTC',
  BST: 'Europe/London',
  WET: 'Europe/Lisbon',
  WEST: 'Europe/Lisbon',
  CET: 'Europe/Berlin',
  CEST: 'Europe/Berlin',
  EET: 'Europe/Athens',
  EEST: 'Europe/Athens',
  IST: 'Asia/Kolkata',
  SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  ACST: 'Australia/Adelaide',
  ACDT: 'Australia/Adelaide',
  AWST: 'Australia/Perth',
  NZST: 'Pacific/Auckland',
  NZDT: 'Pacific/Auckland',
  SAST: 'Africa/Johannesburg',
};

// Zone names written out, longest first so "Central European Time" wins over "Central Time".
const LONG_NAMES: [RegExp, string][] = [
  [/\bcentral european (?:standard |summer )?time\b/i, 'Europe/Berlin'],
  [/\beastern european (?:standard |summer )?time\b/i, 'Europe/Athens'],
  [/\bwestern european (?:standard |summer )?time\b/i, 'Europe/Lisbon'],
  [/\baustralian eastern (?:standard |daylight )?time\b/i, 'Australia/Sydney'],
  [/\b(?:us )?eastern (?:standard |daylight )?time\b/i, 'America/New_York'],
  [/\b(?:us )?central (?:standard |daylight )?time\b/i, 'America/Chicago'],
  [/\b(?:us )?mountain (?:standard |daylight )?time\b/i, 'America/Denver'],
  [/\b(?:us )?pacific (?:standard |daylight )?time\b/i, 'America/Los_Angeles'],
  [/\bbritish summer time\b|\buk time\b|\blondon time\b/i, 'Europe/London'],
  [/\bgreenwich mean time\b/i, 'UTC'],
  [/\bcoordinated universal time\b/i, 'UTC'],
  [/\bindia(?:n)? standard time\b/i, 'Asia/Kolkata'],
  [/\bjapan standard time\b/i, 'Asia/Tokyo'],
  [/\bsingapore (?:standard )?time\b/i, 'Asia/Singapore'],
];

let cities: Map<string, string> | undefined;

/** City (last part of an IANA name, lower case, spaces for underscores) → zone, from the platform's list. */
function cityZones(): Map<string, string> {
  if (!cities) {
    cities = new Map();
    const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    for (const zone of supported) {
      const city = zone.split('/').pop()!.replace(/_/g, ' ').toLowerCase();
      if (zone.includes('/') && !cities.has(city)) cities.set(city, zone);
    }
    // A few places people name that are not the zone's own city.
    for (const [city, zone] of Object.entries({
      'new york city': 'America/New_York',
      'san francisco': 'America/Los_Angeles',
      seattle: 'America/Los_Angeles',
      boston: 'America/New_York',
      washington: 'America/New_York',
      munich: 'Europe/Berlin',
      frankfurt: 'Europe/Berlin',
      bern: 'Europe/Zurich',
      milan: 'Europe/Rome',
      barcelona: 'Europe/Madrid',
      porto: 'Europe/Lisbon',
      mumbai: 'Asia/Kolkata',
      bangalore: 'Asia/Kolkata',
      bengaluru: 'Asia/Kolkata',
      'new delhi': 'Asia/Kolkata',
      beijing: 'Asia/Shanghai',
      'hong kong': 'Asia/Hong_Kong',
    })) {
      if (!cities.has(city)) cities.set(city, zone);
    }
  }
  return cities;
}

/** The zone of a named city ("Berlin", "New York"), if the platform knows one. */
export function zoneOfCity(name: string): string | undefined {
  return cityZones().get(name.trim().replace(/\s+/g, ' ').toLowerCase());
}

/** `Etc/GMT-1` is UTC+1 (the sign is inverted in those names); only whole hours exist. */
function etcZone(offsetMinutes: number): string | null {
  if (offsetMinutes === 0) return 'UTC';
  if (offsetMinutes % 60 !== 0 || Math.abs(offsetMinutes) > 12 * 60) return null;
  const hours = -offsetMinutes / 60;
  return `Etc/GMT${hours > 0 ? '+' : '-'}${Math.abs(hours)}`;
}

const IANA =
  /\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?(?:[+-]\d{1,2})?/g;
const OFFSET = /\(?\b(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\)?/g;
// "10:00 Lisbon time", "9am New York time", "(hora de Madrid)", "heure de Paris", "Berliner Zeit": a city's time.
const CITY_TIME =
  /\b(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}) time\b|\b(?:hora de|horário de|heure de|ora di) (\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,2})|\b(\p{Lu}[\p{L}]*)er Zeit\b/gu;
// "(Central European Time - Berlin)" as Google Calendar writes it.
const NAME_WITH_CITY = /\(([A-Za-z .]+?time)\s*-\s*([\p{L} .'-]+?)\)/giu;

/** Every zone-like span in the text (to keep them out of the time reader), and the best zone among them. */
export function findZones(text: string): { best: ZoneMention | null; spans: [number, number][] } {
  const mentions: (ZoneMention & { rank: number })[] = [];
  const spans: [number, number][] = [];

  for (const m of text.matchAll(IANA)) {
    spans.push([m.index, m.index + m[0].length]);
    if (isValidTimeZone(m[0]))
      mentions.push({ zone: m[0], offsetMinutes: null, source: m[0], index: m.index, end: m.index + m[0].length, rank: 0 });
  }
  for (const m of text.matchAll(NAME_WITH_CITY)) {
    const zone = zoneOfCity(m[2]!);
    spans.push([m.index, m.index + m[0].length]);
    if (zone)
      mentions.push({
        zone,
        offsetMinutes: null,
        source: m[0].replace(/^\(|\)$/g, ''),
        index: m.index,
        end: m.index + m[0].length,
        rank: 1,
      });
  }
  for (const m of text.matchAll(OFFSET)) {
    const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
    const end = m.index + m[0].length;
    spans.push([m.index, end]);
    // Outlook: "(UTC+01:00) Amsterdam, Berlin, Bern" — the first city names a zone with daylight saving.
    const city = /^\s*([\p{L} .'-]+?)\s*[,\n]/u.exec(text.slice(end, end + 60))?.[1];
    const cityZone = city ? zoneOfCity(city) : undefined;
    if (cityZone) mentions.push({ zone: cityZone, offsetMinutes: null, source: `${m[0]} ${city}`, index: m.index, end, rank: 1 });
    else
      mentions.push({ zone: etcZone(minutes), offsetMinutes: minutes, source: m[0].replace(/^\(|\)$/g, ''), index: m.index, end, rank: 3 });
  }
  for (const [pattern, zone] of LONG_NAMES) {
    const m = pattern.exec(text);
    if (m) {
      spans.push([m.index, m.index + m[0].length]);
      mentions.push({ zone, offsetMinutes: null, source: m[0], index: m.index, end: m.index + m[0].length, rank: 2 });
    }
  }
  for (const m of text.matchAll(CITY_TIME)) {
    if (spans.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const zone = zoneOfCity(m[1] ?? m[2] ?? m[3]!);
    if (!zone) continue;
    spans.push([m.index, m.index + m[0].length]);
    mentions.push({ zone, offsetMinutes: null, source: m[0], index: m.index, end: m.index + m[0].length, rank: 2 });
  }
  for (const m of text.matchAll(/\b[A-Z]{2,4}\b/g)) {
    const zone = ABBREVIATIONS[m[0]];
    if (!zone || spans.some(([s, e]) => m.index >= s && m.index < e)) continue;
    spans.push([m.index, m.index + m[0].length]);
    mentions.push({ zone, offsetMinutes: null, source: m[0], index: m.index, end: m.index + m[0].length, rank: 2 });
  }
  const best = mentions.sort((a, b) => a.rank - b.rank || a.index - b.index)[0];
  return {
    best: best ? { zone: best.zone, offsetMinutes: best.offsetMinutes, source: best.source, index: best.index, end: best.end } : null,
    spans,
  };
}
