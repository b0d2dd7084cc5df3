/**
 * Natural keys of computed follow-ups, so the user's state (tone, edits, sent) can be stored and
 * addressed before any row exists: one thank-you per interviewer per interview, and numbered
 * check-ins per opportunity.
 */
export type FollowUpKey =
  { kind: 'thank-you'; interviewId: string; personId: string } | { kind: 'check-in'; opportunityId: string; sequence: number };

/** The key as text: `thank-you:<interviewId>:<personId>` or `check-in:<opportunityId>:<sequence>`. */
export function followUpKey(key: FollowUpKey): string {
  return key.kind === 'thank-you' ? `thank-you:${key.interviewId}:${key.personId}` : `check-in:${key.opportunityId}:${key.sequence}`;
}

const ID = '[0-9A-Za-z-]{1,64}';
const THANK_YOU = new RegExp(`^thank-you:(${ID}):(${ID})$`);
const CHECK_IN = new RegExp(`^check-in:(${ID}):([1-9]\\d{0,2})$`);

/** Reads a key written by `followUpKey`; null for anything else. */
export function parseFollowUpKey(text: string): FollowUpKey | null {
  const t = THANK_YOU.exec(text);
  if (t) return { kind: 'thank-you', interviewId: t[1]!, personId: t[2]! };
  const c = CHECK_IN.exec(text);
  if (c) return { kind: 'check-in', opportunityId: c[1]!, sequence: Number(c[2]) };
  return null;
}
