// "Did I already apply?": an existing opportunity with the same posting address, or the same
// employer and a similar title.

export interface KnownOpportunity {
  id: string;
  employerName: string;
  roleTitle: string;
  sourceUrl: string | null;
}

export interface DuplicateMatch {
  id: string;
  reason: 'same-url' | 'same-employer-similar-title';
}

/** An address without its query, fragment, "www." and trailing slash, lower-cased host. */
export function normaliseUrl(url: string): string | null {
  try {
    const u = new URL(url.trim());
    const path = u.pathname.replace(/\/+$/, '');
    // Job boards keep the job's id in the query (?gh_jid=, ?jk=, ?currentJobId=): keep those.
    const keep = [...u.searchParams.entries()].filter(
      ([k]) => /^(?:gh_jid|jk|jobid|job_id|currentjobid|id|vjk|lever-via)$/i.test(k) && k !== 'lever-via',
    );
    const query = keep.length ? `?${keep.map(([k, v]) => `${k.toLowerCase()}=${v}`).join('&')}` : '';
    return `${u.hostname.toLowerCase().replace(/^www\./, '')}${path}${query}`;
  } catch {
    return null;
  }
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'for',
  'to',
  'in',
  'at',
  'with',
  'm',
  'w',
  'd',
  'f',
  'h',
  'all',
  'genders',
  'remote',
  'hybrid',
]);
const LEVEL: Record<string, string> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  jnr: 'junior',
  mgr: 'manager',
  eng: 'engineer',
  dev: 'developer',
};

function words(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}+#]+/u)
      .map((w) => LEVEL[w] ?? w)
      .filter((w) => w !== '' && !STOP.has(w)),
  );
}

/** How alike two job titles are, 0 to 1 (shared words over all words). */
export function titleSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared / (x.size + y.size - shared);
}

function employerKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[.,]/g, '')
    .replace(/\b(?:inc|llc|ltd|limited|gmbh|plc|corp|corporation|co|company|ag|sa|bv)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The known opportunities the candidate may be a repeat of, the surest first. */
export function findDuplicates(
  candidate: { employerName?: string | null; roleTitle?: string | null; sourceUrl?: string | null },
  known: readonly KnownOpportunity[],
): DuplicateMatch[] {
  const url = candidate.sourceUrl ? normaliseUrl(candidate.sourceUrl) : null;
  const employer = candidate.employerName ? employerKey(candidate.employerName) : '';
  const byUrl: DuplicateMatch[] = [];
  const byTitle: { id: string; score: number }[] = [];
  for (const k of known) {
    if (url && k.sourceUrl && normaliseUrl(k.sourceUrl) === url) {
      byUrl.push({ id: k.id, reason: 'same-url' });
      continue;
    }
    if (!employer || employerKey(k.employerName) !== employer || !candidate.roleTitle) continue;
    const score = titleSimilarity(candidate.roleTitle, k.roleTitle);
    if (score >= 0.5) byTitle.push({ id: k.id, score });
  }
  byTitle.sort((a, b) => b.score - a.score);
  return [...byUrl, ...byTitle.map(({ id }) => ({ id, reason: 'same-employer-similar-title' as const }))];
}
