// Places: telling a location line from other short lines, and cleaning one for the location field.

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const CA_PROVINCES = 'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT';
export const COUNTRIES = [
  'United States',
  'United States of America',
  'USA',
  'US',
  'U.S.',
  'UK',
  'U.K.',
  'United Kingdom',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'Ireland',
  'Canada',
  'Germany',
  'Deutschland',
  'France',
  'Spain',
  'Portugal',
  'Italy',
  'Netherlands',
  'The Netherlands',
  'Belgium',
  'Luxembourg',
  'Switzerland',
  'Austria',
  'Denmark',
  'Sweden',
  'Norway',
  'Finland',
  'Iceland',
  'Poland',
  'Czech Republic',
  'Czechia',
  'Slovakia',
  'Hungary',
  'Romania',
  'Bulgaria',
  'Greece',
  'Croatia',
  'Slovenia',
  'Serbia',
  'Estonia',
  'Latvia',
  'Lithuania',
  'Ukraine',
  'Turkey',
  'Israel',
  'United Arab Emirates',
  'UAE',
  'Saudi Arabia',
  'Qatar',
  'Egypt',
  'Morocco',
  'Nigeria',
  'Kenya',
  'South Africa',
  'Ghana',
  'India',
  'Pakistan',
  'Bangladesh',
  'Sri Lanka',
  'Singapore',
  'Malaysia',
  'Indonesia',
  'Philippines',
  'Thailand',
  'Vietnam',
  'China',
  'Hong Kong',
  'Taiwan',
  'Japan',
  'South Korea',
  'Korea',
  'Australia',
  'New Zealand',
  'Mexico',
  'Brazil',
  'Argentina',
  'Chile',
  'Colombia',
  'Peru',
  'Uruguay',
  'Costa Rica',
  'Europe',
  'EU',
  'EMEA',
  'APAC',
  'LATAM',
  'North America',
];
const COUNTRY = COUNTRIES.map((c) => c.replace(/\./g, '\\.')).join('|');
const WORD = `[A-ZÀ-Ý][\\p{L}'.-]*`;
const CITY = `${WORD}(?:[ -](?:${WORD}|de|del|la|le|am|upon|on|sur|im|an|der|of))*`;
/** "Austin, TX", "Toronto, ON", "Berlin, Germany", "London, England, United Kingdom". */
const CITY_REGION = new RegExp(
  `^${CITY},\\s*(?:(?:${US_STATES}|${CA_PROVINCES})\\b(?:\\s+\\d{5})?|${CITY})(?:,\\s*(?:${COUNTRY}|${CITY}))?$`,
  'u',
);
const COUNTRY_ONLY = new RegExp(`^(?:${COUNTRY})$`, 'i');
const KNOWN_CITIES = new Set([
  'london',
  'berlin',
  'paris',
  'amsterdam',
  'dublin',
  'madrid',
  'barcelona',
  'lisbon',
  'munich',
  'hamburg',
  'vienna',
  'zurich',
  'stockholm',
  'copenhagen',
  'oslo',
  'helsinki',
  'warsaw',
  'prague',
  'budapest',
  'brussels',
  'milan',
  'rome',
  'manchester',
  'edinburgh',
  'glasgow',
  'bristol',
  'leeds',
  'birmingham',
  'cambridge',
  'oxford',
  'new york',
  'new york city',
  'nyc',
  'san francisco',
  'seattle',
  'boston',
  'chicago',
  'austin',
  'denver',
  'los angeles',
  'toronto',
  'vancouver',
  'montreal',
  'sydney',
  'melbourne',
  'singapore',
  'tokyo',
  'bangalore',
  'bengaluru',
  'mumbai',
  'tel aviv',
  'dubai',
  'hong kong',
  'atlanta',
  'miami',
  'portland',
  'washington, dc',
  'remote',
]);
const REMOTE_MARKS =
  /\s*(?:[([]\s*(?:remote|hybrid|on[\s-]?site|in[\s-]office)[^)\]]*[)\]]|[·•|–—-]\s*(?:remote|hybrid|on[\s-]?site|in[\s-]office)\b.*)$/i;
const REMOTE_PREFIX = /^(?:remote|hybrid|on[\s-]?site)(?:\s+(?:work|working|remote|job|position))?\s*(?:[-–—:,|·]\s*|\(|in\s+|from\s+)/i;

/** Whether a short line reads as a place. */
export function looksLikePlace(line: string): boolean {
  const s = cleanPlace(line) ?? '';
  if (s === '' || s.length > 80) return /^(?:remote|hybrid)\b/i.test(line.trim());
  if (CITY_REGION.test(s) || COUNTRY_ONLY.test(s) || KNOWN_CITIES.has(s.toLowerCase())) return true;
  return s
    .split(/\s*;\s*|\s+or\s+|\s*\/\s*/)
    .every((part) => CITY_REGION.test(part) || KNOWN_CITIES.has(part.toLowerCase()) || COUNTRY_ONLY.test(part));
}

/** A location value without the remote marks around it; null when nothing but "Remote" is left. */
export function cleanPlace(value: string): string | null {
  let s = value.replace(/\s+/g, ' ').trim();
  s = s.replace(/^(?:location|based in|located in|office)\s*[:\-–]\s*/i, '');
  const before = s;
  s = s.replace(REMOTE_MARKS, '').trim();
  if (REMOTE_PREFIX.test(s))
    s = s
      .replace(REMOTE_PREFIX, '')
      .replace(/\)\s*$/, '')
      .trim();
  s = s.replace(/\s*\((?:[^)]*\b(?:office|based|hybrid|remote|on[\s-]?site|days?|working|flexible)\b[^)]*)\)$/i, '').trim();
  s = s.replace(/\s+(?:studio|office|hq|campus|headquarters|site|area|metro(?:politan)? area)$/i, '').trim();
  // "Remote (US)": the country only says where a remote worker may live.
  if (s !== before && /^(?:remote|hybrid)\b/i.test(before.trim()) && COUNTRY_ONLY.test(s)) return null;
  s = s
    .replace(/\s*\(\s*(?:\+?\d+ (?:more )?(?:locations?|others?))\s*\)$/i, '')
    .replace(/[.;,]+$/, '')
    .trim();
  // "Berlin, Berlin, Germany": a city that is also its state.
  s = s.replace(/^([^,]+), \1,/i, '$1,');
  if (s === '' || /^(?:remote|hybrid|on[\s-]?site|anywhere|worldwide|global|multiple locations|various)$/i.test(s)) return null;
  return s;
}

