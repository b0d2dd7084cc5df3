import type { InterviewKind } from '../types.js';
import { looksLikeName, looksLikeTitle } from './names.js';
import { stripBullet, tidy } from './text.js';

/** An http(s) link in the text. */
export interface Link {
  url: string;
  index: number;
  end: number;
}

const LINK = /\bhttps?:\/\/[^\s<>()"'\]]+/gi;
const HAS_LINK = /\bhttps?:\/\//i;

// Hosts of video meeting services, and the name to say in the review.
const VIDEO_HOSTS: [RegExp, string][] = [
  [/(^|\.)zoom\.us$|(^|\.)zoom\.com$/, 'Zoom'],
  [/^meet\.google\.com$/, 'Google Meet'],
  [/^teams\.microsoft\.com$|^teams\.live\.com$/, 'Microsoft Teams'],
  [/(^|\.)webex\.com$/, 'Webex'],
  [/(^|\.)whereby\.com$/, 'Whereby'],
  [/^meet\.jit\.si$/, 'Jitsi'],
  [/(^|\.)chime\.aws$/, 'Amazon Chime'],
  [/(^|\.)bluejeans\.com$/, 'BlueJeans'],
  [/(^|\.)gotomeeting\.com$|^meet\.goto\.com$/, 'GoTo Meeting'],
  [/(^|\.)skype\.com$/, 'Skype'],
];

// A meeting link written without its scheme ("meet.google.com/abc-defg-hij").
const BARE_MEETING =
  /(?<![\w./:@-])(?:[a-z0-9-]+\.)*(?:zoom\.us|zoom\.com|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|meet\.jit\.si)\/[^\s<>()"'\]]+/gi;

/** Every link in the text (a bare meeting address gets `https://`), trailing punctuation removed, in order. */
export function findLinks(text: string): Link[] {
  const trim = (raw: string) => raw.replace(/[.,;:!?>]+$/, '');
  const links = [...text.matchAll(LINK)].map((m) => {
    const url = trim(m[0]);
    return { url, index: m.index, end: m.index + url.length };
  });
  for (const m of text.matchAll(BARE_MEETING)) {
    const raw = trim(m[0]);
    links.push({ url: `https://${raw}`, index: m.index, end: m.index + raw.length });
  }
  return links.sort((a, b) => a.index - b.index);
}

/** The video service a link belongs to, if any. */
export function videoService(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return VIDEO_HOSTS.find(([pattern]) => pattern.test(host))?.[1];
}

const VIDEO_WORDS =
  /\b(?:zoom|google meet|hangouts|microsoft teams|teams (?:meeting|call|link)|(?:over|on|via|by|in) (?:teams|skype|meet)|webex|whereby|jitsi|video (?:call|interview|conference|meeting|chat)|videoconference|on camera)\b/i;
const ONSITE_WORDS =
  /\b(?:on-?site|on site|in[- ]person|at our (?:office|offices|headquarters|hq|studio|campus)|visit (?:us|our office)|come (?:in|to our office)|reception|front desk|lobby|ask for\b|parking)\b/i;
const PHONE_WORDS =
  /\b(?:phone (?:screen|interview|call|conversation|chat)|by phone|over the phone|on the phone|telephone (?:interview|call)|(?:will|shall|to|'ll) (?:call|ring|phone) you|give you a (?:call|ring)|dial(?:-in)?|call (?:me|us) (?:at|on)|call you (?:at|on))\b/i;

// A phone number: optional +country (then a one-digit area code may follow: "+46 8 …"), optional (area), then groups of digits; at least 7 digits in all.
const PHONE =
  /(?<![\w/.:-])(?:\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}|(?:\(\d{1,4}\)[\s.-]?)?\d{2,4})(?:[\s.-]\d{2,5}){1,4}(?![\w/:-])/g;
const NOT_PHONE_BEFORE = /(?:meeting\s*id|webinar\s*id|passcode|password|pin|code|id)\s*[:#]?\s*$/i;

/** The first telephone number, preferring one on a line that talks about calling. */
export function findPhone(text: string): string | undefined {
  const candidates: { number: string; score: number; index: number }[] = [];
  for (const m of text.matchAll(PHONE)) {
    const number = m[0].trim();
    const digits = number.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (/^\d{4}-\d{2}-\d{2}$/.test(number)) continue;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (NOT_PHONE_BEFORE.test(before)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const line = text.slice(lineStart, text.indexOf('\n', m.index) < 0 ? undefined : text.indexOf('\n', m.index));
    const score = /\b(?:phone|call|dial|tel|mobile|cell|ring|reach)\b/i.test(line) ? 1 : 0;
    candidates.push({ number, score, index: m.index });
  }
  return candidates.sort((a, b) => b.score - a.score || a.index - b.index)[0]?.number;
}

const LABELLED = /^\s*(?:location|where|address|place|venue|office)\s*:\s*(.+)$/i;
const STREET =
  /\b\d{1,5}[a-z]?\s+(?:[\p{L}.'-]+\s+){0,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|square|sq|court|ct|parkway|pkwy|terrace|row|hill|highway|hwy)\b\.?|\b[\p{L}-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|laan|gracht|straat|vej|gatan|gata)\s+\d{1,5}\b|\b(?:rue|rua|calle|via|viale|avenida|avenue|carrer|plaza|praça|largo)\s+[\p{L} .'-]+?,?\s*\d{1,5}\b/iu;
const POSTCODE = /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|\b\d{4,5}(?:-\d{3})?\s+\p{Lu}[\p{L}-]+/u;

/** The place of an onsite interview: a "Location:" line, else a street address (with the next line when it holds the postcode). */
export function findAddress(lines: readonly string[]): { place: string; labelled: boolean } | undefined {
  for (const line of lines) {
    const m = LABELLED.exec(line);
    if (m && tidy(m[1]!) && !HAS_LINK.test(m[1]!) && !VIDEO_WORDS.test(m[1]!))
      return { place: tidy(m[1]!).slice(0, 2_000), labelled: true };
  }
  for (let i = 0; i < lines.length; i++) {
    const full = stripBullet(lines[i]!);
    const street = STREET.exec(full);
    if (!street) continue;
    // From the street to the end of its sentence: "… at our office, 1 Main Street, Springfield. Bring ID." → "1 Main Street, Springfield".
    const after = street.index + street[0].length;
    const stop = /\.(?:\s|$)|[;!?](?:\s|$)/.exec(full.slice(after));
    let line = full.slice(street.index, stop ? after + stop.index : undefined).replace(/[\s,]+$/, '');
    if (line.endsWith(')') && !line.includes('(')) line = line.slice(0, -1).trimEnd();
    const next = lines[i + 1] ? stripBullet(lines[i + 1]!) : '';
    const place = next && POSTCODE.test(next) && !POSTCODE.test(line) && next.length < 80 ? `${tidy(line)}, ${tidy(next)}` : tidy(line);
    return { place, labelled: false };
  }
  return undefined;
}

/** The kind with the strongest evidence, and why; undefined when nothing points anywhere. */
export function decideKind(evidence: {
  text: string;
  videoLink: string | undefined;
  phone: string | undefined;
  address: { labelled: boolean } | undefined;
}): { kind: InterviewKind; why: string } | undefined {
  const { text } = evidence;
  const scores: Record<InterviewKind, number> = { video: 0, onsite: 0, phone: 0 };
  const why: Record<InterviewKind, string> = { video: '', onsite: '', phone: '' };
  const note = (kind: InterviewKind, points: number, reason: string) => {
    scores[kind] += points;
    if (!why[kind]) why[kind] = reason;
  };
  if (evidence.videoLink) note('video', 10, `a ${videoService(evidence.videoLink) ?? 'video'} link`);
  const video = VIDEO_WORDS.exec(text);
  if (video) note('video', 3, `"${video[0]}"`);
  const onsite = ONSITE_WORDS.exec(text);
  if (onsite) note('onsite', 4, `"${onsite[0]}"`);
  if (evidence.address) note('onsite', evidence.address.labelled ? 5 : 2, 'an address');
  const phone = PHONE_WORDS.exec(text);
  if (phone) note('phone', 4, `"${phone[0]}"`);
  if (evidence.phone) note('phone', 1, 'a phone number');
  const order: InterviewKind[] = ['video', 'onsite', 'phone'];
  const best = order.reduce((a, b) => (scores[b] > scores[a] ? b : a));
  return scores[best] > 0 ? { kind: best, why: why[best] } : undefined;
}

const KIND_TITLES: Record<InterviewKind, string> = { phone: 'Phone interview', video: 'Video interview', onsite: 'On-site interview' };
const EMPLOYER_IN_TEXT =
  /\b(?:interest in|(?:role|position|opening|job|opportunity|team|[Ii]nterview|vacancy|[Pp]rogramme|[Pp]rogram|[Ii]nternship|[Ss]cheme|placement)\s+(?:at|with)|[Ii]nterview\s+-|(?:visit|join(?:ing)?)\s+us\s+at|here (?:at|from)|applying (?:to|for [^.]{1,60}? at))\s+((?:\p{Lu}[\p{L}'’.&-]*)(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’.&-]*){0,4})/u;

/** The employer the invitation names: the signature's company, else "… role at Acme" in the text. */
export function findEmployer(lines: readonly string[], signatureCompany: string | undefined): string | undefined {
  if (signatureCompany) return signatureCompany;
  for (const line of lines) {
    const m = EMPLOYER_IN_TEXT.exec(line);
    // "09:30 – 10:30 Technical Interview – Amazon Web Services architecture": a topic, not the employer.
    if (m && /^[Ii]nterview\s+-/.test(m[0]) && /^\s*\d/.test(line)) continue;
    const name = m?.[1]!.split(/\.\s/)[0]!.replace(/[.,;:!?]+$/, '');
    // "interview with Dr Sanjay Gupta" names a person, not the employer.
    const person =
      /\bwith\s*$/.test(m?.[0].slice(0, m[0].length - m[1]!.length) ?? '') &&
      (/^(?:mr|mrs|ms|dr|prof)\b/i.test(name ?? '') || looksLikeName(name ?? ''));
    // "Telephone interview – Graduate Civil Engineer" names the role, not the employer.
    if (name && !person && !looksLikeTitle(name)) return name;
  }
  return undefined;
}

/** The interview's title: its kind and the employer ("Video interview with Ferrovia Logistics"), never the e-mail's subject. */
export function interviewTitle(kind: InterviewKind | undefined, employer: string | undefined): string | undefined {
  const what = kind ? KIND_TITLES[kind] : 'Interview';
  if (employer) return `${what} with ${tidy(employer)}`.slice(0, 200);
  return kind ? what : undefined;
}
