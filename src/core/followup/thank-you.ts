import { answerConcerns, type ConcernAnswerSource } from './concern-answers.js';
import { parseNoteLines, pickPoint, promisesIn } from './notes.js';
import { TONES, type PhraseContext } from './thank-you-phrases.js';
import type { Concern, OpportunityRef, Person, PreparedAnswer, Story, Tone, UserRef } from './types.js';

/** Everything `draftThankYou` needs about one interviewer's conversation. */
export interface DraftThankYouInput {
  person: Person;
  /** That conversation's note lines (markers `?`, `!`, `*`, `>` at the start). */
  notes: readonly string[];
  /** Concerns this person raised (one with no `raisedBy` counts as the whole panel's); only open ones are answered. */
  concerns?: readonly Concern[];
  stories?: readonly Story[];
  answers?: readonly PreparedAnswer[];
  opportunity: OpportunityRef;
  user: UserRef;
  tone?: Tone;
  /** When the conversation ended (ISO); the note is due 24 hours later. */
  conversationEndsAt?: string | Date | null;
  /** Hours after the end the note is due (default 24). */
  withinHours?: number;
}

/** A ready-to-edit thank-you note and what it refers to. */
export interface ThankYouDraft {
  subject: string;
  body: string;
  /** UTC ISO instant, or null when the conversation end is unknown. */
  dueAt: string | null;
  mentions: {
    point?: string;
    pointKind?: 'key' | 'question' | 'line';
    concernIds: string[];
    concernSources: ConcernAnswerSource[];
    promises: string[];
  };
}

/**
 * Drafts a thank-you note to one interviewer: names them, recalls a specific point from the notes,
 * answers each open concern they raised, keeps any `>` promise and renews interest.
 */
export function draftThankYou(input: DraftThankYouInput): ThankYouDraft {
  const tone = input.tone ?? 'warm';
  const phrases = TONES[tone];
  const ctx: PhraseContext = { person: input.person, opportunity: input.opportunity, user: input.user };
  const lines = parseNoteLines(input.notes);
  const point = pickPoint(lines);
  const promises = promisesIn(lines);
  const ownConcerns = (input.concerns ?? []).filter((c) => c.raisedBy === null || c.raisedBy === input.person.id);
  const replies = answerConcerns(ownConcerns, tone, input.stories, input.answers);

  const paragraphs: string[] = [phrases.greeting(ctx)];
  paragraphs.push([phrases.opening(ctx), point ? phrases.point(point) : ''].filter(Boolean).join(' '));
  if (replies.length > 0) {
    const texts = replies.map((r) => r.text);
    // Brief notes keep every answer in one paragraph; the others give each concern its own.
    if (tone === 'brief') paragraphs.push(texts.join(' '));
    else paragraphs.push(...texts.map((t, i) => (i === 0 && phrases.concernsIntro ? `${phrases.concernsIntro} ${t}` : t)));
  }
  if (promises.length > 0) paragraphs.push(phrases.promises(promises));
  paragraphs.push(phrases.interest(ctx));
  paragraphs.push(`${phrases.signOff}\n${input.user.name}`);

  const endMs = input.conversationEndsAt ? new Date(input.conversationEndsAt).getTime() : Number.NaN;
  const dueAt = Number.isFinite(endMs) ? new Date(endMs + (input.withinHours ?? 24) * 3_600_000).toISOString() : null;
  return {
    subject: phrases.subject(ctx),
    body: paragraphs.join('\n\n'),
    dueAt,
    mentions: {
      ...(point ? { point: point.text, pointKind: point.kind } : {}),
      concernIds: replies.map((r) => r.concernId),
      concernSources: replies.map((r) => r.source),
      promises,
    },
  };
}
