// The employer named in a posting's address: applicant-tracking paths and careers sub-domains.

const HOSTED: [RegExp, number][] = [
  [/^(?:boards|job-boards)\.(?:eu\.)?greenhouse\.io$/i, 0],
  [/^jobs\.(?:eu\.)?lever\.co$/i, 0],
  [/^jobs\.ashbyhq\.com$/i, 0],
  [/^apply\.workable\.com$/i, 0],
  [/^jobs\.smartrecruiters\.com$/i, 0],
  [/^(?:www\.)?welcometothejungle\.com$/i, 2],
];
const SUBDOMAIN =
  /^([a-z0-9-]+)\.(?:bamboohr\.com|recruitee\.com|teamtailor\.com|breezy\.hr|myworkdayjobs\.com|wd\d+\.myworkdayjobs\.com|workable\.com|jobs\.personio\.(?:de|com)|applytojob\.com|pinpointhq\.com|recruiterbox\.com)$/i;
const BOARDS =
  /(?:^|\.)(?:linkedin|indeed|glassdoor|monster|ziprecruiter|stepstone|totaljobs|reed|seek|dice|simplyhired|careerbuilder|otta|wellfound|builtin|remoteok|weworkremotely|google|xing)\./i;

function titleCase(slug: string): string {
  return slug
    .replace(/[-_]+/g, ' ')
    .replace(/\b(?:inc|llc|ltd|gmbh|careers|jobs)\b/gi, '')
    .trim()
    .replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** A guess at the employer from the address, or null. */
export function employerFromUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  const path = u.pathname.split('/').filter(Boolean);
  for (const [re, index] of HOSTED) if (re.test(host)) return path[index] ? titleCase(decodeURIComponent(path[index])) || null : null;
  const sub = SUBDOMAIN.exec(host);
  if (sub && !['www', 'jobs', 'careers', 'apply'].includes(sub[1]!)) return titleCase(sub[1]!) || null;
  if (BOARDS.test(host)) return null;
  const labels = host.replace(/^www\./, '').split('.');
  if (labels.length >= 3 && /^(?:careers|jobs|join|work|apply|karriere|talent)$/.test(labels[0]!)) return titleCase(labels[1]!);
  if (path.some((p) => /^(?:careers?|jobs|join-us|work-with-us|vacancies|karriere|stellenangebote)$/i.test(p)))
    return titleCase(labels[0]!);
  return null;
}
