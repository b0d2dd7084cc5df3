// The page's own markup when it has no (or thin) structured data: its title and og: tags, the
// main heading, microdata, and elements whose class or test id names a field.

import { cleanPlace, looksLikePlace } from './fields/places.js';
import { cleanEmployer, couldBeName, looksLikeRole } from './fields/roles.js';
import { salaryIn } from './fields/salary.js';
import { employmentTypeIn, remotePolicyIn } from './fields/kinds.js';
import { parseDate } from './fields/dates.js';
import type { IndexedElement } from './html/index.js';
import { textOf } from './html/tree.js';
import { withoutNulls, type Partial13 } from './types.js';

export interface PageMeta {
  title: string | null;
  ogTitle: string | null;
  siteName: string | null;
  canonical: string | null;
  h1: string | null;
  /** The first h2/h3 that reads as a job title, for pages without an h1. */
  roleHeading: string | null;
}

const BOARDS =
  /^(?:linkedin|indeed(?:\.com)?|glassdoor|monster|ziprecruiter|careerbuilder|simplyhired|dice|stepstone|xing|totaljobs|reed(?:\.co\.uk)?|cv-library|seek|jobs\.ch|welcome to the jungle|otta|wellfound|angellist|hired|workable|greenhouse|lever|ashby|workday|smartrecruiters|bamboohr|jobvite|icims|recruitee|personio|teamtailor|breezy hr|jazzhr|builtin|built in|remote ok|we work remotely|remotive|hacker news|stack overflow|google|jobs|careers|job board|career site|careers page|job details|job posting|home)$/i;
const CLASS_FIELDS: [RegExp, keyof Partial13][] = [
  [/(?:^|[\s_-])(?:job|posting|position|vacancy)[_-]?title|jobtitle|jobs-unified-top-card__job-title|top-card.*title/i, 'roleTitle'],
  [/(?:^|[\s_-])(?:company|employer|hiring[_-]?org(?:ani[sz]ation)?|org[_-]?name|companyname|company-name)(?:$|[\s_-])/i, 'employerName'],
  [/(?:^|[\s_-])(?:job[_-]?)?location(?:$|[\s_-])|joblocation|job-location|locations?-?text|workplace/i, 'location'],
  [/(?:^|[\s_-])(?:salary|compensation|pay[_-]?range|pay(?:$|[\s_-]))/i, 'salaryMin'],
  [/(?:employment|job|contract|commitment)[_-]?type|commitment/i, 'employmentType'],
];

function meta(index: readonly IndexedElement[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const { el } of index) {
    if (el.tag !== 'meta') continue;
    const key = (el.attrs.property ?? el.attrs.name ?? el.attrs.itemprop ?? '').toLowerCase();
    if (key && el.attrs.content && !found.has(key)) found.set(key, el.attrs.content.trim());
  }
  return found;
}

/** Title, og: tags, canonical address and the first heading. */
export function readMeta(index: readonly IndexedElement[]): PageMeta {
  const tags = meta(index);
  let title: string | null = null;
  let h1: string | null = null;
  let canonical: string | null = null;
  let roleHeading: string | null = null;
  for (const { el, furniture } of index) {
    if (furniture && el.tag !== 'title' && el.tag !== 'link') continue;
    if (el.tag === 'title' && title === null) title = textOf(el) || null;
    else if (el.tag === 'h1' && h1 === null) h1 = textOf(el) || null;
    else if ((el.tag === 'h2' || el.tag === 'h3') && roleHeading === null) {
      const text = textOf(el);
      if (looksLikeRole(text) && text.length <= 120) roleHeading = text;
    } else if (el.tag === 'link' && /\bcanonical\b/i.test(el.attrs.rel ?? '') && canonical === null) canonical = el.attrs.href ?? null;
  }
  return {
    title,
    ogTitle: tags.get('og:title') ?? tags.get('twitter:title') ?? null,
    siteName: tags.get('og:site_name') ?? tags.get('application-name') ?? null,
    canonical: canonical ?? tags.get('og:url') ?? null,
    h1,
    roleHeading,
  };
}

/** Splits "Senior Engineer - Acme | Careers" into its parts, board names dropped. */
export function titleParts(title: string): string[] {
  return title
    .replace(/^job application for\s+/i, '')
    .split(/\s+(?:[|–—·•:]|-|at|@)\s+/i)
    .map((p) =>
      p
        .replace(/^(?:careers?|jobs?)\s+(?:at|@)\s+/i, '')
        .replace(/\s+(?:careers?|jobs?|job (?:in|at) .*)$/i, '')
        .trim(),
    )
    .filter((p) => p !== '' && !BOARDS.test(p));
}

