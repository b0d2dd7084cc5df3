import { firstName } from './text.js';
import type { OpportunityRef, Person, Tone, UserRef } from './types.js';

/** Everything a tone needs to phrase a note. */
export interface PhraseContext {
  person: Person;
  opportunity: OpportunityRef;
  user: UserRef;
}

/** The wording of one tone: each slot is our own phrasing, chosen to sound clearly different. */
export interface TonePhrases {
  subject(c: PhraseContext): string;
  greeting(c: PhraseContext): string;
  opening(c: PhraseContext): string;
  /** A sentence about the conversation's topic ("system design"). */
  topic(topic: string): string;
  /** Frames a phrase the user confirmed ("what you said about night-shift continuity"). */
  mention(phrase: string): string;
  /** Frames one promise line ("here is the link I mentioned: [add link]"). */
  promise(line: string): string;
  interest(c: PhraseContext): string;
  signOff: string;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Phrasing per tone. */
export const TONES: Record<Tone, TonePhrases> = {
  brief: {
    subject: (c) => `Thank you \u2013 ${c.opportunity.roleTitle}`,
    greeting: (c) => `Hi ${firstName(c.person.name)},`,
    opening: (c) => `Thanks for making time to talk with me about the ${c.opportunity.roleTitle} role at ${c.opportunity.employerName}.`,
    topic: (t) => `I enjoyed our conversation about ${t}.`,
    mention: (p) => `I especially appreciated ${p}.`,
    promise: (l) => `As promised, ${l}.`,
    interest: (c) => `I\u2019m keen to join ${c.opportunity.employerName} and would welcome the next step.`,
    signOff: 'Best,',
  },
  warm: {
    subject: (c) => `Thank you for our conversation, ${firstName(c.person.name)}`,
    greeting: (c) => `Hello ${firstName(c.person.name)},`,
    opening: (c) =>
      `Thank you so much for the time you spent with me talking about the ${c.opportunity.roleTitle} position at ${c.opportunity.employerName}. I came away from our conversation genuinely energised.`,
    topic: (t) => `I especially enjoyed our conversation about ${t}.`,
    mention: (p) => `${capitalised(p)} has stayed with me since.`,
    promise: (l) => `As promised, ${l}.`,
    interest: (c) =>
      `I left even more excited about the chance to join you and the team at ${c.opportunity.employerName}, and I would love to keep the conversation going.`,
    signOff: 'Warm regards,',
  },
  formal: {
    subject: (c) => `Thank you \u2013 ${c.opportunity.roleTitle} interview, ${c.user.name}`,
    greeting: (c) => `Dear ${c.person.name},`,
    opening: (c) =>
      `Thank you for the opportunity to discuss the ${c.opportunity.roleTitle} position at ${c.opportunity.employerName}. I appreciate the time and attention you gave to our meeting.`,
    topic: (t) => `I found our discussion of ${t} particularly valuable.`,
    mention: (p) => `I particularly valued ${p}.`,
    promise: (l) => `As promised, ${l}.`,
    interest: (c) =>
      `Our discussion has reinforced my strong interest in the role, and I would welcome the opportunity to contribute to ${c.opportunity.employerName}.`,
    signOff: 'Kind regards,',
  },
};
