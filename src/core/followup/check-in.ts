import { firstName, spokenDate } from './text.js';
import type { OpportunityRef, Person, Tone, UserRef } from './types.js';

/** Everything `draftCheckIn` needs. */
export interface DraftCheckInInput {
  person: Person;
  opportunity: OpportunityRef;
  user: UserRef;
  /** 1 for the first check-in, 2 for the one after, … */
  sequence: number;
  /** The decision date they gave (`YYYY-MM-DD`), if any. */
  decisionDate?: string | null;
  tone?: Tone;
}

/** A short, friendly check-in note. */
export interface CheckInDraft {
  subject: string;
  body: string;
}

/**
 * Drafts a check-in after the interviews: polite, short, restating interest and offering anything
 * else they need. The second one acknowledges the first without pressing.
 */
export function draftCheckIn(input: DraftCheckInInput): CheckInDraft {
  const tone = input.tone ?? 'warm';
  const { roleTitle, employerName } = input.opportunity;
  const greeting =
    tone === 'formal'
      ? `Dear ${input.person.name},`
      : tone === 'brief'
        ? `Hi ${firstName(input.person.name)},`
        : `Hello ${firstName(input.person.name)},`;
  const timing = input.decisionDate
    ? ` You mentioned a decision around ${spokenDate(input.decisionDate)}, so I thought I would check in.`
    : '';
  const opening =
    input.sequence <= 1
      ? `I hope your week is going well. I am writing to ask whether there is any news on the ${roleTitle} position.${timing}`
      : `I wanted to follow up on my earlier note about the ${roleTitle} position, in case there is an update on your side.`;
  const interest =
    tone === 'brief'
      ? `I am still very keen on the role; let me know if anything else would help.`
      : `I remain genuinely interested in joining ${employerName}, and I am happy to share anything else that would help your decision.`;
  const signOff = tone === 'formal' ? 'Kind regards,' : tone === 'brief' ? 'Best,' : 'Warm regards,';
  return {
    subject: input.sequence <= 1 ? `Checking in \u2013 ${roleTitle}` : `Following up \u2013 ${roleTitle}`,
    body: [greeting, opening, interest, `Thank you for your time.\n\n${signOff}\n${input.user.name}`].join('\n\n'),
  };
}
