// The plain-text reader: labelled fields, then the header block that job boards, aggregators and
// careers pages print above the description (title, employer, place, pay, type), then phrases
// anywhere in the text. Used for pasted text and, after the structured data, for a page's text.

import type { RemotePolicy } from '../../contracts/values.js';
import { parseDate } from './fields/dates.js';
import { employmentTypeIn, remotePolicyIn, remotePolicyInText } from './fields/kinds.js';
import { cleanPlace, looksLikePlace } from './fields/places.js';
import { cleanEmployer, couldBeName, looksLikeCompany, looksLikeRole } from './fields/roles.js';
import { findSalary, salaryIn } from './fields/salary.js';
import { findLabelled } from './labels.js';
import type { Partial13 } from './types.js';

/** What the text reader found: fields, and which of them were labelled in the text. */
export interface TextReading {
  fields: Partial13;
  labelled: Set<keyof Partial13>;
  /** Index of the first line of the description. */
  bodyStart: number;
}

const BODY_START =
  /^(?:#+\s*)?(?:about the (?:job|role|position|opportunity|team|company)|job description|description|the role|role overview|overview|position summary|job summary|summary|the opportunity|what you(?:'|’)ll do|responsibilities|your role|about us|who we are|introduction|job details|full job description|about this role|in this role)\s*:?$/i;
const FURNITURE =
  /^(?:apply(?: now| on company site| for this job)?|easy apply|save(?:d)?|share|report(?: this)? job|follow|sign in|join now|promoted|view (?:job|company|all jobs)|see (?:more|less|who)|show (?:more|less)|back to (?:jobs|search|results)|copy link|more|menu|job|jobs|home|careers|\d+ applicants?|over \d+ applicants|be an early applicant|actively recruiting|responses managed off linkedin|urgently hiring|new|hiring|easily apply|skills|i'm interested|message|visit website|open jobs|company logo|.* logo|\d+(?:\.\d)? ?★?|\d[\d,]* reviews?|\d[\d,]* followers?|-? ?job post|profile insights|job details|pay|job type|shift and schedule|benefits|location|full job description|hello,? \w+,?|hi,? \w+,?|dear \w+,?|show more options|more options|\d(?:\.\d)? out of 5 stars|company rating|see all jobs|get job alerts|apply with .*|quick apply)$/i;
const AGO = /\b(?:\d+\+?\s*(?:minutes?|hours?|days?|weeks?|months?)\s+ago|just posted|today|yesterday|reposted)\b/i;
const ROLE_AT = /^(.{3,100}?)\s+(?:at|@|chez|bei)\s+(.{2,80})$/i;
const SPLIT = /\s+[|·•–—/]\s+|\s+-\s+/;
const HIRING = /^(.{2,60}?)\s+is\s+hiring(?:\s+(?:an?|for an?))?\s*:?\s*(.{3,100})$/i;
const TYPE_WORDS =
  /\b(?:full[\s-]time|part[\s-]time|internship|temporary|fixed[\s-]term contract|contract (?:role|position|job|basis|assignment)|\d+[\s-]months? contract|freelance|permanent(?:,? full[\s-]time)?)\b/i;
const POSTED_LINE = /\b(?:posted|published|listed|date posted|veröffentlicht|publié)\b/i;
const CLOSES_LINE =
  /\b(?:closing date|closes?|deadline|apply by|apply before|applications? (?:close|due|must be received)|valid (?:through|until)|open until|expires?|end date)\b/i;

function dayFirstHint(text: string): boolean {
  return /£|€|\b(?:UK|United Kingdom|Ireland|Germany|France|Europe|Australia|New Zealand|India|Spain|Italy|Netherlands)\b/.test(text);
}

const TAIL =
  /^(?:#+\s*)?(?:similar jobs|people also viewed|people also searched|more jobs(?: like this| from .*)?|jobs you may be interested in|recommended jobs|related jobs|other jobs(?: at .*)?|you might also like|explore (?:more|collaborative articles)|looking for talent\?|job search smarter with premium)\s*:?$/i;
const CHROME = /^(?:show (?:more|less)|see (?:more|less)|read more|…\s*more|report this job|set alert for similar jobs|job alert)$/i;

/** Splits text into trimmed lines (blank lines kept as ''), cut before the lists of other jobs boards add below a posting. */
export function toLines(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) =>
      l
        .replace(/[\u200b\ufeff]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  const tail = lines.findIndex((l, i) => i > 5 && TAIL.test(l));
  return (tail > 0 ? lines.slice(0, tail) : lines).filter((l) => !CHROME.test(l));
}

function setOnce<K extends keyof Partial13>(fields: Partial13, key: K, value: Partial13[K] | null | undefined): void {
  if (value !== null && value !== undefined && (fields[key] === undefined || fields[key] === null)) fields[key] = value;
}

function readLabelled(lines: readonly string[], fields: Partial13, labelled: Set<keyof Partial13>, dayFirst: boolean): void {
  const mark = (...keys: (keyof Partial13)[]) => keys.forEach((k) => fields[k] !== undefined && labelled.add(k));
  for (const { key, value } of findLabelled(lines)) {
    switch (key) {
      case 'title':
        if (looksLikeRole(value) || value.split(/\s+/).length <= 8) setOnce(fields, 'roleTitle', value.replace(/[*_]+/g, '').trim());
        mark('roleTitle');
        break;
      case 'employer':
        setOnce(fields, 'employerName', cleanEmployer(value.replace(/[*_]+/g, '')));
        mark('employerName');
        break;
      case 'location': {
        const policy = remotePolicyIn(value);
        if (policy && fields.remotePolicy === undefined) {
          fields.remotePolicy = policy;
          mark('remotePolicy');
        }
        setOnce(fields, 'location', cleanPlace(value.replace(/[*_]+/g, '')));
        mark('location');
        break;
      }
      case 'remote': {
        const policy = remotePolicyIn(value);
        if (policy) {
          fields.remotePolicy = policy;
          mark('remotePolicy');
        }
        break;
      }
      case 'salary': {
        const s = salaryIn(value, true);
        if (s && fields.salaryMin === undefined && fields.salaryMax === undefined) {
          Object.assign(fields, { salaryMin: s.min, salaryMax: s.max, salaryCurrency: s.currency, salaryPeriod: s.period });
          mark('salaryMin', 'salaryMax', 'salaryCurrency', 'salaryPeriod');
        }
        break;
      }
      case 'type':
        setOnce(fields, 'employmentType', employmentTypeIn(value));
        mark('employmentType');
        break;
      case 'posted':
        setOnce(fields, 'postedAt', parseDate(value, dayFirst));
        mark('postedAt');
        break;
      case 'closes':
        setOnce(fields, 'closesAt', parseDate(value, dayFirst));
        mark('closesAt');
        break;
    }
  }
}

/** Reads the lines above the description: title, employer, place, pay, type. */
function readHeader(header: readonly string[], fields: Partial13): void {
  const lines = header
    .map((l) =>
      l
        .replace(/^(?:- |#+\s*)/, '')
        .replace(/\*\*|__/g, '')
        .trim(),
    )
    .filter((l) => l !== '' && !FURNITURE.test(l));
  const names: string[] = [];
  for (const line of lines) {
    const hiring = HIRING.exec(line);
    if (hiring && looksLikeRole(hiring[2]!)) {
      setOnce(fields, 'employerName', cleanEmployer(hiring[1]!));
      setOnce(fields, 'roleTitle', hiring[2]!.replace(/[.!]$/, ''));
      continue;
    }
    const at = ROLE_AT.exec(line);
    if (at && looksLikeRole(at[1]!) && couldBeName(at[2]!.split(SPLIT)[0]!)) {
      setOnce(fields, 'roleTitle', at[1]!);
      const rest = at[2]!.split(SPLIT);
      setOnce(fields, 'employerName', cleanEmployer(rest[0]!));
      const place = rest.slice(1).find((p) => looksLikePlace(p));
      if (place) setOnce(fields, 'location', cleanPlace(place));
      continue;
    }
    if (/^(?:remote|hybrid)\b/i.test(line) && cleanPlace(line) === null) {
      setOnce(fields, 'remotePolicy', remotePolicyIn(line));
      continue;
    }
    const whole = /\d/.test(line) ? salaryIn(line) : null;
    if (whole && whole.currency && whole.min !== whole.max && fields.salaryMin === undefined && fields.salaryMax === undefined) {
      Object.assign(fields, { salaryMin: whole.min, salaryMax: whole.max, salaryCurrency: whole.currency, salaryPeriod: whole.period });
    }
    const parts = line
      .split(SPLIT)
      .map((p) => p.trim())
      .filter(Boolean);
    for (const part of parts) {
      if (AGO.test(part) || /applicants?|clicked apply|^\d+$/.test(part)) continue;
      const policy = remotePolicyIn(part);
      if (policy && part.length <= 40 && /^(?:\(?\s*)?(?:remote|hybrid|on[\s-]?site|in[\s-]office)\b/i.test(part))
        setOnce(fields, 'remotePolicy', policy);
      if (/\((?:remote|hybrid|on[\s-]?site)\)/i.test(part)) setOnce(fields, 'remotePolicy', remotePolicyIn(part));
      const salary = /\d/.test(part) ? salaryIn(part) : null;
      if (salary && salary.currency && fields.salaryMin === undefined && fields.salaryMax === undefined) {
        Object.assign(fields, {
          salaryMin: salary.min,
          salaryMax: salary.max,
          salaryCurrency: salary.currency,
          salaryPeriod: salary.period,
        });
        const type = employmentTypeIn(part);
        if (type) setOnce(fields, 'employmentType', type);
        continue;
      }
      if (
        (part.length <= 30 && TYPE_WORDS.test(part) && !looksLikeRole(part.replace(TYPE_WORDS, ''))) ||
        /^(?:contract|freelance|temporary|temp|permanent|internship|fixed[\s-]term)(?:\s*\(.*\))?$/i.test(part)
      ) {
        setOnce(fields, 'employmentType', employmentTypeIn(part));
        continue;
      }
      if (looksLikePlace(part)) {
        setOnce(fields, 'location', cleanPlace(part));
        continue;
      }
      if (fields.roleTitle === undefined && looksLikeRole(part) && !/^(?:remote|hybrid)/i.test(part)) {
        fields.roleTitle = part;
        continue;
      }
      if (couldBeName(part) && part !== fields.roleTitle) names.push(cleanEmployer(part) ?? part);
    }
  }
  // No title word found: a job page's first line is its title.
  if (
    fields.roleTitle === undefined &&
    names.length > 0 &&
    !looksLikeCompany(names[0]!) &&
    lines[0] &&
    cleanEmployer(lines[0]) === names[0]
  ) {
    fields.roleTitle = names.shift()!;
  }
  if (fields.employerName === undefined) {
    const company =
      names.find((n) => looksLikeCompany(n)) ??
      names.find((n) => !looksLikeRole(n) && n !== fields.roleTitle) ??
      names.find((n) => n !== fields.roleTitle);
    if (company) fields.employerName = company;
  }
}

/** Where the description starts: a section heading, or the first long line. */
export function findBodyStart(lines: readonly string[]): number {
  const limit = Math.min(lines.length, 60);
  for (let i = 0; i < limit; i++) if (BODY_START.test(lines[i]!)) return i;
  for (let i = 0; i < limit; i++)
    if (lines[i]!.length > 140 || (lines[i]!.length > 30 && /[.!?]$/.test(lines[i]!) && lines[i]!.split(' ').length >= 6)) return i;
  return Math.min(lines.length, 8);
}

/** Reads text that is a job posting (a page's text, or text copied from one). */
export function readPostingText(lines: readonly string[], text: string): TextReading {
  const fields: Partial13 = {};
  const labelled = new Set<keyof Partial13>();
  const dayFirst = dayFirstHint(text);
  readLabelled(lines, fields, labelled, dayFirst);
  const bodyStart = findBodyStart(lines);
  readHeader(lines.slice(0, bodyStart), fields);
  readAnywhere(lines, text, fields, dayFirst);
  return { fields, labelled, bodyStart };
}

/** Fields still unknown, from phrases anywhere: pay, remote policy, employment type, dates. */
export function readAnywhere(lines: readonly string[], text: string, fields: Partial13, dayFirst: boolean): void {
  if (fields.salaryMin === undefined && fields.salaryMax === undefined) {
    const s = findSalary(lines);
    if (s) Object.assign(fields, { salaryMin: s.min, salaryMax: s.max, salaryCurrency: s.currency, salaryPeriod: s.period });
  }
  if (fields.remotePolicy === undefined) {
    const policy: RemotePolicy | null = remotePolicyInText(text);
    if (policy) fields.remotePolicy = policy;
  }
  if (fields.employmentType === undefined) {
    const m = TYPE_WORDS.exec(text);
    if (m) setOnce(fields, 'employmentType', employmentTypeIn(m[0]));
  }
  for (const line of lines) {
    if (line.length > 200) continue;
    if (fields.postedAt === undefined && POSTED_LINE.test(line)) setOnce(fields, 'postedAt', parseDate(line, dayFirst));
    if (fields.closesAt === undefined && CLOSES_LINE.test(line)) setOnce(fields, 'closesAt', parseDate(line, dayFirst));
  }
}
