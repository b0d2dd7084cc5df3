import type { NotePoint } from './notes.js';
import { clip, firstName, lowerFirst } from './text.js';
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
  point(p: NotePoint): string;
  concernsIntro: string;
  promises(items: string[]): string;
  interest(c: PhraseContext): string;
  signOff: string;
}

function list(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;
}

function pointText(p: NotePoint): string {
  return clip(lowerFirst(p.text), 140);
}

function answerText(p: NotePoint): string {
  return p.answer ? clip(lowerFirst(p.answer), 120) : '';
}

/** Phrasing per tone. */
export const TONES: Record<Tone, TonePhrases> = {
  brief: {
    subject: (c) => `Thank you \u2013 ${c.opportunity.roleTitle}`,
    greeting: (c) => `Hi ${firstName(c.person.name)},`,
    opening: (c) => `Thanks for making time to talk with me about the ${c.opportunity.roleTitle} role.`,
    point: (p) =>
      p.kind === 'question'
        ? `I appreciated your answer to my question, "${clip(p.text, 140)}"${p.answer ? ` (${answerText(p)})` : ''}.`
        : `One point that stood out for me: ${pointText(p)}.`,
    concernsIntro: '',
    promises: (items) => `As promised, here is the follow-up I mentioned: ${list(items)}.`,
    interest: (c) => `I\u2019m keen to join ${c.opportunity.employerName} and would welcome the next step.`,
    signOff: 'Best,',
  },
  warm: {
    subject: (c) => `Thank you for our conversation, ${firstName(c.person.name)}`,
    greeting: (c) => `Hello ${firstName(c.person.name)},`,
    opening: (c) =>
      `Thank you so much for the time you spent with me talking about the ${c.opportunity.roleTitle} position at ${c.opportunity.employerName}. I came away from our conversation genuinely energised.`,
    point: (p) =>
      p.kind === 'question'
        ? `I really appreciated your answer when I asked "${clip(p.text, 140)}"${p.answer ? ` \u2013 ${answerText(p)} \u2013 it` : '; it'} gave me a much clearer picture of the work.`
        : `Something you shared has stayed with me since: ${pointText(p)}.`,
    concernsIntro: '',
    promises: (items) => `As promised, I\u2019m following up on what I said I would do: ${list(items)}.`,
    interest: (c) =>
      `I left even more excited about the chance to join you and the team at ${c.opportunity.employerName}, and I would love to keep the conversation going.`,
    signOff: 'Warm regards,',
  },
  formal: {
    subject: (c) => `Thank you \u2013 ${c.opportunity.roleTitle} interview, ${c.user.name}`,
    greeting: (c) => `Dear ${c.person.name},`,
    opening: (c) =>
      `Thank you for the opportunity to discuss the ${c.opportunity.roleTitle} position at ${c.opportunity.employerName}. I appreciate the time and attention you gave to our meeting.`,
    point: (p) =>
      p.kind === 'question'
        ? `Thank you as well for your response to my question, "${clip(p.text, 140)}"${p.answer ? `: ${answerText(p)}` : ''}.`
        : `I found one point in our discussion particularly valuable: ${pointText(p)}.`,
    concernsIntro: 'I would also like to respond to the points you raised.',
    promises: (items) => `As promised, please find my follow-up on the following: ${list(items)}.`,
    interest: (c) =>
      `Our discussion has reinforced my strong interest in the role, and I would welcome the opportunity to contribute to ${c.opportunity.employerName}.`,
    signOff: 'Kind regards,',
  },
};
