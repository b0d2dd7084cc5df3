// schema.org JobPosting in JSON-LD, wherever a page puts it: one object, an array, inside @graph or
// under mainEntity, with references by @id. Broken JSON that pages really ship (raw line breaks in
// strings, trailing commas, comment wrappers) is repaired before giving up on a block.

import type { SalaryPeriod } from '../../contracts/values.js';
import { parseDate } from './fields/dates.js';
import { employmentType } from './fields/kinds.js';
import { parseAmount } from './fields/numbers.js';
import { cleanPlace, formatAddress } from './fields/places.js';
import { guessPeriod, salaryIn } from './fields/salary.js';
import { htmlToMarkdown } from './html/markdown.js';
import { withoutNulls, type Partial13, type PostingFact } from './types.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses a JSON-LD block, repairing the usual damage; undefined when it cannot be read. */
export function parseJsonLd(block: string): Json | undefined {
  const raw = block
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .trim();
  try {
    return JSON.parse(raw) as Json;
  } catch {
    const repaired = repairJson(raw);
    try {
      return JSON.parse(repaired) as Json;
    } catch {
      return undefined;
    }
  }
}

/** Escapes control characters inside strings and drops trailing commas outside them. */
function repairJson(raw: string): string {
  let out = '';
  let inString = false;
  let escaped = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      else if (c < ' ') {
        out += c === '\n' ? '\\n' : c === '\t' ? '\\t' : ' ';
        continue;
      }
      out += c;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === ',') {
      const rest = /^\s*([}\]])/.exec(raw.slice(i + 1, i + 64));
      if (rest) continue;
    }
    out += c;
  }
  return out;
}

function types(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

/** Every JobPosting in the blocks, with an index of @id nodes for references. */
export function findJobPostings(blocks: readonly string[]): { postings: JsonObject[]; byId: Map<string, JsonObject> } {
  const postings: JsonObject[] = [];
  const byId = new Map<string, JsonObject>();
  const visit = (v: Json | undefined, depth: number) => {
    if (depth > 12 || v === null || v === undefined) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    if (!isObject(v)) return;
    if (typeof v['@id'] === 'string' && (Object.keys(v).length > 2 || !byId.has(v['@id']))) byId.set(v['@id'], v);
    if (types(v).includes('JobPosting')) postings.push(v);
    for (const [key, child] of Object.entries(v)) if (key !== 'description' && typeof child === 'object') visit(child, depth + 1);
  };
  for (const block of blocks) visit(parseJsonLd(block), 0);
  return { postings, byId };
}

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v.name) ?? str(v['@value']);
  return undefined;
}

function plain(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const text = htmlToMarkdown(v, true).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

function resolve(v: Json | undefined, byId: Map<string, JsonObject>): Json | undefined {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length <= 2) return byId.get(v['@id']) ?? v;
  return v;
}

function placeOf(v: Json | undefined, byId: Map<string, JsonObject>): string | null {
  const place = resolve(v, byId);
  if (typeof place === 'string') return cleanPlace(place);
  if (!isObject(place)) return null;
  const address = resolve(place.address, byId);
  if (typeof address === 'string') return cleanPlace(address);
  if (isObject(address)) {
    const formatted = formatAddress(str(address.addressLocality), str(address.addressRegion), str(address.addressCountry));
    if (formatted) return cleanPlace(formatted);
  }
  return str(place.name) ? cleanPlace(str(place.name)!) : null;
}

const UNITS: Record<string, SalaryPeriod | 'week'> = {
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
  ANNUAL: 'year',
  YEARLY: 'year',
  HOURLY: 'hour',
  MONTHLY: 'month',
  DAILY: 'day',
  WEEKLY: 'week',
};

