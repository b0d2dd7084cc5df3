import { answerConcerns, type ConcernAnswerSource } from './concern-answers.js';
import { buildNoteIndex, lintDraft, type DraftFinding, type NoteIndex } from './lint.js';
import { parseNoteLines, promisesIn } from './notes.js';
import { promiseItem, promiseLines } from './promises.js';
import { FOLLOW_UP_RULES } from './rules.js';
import { sayableSentence, suggestMention, topicOfConversation } from './sayable.js';
import { TONES, type PhraseContext } from './thank-you-phrases.js';
import type { Concern, OpportunityRef, Person, PreparedAnswer, Story, Tone, UserRef } from './types.js';

/** Everything `draftThankYou` needs about one interviewer's conversation. */
export interface DraftThankYouInput {
  person: Person;
  /** That conversation's note lines (markers `?`, `!`, `*`, `>` at the start): private, never copied into the draft. */
  notes: readonly string[];
  /** The conversation's topic (a structured field, e.g. "system design"). */
  topic?: string | null;
  /** What the user confirmed they would like to mention to this person, written to be said. */
  mention?: string | null;
  /** Concerns this person raised (one with no `raisedBy` counts as the whole panel's); only open ones are answered. */
  concerns?: readonly Concern[];
  stories?: readonly Story[];
  answers?: readonly PreparedAnswer[];
  opportunity: OpportunityRef;
  user: UserRef;
  tone?: Tone;
  /** Other private text the draft must not copy (housekeeping answers, fit notes); or an index of it with the notes. */
  privateText?: readonly string[] | NoteIndex;
  /** When the conversation ended (ISO); the note is due 24 hours later. */
  conversationEndsAt?: string | Date | null;
  /** Hours after the end the note is due (default: the follow-up rules' `thankYouWithinHours`). */
  withinHours?: number;
}

/** A ready-to-edit thank-you note, what it refers to, and what the linter found in it. */
export interface ThankYouDraft {
  subject: string;
  body: string;
  /** UTC ISO instant, or null when the conversation end is unknown. */
  dueAt: string | null;
  mentions: {
    /** The confirmed mention the note uses, if any. */
    mention?: string;
    concernIds: string[];
    concernSources: ConcernAnswerSource[];
    /** The promises as the user's checklist ("Attach: …"), never sent. */
    promises: string[];
  };
  /** What to offer at wrap-up as the one thing to mention (from the key points; the user edits it). */
  suggestedMention: string;
  /** The draft linter's findings on the body (placeholders until the user fills them in). */
  findings: DraftFinding[];
}

/**
 * Drafts a thank-you note to one interviewer from structured facts (their name, the role, the
 * employer, the topic) and text the user wrote to be said (the mention, concern replies); notes
 * are read only for promises and suggestions, never pasted.
 */
export function draftThankYou(input: DraftThankYouInput): ThankYouDraft {
  const tone = input.tone ?? 'warm';
  const phrases = TONES[tone];
  const ctx: PhraseContext = { person: input.person, opportunity: input.opportunity, user: input.user };
  const lines = parseNoteLines(input.notes);
  const promises = promisesIn(lines);
  const ownConcerns = (input.concerns ?? []).filter((c) => c.raisedBy === null || c.raisedBy === input.person.id);
  const replies = answerConcerns(ownConcerns, tone, input.stories, input.answers);
  const mention = input.mention?.trim() ?? '';
  const topic = topicOfConversation(input.topic);

  const opening = [phrases.opening(ctx)];
  if (mention) opening.push(sayableSentence(mention, phrases.mention));
  else if (topic) opening.push(phrases.topic(topic));
  const paragraphs: string[] = [phrases.greeting(ctx), opening.join(' ')];
  if (replies.length > 0) {
    const texts = replies.map((r) => r.text);
    // Brief notes keep every answer in one paragraph; the others give each concern its own.
    if (tone === 'brief') paragraphs.push(texts.join(' '));
    else paragraphs.push(...texts);
  }
  if (promises.length > 0) paragraphs.push(promiseLines(promises).map(phrases.promise).join(' '));
  paragraphs.push(phrases.interest(ctx));
  paragraphs.push(`${phrases.signOff}\n${input.user.name}`);
  const body = paragraphs.join('\n\n');

  const privateText = input.privateText ?? [];
  const index = Array.isArray(privateText)
    ? buildNoteIndex([...input.notes, ...(privateText as readonly string[])])
    : (privateText as NoteIndex);
  const endMs = input.conversationEndsAt ? new Date(input.conversationEndsAt).getTime() : Number.NaN;
  const dueAt = Number.isFinite(endMs)
    ? new Date(endMs + (input.withinHours ?? FOLLOW_UP_RULES.thankYouWithinHours) * 3_600_000).toISOString()
    : null;
  return {
    subject: phrases.subject(ctx),
    body,
    dueAt,
    mentions: {
      ...(mention ? { mention } : {}),
      concernIds: replies.flatMap((r) => r.concernIds),
      concernSources: replies.flatMap((r) => r.concernIds.map(() => r.source)),
      promises: promises.map((p) => promiseItem(p).checklist),
    },
    suggestedMention: suggestMention(input.notes),
    findings: lintDraft({
      text: body,
      recipientName: input.person.name,
      privateNotes: index,
      otherNames: [input.opportunity.employerName, input.opportunity.roleTitle],
    }),
  };
}