const COUNTRY_CODES: Record<string, string> = {
  US: 'USA',
  USA: 'USA',
  GB: 'UK',
  UK: 'UK',
  IE: 'Ireland',
  CA: 'Canada',
  DE: 'Germany',
  FR: 'France',
  ES: 'Spain',
  PT: 'Portugal',
  IT: 'Italy',
  NL: 'Netherlands',
  BE: 'Belgium',
  LU: 'Luxembourg',
  CH: 'Switzerland',
  AT: 'Austria',
  DK: 'Denmark',
  SE: 'Sweden',
  NO: 'Norway',
  FI: 'Finland',
  PL: 'Poland',
  CZ: 'Czechia',
  HU: 'Hungary',
  RO: 'Romania',
  GR: 'Greece',
  EE: 'Estonia',
  LV: 'Latvia',
  LT: 'Lithuania',
  UA: 'Ukraine',
  IL: 'Israel',
  AE: 'United Arab Emirates',
  IN: 'India',
  SG: 'Singapore',
  JP: 'Japan',
  KR: 'South Korea',
  CN: 'China',
  HK: 'Hong Kong',
  AU: 'Australia',
  NZ: 'New Zealand',
  MX: 'Mexico',
  BR: 'Brazil',
  AR: 'Argentina',
  CL: 'Chile',
  CO: 'Colombia',
  ZA: 'South Africa',
  NG: 'Nigeria',
  KE: 'Kenya',
};

const STATES: Record<string, string> = {
  alabama: 'AL',
  alaska: 'AK',
  arizona: 'AZ',
  arkansas: 'AR',
  california: 'CA',
  colorado: 'CO',
  connecticut: 'CT',
  delaware: 'DE',
  florida: 'FL',
  georgia: 'GA',
  hawaii: 'HI',
  idaho: 'ID',
  illinois: 'IL',
  indiana: 'IN',
  iowa: 'IA',
  kansas: 'KS',
  kentucky: 'KY',
  louisiana: 'LA',
  maine: 'ME',
  maryland: 'MD',
  massachusetts: 'MA',
  michigan: 'MI',
  minnesota: 'MN',
  mississippi: 'MS',
  missouri: 'MO',
  montana: 'MT',
  nebraska: 'NE',
  nevada: 'NV',
  'new hampshire': 'NH',
  'new jersey': 'NJ',
  'new mexico': 'NM',
  'new york': 'NY',
  'north carolina': 'NC',
  'north dakota': 'ND',
  ohio: 'OH',
  oklahoma: 'OK',
  oregon: 'OR',
  pennsylvania: 'PA',
  'rhode island': 'RI',
  'south carolina': 'SC',
  'south dakota': 'SD',
  tennessee: 'TN',
  texas: 'TX',
  utah: 'UT',
  vermont: 'VT',
  virginia: 'VA',
  washington: 'WA',
  'west virginia': 'WV',
  wisconsin: 'WI',
  wyoming: 'WY',
  'district of columbia': 'DC',
};

/** A country's name for a two- or three-letter code; other values as written. */
export function countryName(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  return COUNTRY_CODES[v.toUpperCase()] ?? v;
}

/** "Austin, TX" or "Berlin, Germany" from a schema.org PostalAddress's parts. */
export function formatAddress(locality?: string, region?: string, country?: string): string | null {
  const l = locality?.trim() || undefined;
  const r = region?.trim() || undefined;
  const c = countryName(country);
  const usa = c !== undefined && /^(?:USA|United States.*)$/i.test(c);
  if (r && (usa || !c) && STATES[r.toLowerCase()]) return formatAddress(locality, STATES[r.toLowerCase()], country);
  const shortRegion = r !== undefined && /^[A-Z]{2,3}$/.test(r);
  if (l) {
    if (l.includes(',')) return l;
    if (r && r.toLowerCase() !== l.toLowerCase() && (shortRegion || !c || /^(?:USA|Canada|Australia|United States.*)$/i.test(c)))
      return `${l}, ${r}`;
    if (c && c.toLowerCase() !== l.toLowerCase()) return `${l}, ${c}`;
    if (r && r.toLowerCase() !== l.toLowerCase()) return `${l}, ${r}`;
    return l;
  }
  if (r && c) return `${r}, ${c}`;
  return r ?? c ?? null;
}