function salaryOf(v: Json | undefined): Partial13 {
  if (v === undefined || v === null) return {};
  if (typeof v === 'string' || typeof v === 'number') {
    const s = salaryIn(String(v), true);
    return s ? { salaryMin: s.min, salaryMax: s.max, salaryCurrency: s.currency, salaryPeriod: s.period } : {};
  }
  if (Array.isArray(v)) return salaryOf(v[0]);
  if (!isObject(v)) return {};
  const currency = str(v.currency)?.toUpperCase();
  const q = v.value;
  let min: number | null = null;
  let max: number | null = null;
  let unit = str(v.unitText);
  const num = (x: Json | undefined) => (typeof x === 'number' ? x : typeof x === 'string' ? parseAmount(x) : null);
  if (isObject(q) && typeof q.value === 'string' && /\d\s*(?:-|–|to)\s*\d/.test(q.value)) {
    const s = salaryIn(`${currency ?? ''} ${q.value}`, true);
    min = s?.min ?? null;
    max = s?.max ?? null;
    unit = str(q.unitText) ?? unit;
  } else if (isObject(q)) {
    min = num(q.minValue) ?? num(q.value);
    max = num(q.maxValue) ?? num(q.value);
    unit = str(q.unitText) ?? unit;
  } else {
    min = num(v.minValue) ?? num(q);
    max = num(v.maxValue) ?? num(q);
  }
  if (min === null && max === null) return {};
  let period = unit ? (UNITS[unit.toUpperCase().replace(/[^A-Z]/g, '')] ?? null) : null;
  if (period === 'week') {
    min = min === null ? null : min * 52;
    max = max === null ? null : max * 52;
    period = 'year';
  }
  const code = currency && /^[A-Z]{3}$/.test(currency) ? currency : null;
  return { salaryMin: min, salaryMax: max, salaryCurrency: code, salaryPeriod: period ?? guessPeriod(max ?? min ?? 0, code) };
}

function isRemote(p: JsonObject): boolean {
  const t = p.jobLocationType;
  const list = Array.isArray(t) ? t : [t];
  return list.some((x) => typeof x === 'string' && /telecommute|remote/i.test(x));
}

/** The fields one JobPosting states, and the employer facts in it. */
export function readJobPosting(p: JsonObject, byId: Map<string, JsonObject>): { fields: Partial13; facts: PostingFact[] } {
  const fields: Partial13 = {};
  const org = resolve(Array.isArray(p.hiringOrganization) ? p.hiringOrganization[0] : p.hiringOrganization, byId);
  const employer = plain(str(org));
  if (employer) fields.employerName = employer;
  const title = plain(str(p.title) ?? str(p.name));
  if (title) fields.roleTitle = title;
  const locations = (Array.isArray(p.jobLocation) ? p.jobLocation : [p.jobLocation])
    .map((l) => placeOf(l, byId))
    .filter((l): l is string => !!l);
  const unique = [...new Set(locations)];
  if (unique.length > 0) fields.location = unique.join('; ');
  if (isRemote(p)) fields.remotePolicy = 'remote';
  Object.assign(fields, salaryOf(p.baseSalary ?? p.estimatedSalary));
  const posted = str(p.datePosted);
  if (posted) fields.postedAt = parseDate(posted);
  const closes = str(p.validThrough);
  if (closes) fields.closesAt = parseDate(closes);
  const type = employmentType(p.employmentType ?? null);
  if (type) fields.employmentType = type;
  const description = typeof p.description === 'string' ? htmlToMarkdown(p.description) : '';
  if (description) fields.description = description;
  const url = str(p.url);
  if (url && /^https?:\/\//i.test(url)) fields.sourceUrl = url;
  return { fields: withoutNulls(fields), facts: isObject(org) ? orgFacts(org, p) : [] };
}

function orgFacts(org: JsonObject, p: JsonObject): PostingFact[] {
  const facts: PostingFact[] = [];
  const size = org.numberOfEmployees;
  const sizeText = isObject(size) ? (str(size.value) ?? [str(size.minValue), str(size.maxValue)].filter(Boolean).join('–')) : str(size);
  if (sizeText) facts.push({ topic: 'size', statement: `About ${sizeText} employees` });
  const founded = str(org.foundingDate);
  if (founded) facts.push({ topic: 'history', statement: `Founded in ${founded.slice(0, 4)}` });
  const address = isObject(org.address)
    ? formatAddress(str(org.address.addressLocality), str(org.address.addressRegion), str(org.address.addressCountry))
    : str(org.address);
  if (address) facts.push({ topic: 'locations', statement: `Headquarters: ${address}` });
  const industry = plain(str(p.industry) ?? str(org.industry));
  if (industry) facts.push({ topic: 'what-they-do', statement: `Industry: ${industry}` });
  const about = plain(str(org.description));
  if (about && about.length <= 600) facts.push({ topic: 'what-they-do', statement: about });
  const benefits = plain(
    Array.isArray(p.jobBenefits)
      ? p.jobBenefits
          .map((b) => str(b))
          .filter(Boolean)
          .join('; ')
      : str(p.jobBenefits),
  );
  if (benefits) facts.push({ topic: 'culture', statement: `Benefits: ${benefits.slice(0, 800)}` });
  return facts;
}
