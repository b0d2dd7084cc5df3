import { firstName } from './text.js';
import type { OpportunityRef, Person, Tone, UserRef } from './types.js';

/** Who a closing note goes to and about which job. */
export interface ClosingNoteInput {
  person: Person;
  opportunity: OpportunityRef;
  user: UserRef;
  tone?: Tone;
  /** Say that another offer was accepted (default true); some prefer not to. */
  mentionOtherOffer?: boolean;
}

/** A short note ready to edit. */
export interface ClosingNote {
  subject: string;
  body: string;
}

function greeting(person: Person, tone: Tone): string {
  return tone === 'formal'
    ? `Dear ${person.name},`
    : tone === 'warm'
      ? `Hello ${firstName(person.name)},`
      : `Hi ${firstName(person.name)},`;
}

function signOff(user: UserRef, tone: Tone): string {
  return `${tone === 'formal' ? 'Kind regards,' : tone === 'warm' ? 'With thanks and best wishes,' : 'Best,'}\n${user.name}`;
}

/** A polite note withdrawing from a process still under way (for example after accepting another offer). */
export function draftWithdrawal(input: ClosingNoteInput): ClosingNote {
  const tone = input.tone ?? 'warm';
  const { roleTitle, employerName } = input.opportunity;
  const why =
    input.mentionOtherOffer === false
      ? 'After careful thought, I have decided to withdraw my application.'
      : 'I have accepted another offer, so I would like to withdraw my application.';
  const thanks =
    tone === 'brief'
      ? `Thank you for considering me for the ${roleTitle} role.`
      : `Thank you for the time you and your colleagues invested in me during the process for the ${roleTitle} role at ${employerName}.`;
  const goodwill =
    tone === 'formal'
      ? `I hold ${employerName} in high regard and hope our paths cross again.`
      : tone === 'warm'
        ? `I really enjoyed getting to know the team, and I hope we stay in touch.`
        : 'I hope our paths cross again.';
  return {
    subject: `Withdrawing my application \u2013 ${roleTitle}`,
    body: [
      greeting(input.person, tone),
      `${thanks} ${why}`,
      `I wanted to tell you promptly so you can plan with the other candidates. ${goodwill}`,
      signOff(input.user, tone),
    ].join('\n\n'),
  };
}

/** A polite note declining an offer, keeping the door open. */
export function draftDecline(input: ClosingNoteInput): ClosingNote {
  const tone = input.tone ?? 'warm';
  const { roleTitle, employerName } = input.opportunity;
  const why =
    input.mentionOtherOffer === false
      ? 'After a lot of thought, I have decided not to accept it.'
      : 'After a lot of thought, I have accepted another position that fits my plans more closely, so I must decline.';
  const thanks =
    tone === 'formal'
      ? `Thank you for offering me the ${roleTitle} position at ${employerName}. I am grateful for your confidence in me.`
      : `Thank you very much for the offer for the ${roleTitle} role at ${employerName}.`;
  const goodwill =
    tone === 'brief'
      ? 'I appreciated every conversation and hope we meet again.'
      : `This was not an easy decision: I was impressed by the people I met, and I would be glad to stay in touch. I wish you and the team at ${employerName} every success.`;
  return {
    subject: `Your offer for the ${roleTitle} role`,
    body: [greeting(input.person, tone), `${thanks} ${why}`, goodwill, signOff(input.user, tone)].join('\n\n'),
  };
}
