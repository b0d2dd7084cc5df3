import type { BuiltInPriorityKey } from '../../research/priorities.js';
import type { FactTopic } from '../../research/checklist.js';

/** Who sits across the table: each kind of interviewer is best placed to answer different things. */
export const ROLES = ['recruiter', 'hiring-manager', 'peer', 'executive'] as const;
/** An interviewer's role. */
export type Role = (typeof ROLES)[number];

/** What a question to ask is for; the plan spreads these so one conversation is not all one theme. */
export const PURPOSES = [
  'day-to-day',
  'success',
  'team',
  'manager-and-style',
  'culture',
  'growth',
  'previous-person',
  'direction',
  'challenges',
  'decision-process',
  'closing',
] as const;
/** The purpose of a question to ask. */
export type Purpose = (typeof PURPOSES)[number];

// Priority keys and fact topics are owned by src/core/research; re-exported so library callers need one import.
export { BUILT_IN_PRIORITY_KEYS } from '../../research/priorities.js';
export type { BuiltInPriorityKey, FactTopic };

/** A priority key: built-in or a custom criterion's key. */
export type PriorityKey = BuiltInPriorityKey | (string & {});

/** One researched statement about an employer. */
export interface Fact {
  id: string;
  topic: FactTopic;
  statement: string;
  sourceUrl?: string;
  notedOn?: string;
}

/** A question the user may ask the employer. */
export interface Question {
  /** Stable slug: saved plans refer to it. */
  id: string;
  text: string;
  purpose: Purpose;
  /** Interviewer roles best placed to answer it, best first. */
  roles: Role[];
  /** Priorities whose fit the answer helps settle. */
  informs: PriorityKey[];
}
