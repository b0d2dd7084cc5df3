/** Word lists that tell a business card's lines apart: job titles, company names, addresses. */

/** Words that make a line a job title on their own. */
export const STRONG_TITLE_WORDS = new Set([
  'engineer', 'manager', 'director', 'head', 'lead', 'leader', 'recruiter', 'vp', 'svp', 'evp', 'avp', 'president',
  'chief', 'officer', 'ceo', 'cto', 'cfo', 'coo', 'cio', 'cpo', 'cmo', 'ciso', 'founder', 'co-founder', 'cofounder',
  'specialist', 'coordinator', 'consultant', 'analyst', 'designer', 'developer', 'scientist', 'architect', 'sourcer',
  'associate', 'executive', 'assistant', 'advisor', 'adviser', 'administrator', 'supervisor', 'representative',
  'generalist', 'intern', 'strategist', 'researcher', 'counsel', 'editor', 'producer', 'owner', 'partner',
  'programmer', 'technician', 'accountant', 'attorney', 'principal', 'fellow', 'evangelist', 'advocate', 'secretary',
  'treasurer', 'controller', 'buyer', 'planner', 'writer', 'teacher', 'professor', 'lecturer', 'nurse', 'physician',
  'ingenieur', 'ingénieur', 'gerente', 'directeur', 'directrice', 'leiter', 'leiterin', 'geschäftsführer',
]);

/** Words that hint at a title but also appear in company names; two of them (or one with a strong word) make a title. */
export const WEAK_TITLE_WORDS = new Set([
  'senior', 'sr', 'sr.', 'junior', 'staff', 'talent', 'acquisition', 'people', 'hr', 'product', 'engineering', 'sales',
  'marketing', 'operations', 'technical', 'program', 'project', 'business', 'development', 'hiring', 'growth',
  'customer', 'success', 'team', 'account', 'recruiting', 'recruitment', 'human', 'resources', 'of', 'vice', 'global',
  'regional', 'area', 'delivery', 'platform', 'infrastructure', 'design', 'research', 'finance', 'legal', 'emea',
  'apac', 'americas', 'ux', 'ui', 'qa', 'devops', 'data', 'security', 'frontend', 'backend', 'full-stack', 'fullstack',
  'mobile', 'cloud', 'it', 'ii', 'iii', 'iv', 'university', 'campus', 'early', 'careers', 'partnerships', 'relations',
]);

/** Legal forms: a line ending in one of these is a company. */
export const LEGAL_FORMS = new Set([
  'inc', 'inc.', 'llc', 'l.l.c.', 'ltd', 'ltd.', 'limited', 'gmbh', 'ag', 'corp', 'corp.', 'corporation', 'company',
  'co', 'co.', 'plc', 'llp', 'lp', 's.a.', 'sa', 'sas', 'sarl', 'bv', 'b.v.', 'nv', 'n.v.', 'oy', 'ab', 'as', 'a/s',
  'pty', 'pty.', 'kg', 'se', 'spa', 's.p.a.', 'srl', 's.r.l.', 'kk', 'k.k.', 'pte', 'pte.', 'ug', 'e.v.',
]);

/** Words common in company names (weaker than a legal form). */
export const COMPANY_WORDS = new Set([
  'group', 'labs', 'lab', 'technologies', 'technology', 'tech', 'systems', 'solutions', 'software', 'partners',
  'holdings', 'studio', 'studios', 'ventures', 'capital', 'consulting', 'bank', 'health', 'healthcare', 'media',
  'analytics', 'industries', 'international', 'enterprises', 'networks', 'games', 'foods', 'motors', 'pharma',
  'pharmaceuticals', 'robotics', 'digital', 'agency', 'associates', 'logistics', 'energy', 'insurance', 'financial',
  'bio', 'biosciences', 'therapeutics', 'security', 'cloud', 'data', 'ai', 'works', 'foundation', 'institute',
  'hospital', 'clinic', 'collective', 'cooperative', 'manufacturing', 'semiconductor', 'semiconductors', 'airlines',
  'telecom', 'communications', 'entertainment', 'interactive', 'dynamics', 'innovations', 'platforms', 'payments',
]);

/** Name prefixes dropped from a person's name. */
export const HONORIFICS = new Set(['dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx', 'mx.', 'prof', 'prof.', 'sir', 'dame']);

/** Degrees and certifications printed after a name ("Jane Doe, PhD"). */
export const POST_NOMINALS = new Set([
  'phd', 'ph.d.', 'ph.d', 'mba', 'cpa', 'pe', 'p.e.', 'md', 'm.d.', 'msc', 'm.sc.', 'bsc', 'ma', 'ba', 'jd', 'j.d.',
  'esq', 'esq.', 'cfa', 'pmp', 'phr', 'sphr', 'shrm-cp', 'shrm-scp', 'cissp', 'rn', 'dipl.-ing.', 'cipd',
]);

/** Lowercase parts of names (van der Berg, da Silva). */
export const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'das', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'binti', 'al', 'el', 'ter', 'ten', 'y']);

/** Name suffixes kept with the name. */
export const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Words of a street address. */
export const ADDRESS_WORDS =
  /\b(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|suite|ste\.?|floor|fl\.?|drive|lane|ln\.?|way|plaza|square|sq\.?|court|ct\.?|parkway|pkwy\.?|place|pl\.?|highway|hwy\.?|building|bldg\.?|unit|strasse|straße|str\.|platz|weg|allee|rue|via|calle|po box|p\.o\. box)\b/i;

/** Mail providers whose domain says nothing about the employer. */
export const PERSONAL_MAIL_DOMAINS = new Set([
  'gmail', 'googlemail', 'outlook', 'hotmail', 'live', 'yahoo', 'icloud', 'me', 'mac', 'proton', 'protonmail', 'aol',
  'gmx', 'web', 'mail', 'fastmail', 'zoho', 'yandex', 'hey', 'pm',
]);

/** Top-level domains a bare website ("acme.io") may end in; a scheme or "www." makes any ending acceptable. */
export const COMMON_TLDS = new Set([
  'com', 'org', 'net', 'io', 'co', 'ai', 'dev', 'app', 'tech', 'biz', 'info', 'us', 'uk', 'de', 'fr', 'nl', 'es', 'it',
  'ch', 'at', 'se', 'no', 'dk', 'fi', 'ie', 'be', 'pl', 'pt', 'ca', 'au', 'nz', 'in', 'jp', 'sg', 'hk', 'eu', 'xyz',
  'cloud', 'studio', 'agency', 'health', 'jobs', 'careers', 'edu', 'gov', 'me', 'ly', 'to', 'so', 'gg', 'id',
]);

/** Acronyms kept in capitals when a shouted line is turned into title case. */
export const KEEP_UPPER = new Set([
  'vp', 'svp', 'evp', 'avp', 'ceo', 'cto', 'cfo', 'coo', 'cio', 'cpo', 'cmo', 'ciso', 'hr', 'ux', 'ui', 'qa', 'it',
  'ai', 'ml', 'emea', 'apac', 'latam', 'us', 'uk', 'eu', 'ii', 'iii', 'iv', 'r&d', 'devops', 'sre', 'gtm', 'b2b', 'saas',
]);

/** Small words kept in lowercase inside a title-cased line. */
export const KEEP_LOWER = new Set(['of', 'and', 'for', 'the', 'at', 'in', 'to', 'a', 'an', '&']);