/** Fields from the markup: title and employer from the headings and title, and class-named elements. */
export function readMarkup(index: readonly IndexedElement[], m: PageMeta): Partial13 {
  const fields: Partial13 = {};
  const site = m.siteName && !BOARDS.test(m.siteName.trim()) ? m.siteName.trim() : null;
  const parts = [...titleParts(m.ogTitle ?? ''), ...titleParts(m.title ?? '')].map((p) =>
    p.replace(/^(?:we(?:'|’)re hiring|now hiring|hiring|job|vacancy)\s*:\s*/i, ''),
  );
  const h1 = m.h1 && m.h1.length <= 140 && m.h1 !== site ? m.h1 : null;
  const role = parts.find((p) => looksLikeRole(p) && p !== site);
  if (h1 && (looksLikeRole(h1) || (!role && !m.roleHeading))) fields.roleTitle = h1;
  else if (m.roleHeading) fields.roleTitle = m.roleHeading;
  else if (role) fields.roleTitle = role;
  readClassNamed(index, fields);
  const other = parts.find(
    (p) =>
      p !== fields.roleTitle &&
      !looksLikeRole(p) &&
      couldBeName(p) &&
      !/\b(?:remote|hybrid)\b/i.test(p) &&
      !looksLikePlace(p) &&
      !/,/.test(p),
  );
  const employer = site ?? other;
  if (employer && (fields.employerName === undefined || fields.employerName === null))
    fields.employerName = cleanEmployer(employer.replace(/\s+(?:careers?|jobs?)$/i, ''));
  return withoutNulls(fields);
}

const ITEMPROPS: Record<string, keyof Partial13> = {
  title: 'roleTitle',
  hiringorganization: 'employerName',
  joblocation: 'location',
  basesalary: 'salaryMin',
  employmenttype: 'employmentType',
  dateposted: 'postedAt',
  validthrough: 'closesAt',
};

function readClassNamed(index: readonly IndexedElement[], fields: Partial13): void {
  for (const { el, furniture, textLength } of index) {
    if (furniture || textLength > 400) continue;
    const a = el.attrs;
    const itemprop = a.itemprop?.toLowerCase();
    if (
      !itemprop &&
      a.class === undefined &&
      a.id === undefined &&
      a['data-testid'] === undefined &&
      a['data-automation'] === undefined &&
      a['data-qa'] === undefined
    )
      continue;
    let key: keyof Partial13 | undefined = itemprop ? ITEMPROPS[itemprop] : undefined;
    if (!key) {
      const name = `${a.class ?? ''} ${a.id ?? ''} ${a['data-testid'] ?? ''} ${a['data-automation'] ?? ''} ${a['data-qa'] ?? ''}`;
      key = CLASS_FIELDS.find(([re]) => re.test(name))?.[1];
    }
    if (!key || (fields[key] !== undefined && fields[key] !== null)) continue;
    const content = el.attrs.content ?? el.attrs.datetime;
    const text = content ?? textOf(el);
    if (!text || text.length > 160) continue;
    switch (key) {
      case 'roleTitle':
        if (fields.roleTitle === undefined) fields.roleTitle = text;
        break;
      case 'employerName':
        if (fields.employerName === undefined && couldBeName(cleanEmployer(text) ?? '')) fields.employerName = cleanEmployer(text);
        break;
      case 'location': {
        if (fields.remotePolicy === undefined && remotePolicyIn(text)) fields.remotePolicy = remotePolicyIn(text);
        if (fields.location === undefined) fields.location = cleanPlace(text.replace(/^location\s*:?\s*/i, ''));
        break;
      }
      case 'salaryMin': {
        const s = salaryIn(text, true);
        if (s && fields.salaryMin === undefined && fields.salaryMax === undefined)
          Object.assign(fields, { salaryMin: s.min, salaryMax: s.max, salaryCurrency: s.currency, salaryPeriod: s.period });
        break;
      }
      case 'employmentType':
        if (fields.employmentType === undefined) fields.employmentType = employmentTypeIn(text);
        break;
      case 'postedAt':
      case 'closesAt':
        if (fields[key] === undefined) fields[key] = parseDate(text);
        break;
    }
  }
}
