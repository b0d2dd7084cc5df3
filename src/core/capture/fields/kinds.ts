// Employment type and remote policy, from schema.org values or the posting's words.

import type { RemotePolicy } from '../../../contracts/values.js';
import type { EmploymentType } from '../types.js';

const SCHEMA_TYPES: Record<string, EmploymentType> = {
  FULL_TIME: 'full-time',
  PART_TIME: 'part-time',
  CONTRACTOR: 'contract',
  CONTRACT: 'contract',
  TEMPORARY: 'temporary',
  INTERN: 'internship',
  INTERNSHIP: 'internship',
  VOLUNTEER: 'volunteer',
  PER_DIEM: 'per-diem',
  OTHER: 'other',
};

const WORD_TYPES: [RegExp, EmploymentType][] = [
  [
    /\bintern(ship)?s?\b|\bworking student\b|\bwerkstudent|\btrainee(ship)?\b|\bapprentice(ship)?\b|\bco-?op\b|\bstage\b(?= \()/i,
    'internship',
  ],
  [/\bpart[\s-]?time\b|\bteilzeit\b|\btemps partiel\b/i, 'part-time'],
  [
    /\bcontract(or)?\b|\bfreelance(r)?\b|\bfixed[\s-]term\b|\bb2b\b|\b1099\b|\bc2c\b|\bcorp[\s-]to[\s-]corp\b|\bcdd\b|\bbefristet\b/i,
    'contract',
  ],
  [/\btemporary\b|\btemp\b|\bseasonal\b|\bmaternity cover\b/i, 'temporary'],
  [/\bvolunteer(ing)?\b/i, 'volunteer'],
  [/\bper[\s-]diem\b|\bprn\b/i, 'per-diem'],
  [/\bfull[\s-]?time\b|\bvollzeit\b|\btemps plein\b|\bcdi\b|\bpermanent\b|\bregular\b/i, 'full-time'],
];

/** An employment type from schema.org's value (or a list of them) or plain words. */
export function employmentType(value: unknown): EmploymentType | null {
  const list = Array.isArray(value) ? value : [value];
  for (const v of list) {
    if (typeof v !== 'string') continue;
    const key = v
      .trim()
      .toUpperCase()
      .replace(/[\s-]+/g, '_');
    if (SCHEMA_TYPES[key]) return SCHEMA_TYPES[key];
    const word = employmentTypeIn(v);
    if (word) return word;
  }
  return null;
}

/** The employment type a short value ("Full-time", "Contract, 6 months") names. */
export function employmentTypeIn(text: string): EmploymentType | null {
  // The first type named wins ("Full-time, part-time considered" is full-time).
  const t = text.replace(/_/g, ' ');
  let best: { at: number; type: EmploymentType } | null = null;
  for (const [re, type] of WORD_TYPES) {
    const m = re.exec(t);
    if (m && (!best || m.index < best.at)) best = { at: m.index, type };
  }
  return best?.type ?? null;
}

// "Hybrid" about how people work, not about cloud, cars or apps.
const HYBRID =
  /\bhybrid\b(?![\s-]+(?:cloud|apps?|mobile|cars?|vehicles?|infrastructure|environments?|solutions?|systems?|architecture|integration|it\b|data|energy|engines?|search|teams? of|approach to (?!work)))|\b(?:\d|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:\d|two|three|four))?\s+(?:office\s+)?days?\s+(?:a|per|each)\s+week\s+(?:in|at|on)[\s-]+(?:the\s+|our\s+)?(?:office|site|person|studio|hq)|\b(?:\d|one|two|three|four)\s+days?\s+(?:in|at)\s+(?:the|our)\s+office|\b(?:\d|one|two|three|four)\s+(?:office|on-?site)\s+days\b|\bsplit between (?:home|remote) and (?:the )?office|\bflexible hybrid\b/i;
const REMOTE =
  /\b(?:fully|100%|full|completely|entirely|totally)[\s-]+remote\b|\bremote[\s-](?:first|only|friendly role|position|role|job|work(?:ing)?|opportunity|eligible|ok|okay)\b|\bwork(?:ing)? (?:from|at) home\b|\bwork from anywhere\b|\btelecommut\w*|\bwfh\b|\bthis (?:is a |role is |position is )(?:fully )?remote\b|\bremote\s*(?:\(|-|–|—|,|\/)\s*(?:us|usa|uk|eu|emea|europe|canada|worldwide|global|anywhere|united|north america|latam|apac)\b|^remote(?:\s*[-–(,:/|]|\s*$)|\bremote\s*$|\bcan be (?:done|worked|performed) remotely\b|\b(?:work|working) remotely\b/im;
const NOT_REMOTE =
  /\b(?:not|isn't|is not|no)\s+(?:a\s+)?(?:fully\s+)?remote\b|\bremote (?:work )?is not (?:possible|available|an option)\b|\bno remote\b/i;
const ONSITE =
  /\bon[\s-]?site\b(?!\s+(?:gym|cafeteria|canteen|parking|childcare|daycare|health|clinic|amenities|restaurant|fitness))|\bin[\s-]office\b|\boffice[\s-]based\b|\bin[\s-]person\b|\bat our (?:\w+ )?(?:office|site|plant|warehouse|store|hospital|clinic|facility)\b|\bin our (?:\w+ )?(?:workshop|kitchen|bakery|shop|store|studio|lab|laboratory|warehouse|clinic|restaurant|branch|factory|plant|salon|garage|yard|depot)\b|\bon the (?:shop|production|factory|sales|warehouse) floor\b|\bvor ort\b|\bpresentiel\b|\bprésentiel\b/i;

/** A remote policy from a short value such as "Hybrid", "Remote (US)", "On-site". */
export function remotePolicyIn(value: string): RemotePolicy | null {
  const v = value.toLowerCase();
  if (NOT_REMOTE.test(v)) return 'onsite';
  if (/\bhybrid\b/.test(v)) return 'hybrid';
  if (/\bremote\b|\btelecommute|\bwork from home\b|\banywhere\b/.test(v)) return 'remote';
  if (/\bon[\s-]?site\b|\bin[\s-]office\b|\boffice\b|\bin[\s-]person\b/.test(v)) return 'onsite';
  return null;
}

/** The remote policy a whole text states, hybrid winning over remote when both appear. */
export function remotePolicyInText(text: string): RemotePolicy | null {
  if (NOT_REMOTE.test(text)) return HYBRID.test(text) ? 'hybrid' : 'onsite';
  if (HYBRID.test(text)) return 'hybrid';
  if (REMOTE.test(text)) return 'remote';
  if (ONSITE.test(text)) return 'onsite';
  return null;
}
