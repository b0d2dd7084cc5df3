// Recruiter e-mails and messages: the facts sit inline in sentences ("a Senior Data Engineer role
// at Northwind, based in Leeds, paying £70-80k, hybrid two days a week").

import { cleanPlace, looksLikePlace } from './fields/places.js';
import { cleanEmployer, looksLikeRole } from './fields/roles.js';
import type { Partial13 } from './types.js';

const GREETING = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b/im;
const HEADER = /^(?:subject|from|to|sent|date|re|fwd?):/im;
const PITCH =
  /\b(?:reaching out|came across your (?:profile|cv|resume)|i(?:'|’)m a recruiter|i am a recruiter|on behalf of|my client|thought of you|would you be (?:open|interested)|are you open to|exciting opportunity|i(?:'|’)m recruiting|i am recruiting|talent (?:acquisition|partner)|quick chat|your background|reach out|wanted to (?:share|connect|introduce|see)|saw your (?:resume|cv|profile|background|experience)|be considered|like to be considered|interested in (?:hearing|learning|exploring|a)|open to (?:a|new|hearing)|good fit|great fit|perfect fit|(?:run|lead|head up|head of) (?:talent|recruiting|recruitment|hiring)|recruit(?:ing|er) (?:at|for)|talent at|worth a (?:call|chat)|(?:we(?:'|’)re|we are) (?:looking for|hiring))\b/i;

/** Whether the text reads as a message from a recruiter rather than a posting. */
export function looksLikeEmail(text: string): boolean {
  const head = text.slice(0, 600);
  return (GREETING.test(head) || HEADER.test(head)) && PITCH.test(text.slice(0, 4000));
}

const WORD = `[A-Z0-9][\\p{L}0-9&'’-]*(?:\\.[\\p{L}0-9]+)*`;
const NAME = `((?:${WORD}|&)(?:[ \\t]+(?:${WORD}|&|of|and|for|de|the))*)`;
const ROLE_PHRASES: RegExp[] = [
  /\b(?:role|position|opportunity|opening|vacancy|job)\s+(?:of|as|for)\s+(?:an?\s+|the\s+)?([A-Z][^,.;:!?()\n]{2,80}?)(?=\s+(?:at|with|for|in|on|based|here|who|that|which|to|reporting|working|–|-)\b|[,.;:!?()\n])/,
  /\b(?:an?|the|our|their)\s+((?:[A-Z][\p{L}+#/&.-]*|of|and|for|\d+)(?:\s+(?:[A-Z][\p{L}+#/&.-]*|of|and|for|&|\(.+?\)))*)\s+(?:role|position|opening|vacancy|opportunity|job)\b/u,
  /\b(?:hiring|recruiting|looking for|searching for|seeking)\s+(?:an?\s+|for\s+an?\s+|a new\s+)?([A-Z][^,.;:!?()\n]{2,80}?)(?=\s+(?:at|with|for|in|to|who|based|on|–|-)\b|[,.;:!?()\n])/,
];
const EMPLOYER_PHRASES: RegExp[] = [
  new RegExp(`\\b(?:role|position|opportunity|opening|vacancy|job)\\s+as\\s+an?\\s+[^,.;!?\\n]{3,60}?\\s+(?:at|with|for)\\s+${NAME}`, 'u'),
  new RegExp(`\\b(?:my client|our client|the client|client),?\\s+${NAME}`, 'u'),
  new RegExp(`\\b(?:role|position|opportunity|opening|vacancy|job|team)\\s+(?:at|with)\\s+${NAME}`, 'u'),
  new RegExp(`\\bon behalf of\\s+${NAME}`, 'u'),
  new RegExp(`\\b(?:join|joining)\\s+${NAME}`, 'u'),
  new RegExp(`\\b(?:at|with)\\s+${NAME}`, 'u'),
  new RegExp(`(?:^|[.!?]\\s+)${NAME}\\s+(?:is|are)\\s+(?:hiring|looking|growing|expanding|building|recruiting|an?\\s)`, 'mu'),
];
const PLACE_PHRASES: RegExp[] = [
  /\bin\s+((?:[A-Z][\p{L}.'-]+\s)*[A-Z][\p{L}.'-]+,\s*(?:[A-Z]{2}\b|[A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?))/u,
  /\b(?:based|located|situated|sitting)\s+(?:in|out of|at)\s+(?:our\s+|their\s+|the\s+)?([A-Z][^.;:!?()\n]{1,60}?)(?=\s+(?:office|with|and|for|on|–|-|\(|,\s+(?:hybrid|remote|paying|with|offering|reporting|and|the|a|working))\b|[.;:!?()\n]|$)/,
  /\b(?:office|offices|hub|site|HQ|headquarters)\s+in\s+([A-Z][^,.;:!?()\n]{1,40}?)(?=\s+(?:with|and|for|on)\b|[,.;:!?()\n]|$)/,
  /\bin\s+(?:our|their|the)\s+([A-Z][\p{L} .'-]{1,30}?)\s+(?:office|hub|studio|site|team)\b/u,
  /\b([A-Z][\p{L}.'-]+(?:\s[A-Z][\p{L}.'-]+)?)-based\b/u,
];
const FILLER =
  /^(?:a|an|the|this|our|my|your|we|i|it|they|you|hi|hello|thanks|regards|best|cheers|linkedin|confidential|stealth|leading|fast-growing|growing|well-funded|global|large)$/i;
const CONFIDENTIAL =
  /\b(?:my|our|a|the) client\b(?!,?\s+[A-Z])|\bconfidential\b|\bstealth\b|\bcan(?:'|’)t (?:yet )?(?:name|disclose|share the name)/i;

function firstMatch(res: RegExp[], text: string, accept: (v: string) => boolean): string | null {
  for (const re of res) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
      const v = m[1]?.trim().replace(/[’']s$/, '');
      if (v && accept(v)) return v;
    }
  }
  return null;
}

function trimName(name: string): string {
  // "Northwind Bank in Leeds" -> "Northwind Bank"; stop at lower-case glue words that ran on.
  return name
    .split(/\s+(?:in|on|for|and|of the|who|which|to|as|–|-)\s+/)[0]!
    .replace(/[,.]+$/, '')
    .trim();
}

/** Reads a recruiter's message; subject lines first, then sentences. */
export function readEmail(text: string): Partial13 {
  const fields: Partial13 = {};
  const subject = /^subject:\s*(.+)$/im.exec(text)?.[1]?.replace(/^(?:re|fwd?):\s*/i, '');
  if (subject) {
    const at = /^(?:opportunity:\s*|role:\s*)?(.+?)\s+(?:at|with|@|[-–|])\s+(.+?)(?:\s+[-–|(].*)?$/i.exec(subject);
    if (at && looksLikeRole(at[1]!)) {
      fields.roleTitle = at[1]!.replace(/^(?:opportunity|role|job)\s*[-:–]\s*/i, '').trim();
      const employer = cleanEmployer(at[2]!);
      if (employer && !looksLikePlace(employer) && !/\b(?:remote|hybrid)\b/i.test(employer)) fields.employerName = employer;
    }
  }
  const body = text.replace(/^(?:subject|from|to|sent|date|cc):.*$/gim, '');
  if (fields.roleTitle === undefined) {
    const role = firstMatch(ROLE_PHRASES, body, (v) => looksLikeRole(v) && v.split(/\s+/).length <= 9);
    if (role) fields.roleTitle = role.replace(/^(?:new|exciting|great|senior-level)\s+/i, '');
  }
  if (fields.employerName === undefined) {
    const employer = firstMatch(EMPLOYER_PHRASES, body, (v) => {
      const name = trimName(v);
      return (
        !FILLER.test(name) &&
        !looksLikeRole(name) &&
        !looksLikePlace(name) &&
        name.length >= 2 &&
        !/^(?:LinkedIn|Gmail|Outlook)$/.test(name)
      );
    });
    if (employer && !(CONFIDENTIAL.test(body) && /\bclient\b/i.test(body) && !new RegExp(`client,?\\s+${employer}`).test(body)))
      fields.employerName = trimName(employer);
  }
  const place =
    firstMatch(PLACE_PHRASES, body, (v) => !FILLER.test(v) && v.length <= 60) ??
    firstMatch(
      [/\b(?:in|to)\s+([A-Z][\p{L}.'-]+(?:\s[A-Z][\p{L}.'-]+)?)\b/u],
      body,
      (v) => looksLikePlace(v) && !/^(?:US|USA|UK|EU|Europe|Canada|Remote)$/i.test(v),
    );
  if (place) {
    const clean = cleanPlace(place);
    if (clean && !/\b(?:office|team)\b/i.test(clean)) fields.location = clean;
  }
  return fields;
}
