import { concernKind, concernReference } from './concern-kinds.js';
import { contentWords, endSentence, firstSentence, lowerFirst, stripEnd, upperFirst } from './text.js';
import type { Concern, PreparedAnswer, Story, Tone } from './types.js';

/** Where the reassurance in a concern answer came from. */
export type ConcernAnswerSource =
  { kind: 'story'; id: string } | { kind: 'answer'; id: string } | { kind: 'template'; id: string } | { kind: 'own'; id: string };

/** One short, positive reply to one or more open concerns (concerns with the same built-in reply share it). */
export interface ConcernAnswer {
  concernId: string;
  /** Every concern this paragraph answers (the first is `concernId`). */
  concernIds: string[];
  text: string;
  source: ConcernAnswerSource;
}

/** A line to offer the user for a concern: how to refer to it, and the answer in one sentence. */
export interface ConcernSuggestion {
  reference: string;
  line: string;
  source: ConcernAnswerSource;
}

interface Scored<T> {
  item: T;
  score: number;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** The story whose skills (weighted most), title or text share the most words with the concern. */
export function bestStory(concernWords: Set<string>, stories: readonly Story[]): Story | undefined {
  let best: Scored<Story> | undefined;
  for (const story of stories) {
    const score =
      3 * overlap(concernWords, contentWords(story.skills.join(' '))) +
      2 * overlap(concernWords, contentWords(story.title)) +
      overlap(concernWords, contentWords(`${story.situation} ${story.task} ${story.action} ${story.result}`));
    if (score >= 3 && (!best || score > best.score)) best = { item: story, score };
  }
  return best?.item;
}

function bestAnswer(concernWords: Set<string>, answers: readonly PreparedAnswer[]): PreparedAnswer | undefined {
  let best: Scored<PreparedAnswer> | undefined;
  for (const answer of answers) {
    const score = 2 * overlap(concernWords, contentWords(answer.promptText)) + overlap(concernWords, contentWords(answer.text));
    if (score >= 2 && (!best || score > best.score)) best = { item: answer, score };
  }
  return best?.item;
}

/**
 * The answer in one sentence to offer for a concern: the user's matching story (told in their own
 * words), else a matching prepared answer, else a constructive reply of our own for its kind (a short
 * one to offer; `full` gives the longer reply a warm or formal draft uses when the user wrote none).
 */
export function suggestConcernLine(
  text: string,
  stories: readonly Story[] = [],
  answers: readonly PreparedAnswer[] = [],
  full = false,
): ConcernSuggestion {
  const reference = concernReference(text);
  const words = contentWords(text);
  const story = bestStory(words, stories);
  if (story) {
    const action = firstSentence(story.action.trim() ? story.action : story.situation, 160);
    const result = story.result.trim() ? ` ${endSentence(firstSentence(story.result, 120))}` : '';
    return {
      reference,
      line: `For example, ${lowerFirst(endSentence(stripEnd(action)))}${result}`,
      source: { kind: 'story', id: story.id },
    };
  }
  const answer = bestAnswer(words, answers);
  if (answer) return { reference, line: endSentence(firstSentence(answer.text, 220)), source: { kind: 'answer', id: answer.id } };
  const kind = concernKind(text);
  return { reference, line: full ? kind.reply : kind.short, source: { kind: 'template', id: kind.id } };
}

function framed(tone: Tone, reference: string, body: string, first: boolean): string {
  const ref = lowerFirst(stripEnd(reference));
  switch (tone) {
    case 'brief':
      return first ? `Thanks for ${ref}. ${body}` : `Thanks too for ${ref}. ${body}`;
    case 'warm':
      return first ? `Thank you for ${ref}; I have thought about it since. ${body}` : `I have also thought more about ${ref}. ${body}`;
    case 'formal':
      return first ? `I would like to return to ${ref}. ${body}` : `I would also like to address ${ref}. ${body}`;
  }
}

/** "your question about A" + "your question about B" → "your questions about A and B". */
function joinReferences(refs: readonly string[]): string {
  const unique = [...new Set(refs)];
  if (unique.length === 1) return unique[0]!;
  const prefix = 'your question about ';
  if (unique.every((r) => r.startsWith(prefix))) return `your questions about ${unique.map((r) => r.slice(prefix.length)).join(' and ')}`;
  return unique.join(' and ');
}

/**
 * A short, positive reply to each open concern, in the user's voice: the reference and sentence the
 * user confirmed when there are some, else the suggestion. The concern's own note text never appears.
 * Concerns answered by the same sentence share one paragraph.
 */
export function answerConcerns(
  concerns: readonly Concern[],
  tone: Tone,
  stories: readonly Story[] = [],
  answers: readonly PreparedAnswer[] = [],
): ConcernAnswer[] {
  const groups: { ids: string[]; refs: string[]; line: string; source: ConcernAnswerSource }[] = [];
  for (const c of concerns) {
    if (c.status !== 'open' || !c.text.trim()) continue;
    const suggestion = suggestConcernLine(c.text, stories, answers, tone !== 'brief');
    const ownRef = c.replyReference?.trim();
    const ownLine = c.replyLine?.trim();
    const reference = ownRef || suggestion.reference;
    const line = ownLine ? endSentence(upperFirst(ownLine)) : suggestion.line;
    const source: ConcernAnswerSource = ownLine ? { kind: 'own', id: c.id } : suggestion.source;
    // The same answer twice reads badly: concerns that share one are answered together.
    const same = groups.find((g) => g.line === line);
    if (same) {
      same.ids.push(c.id);
      same.refs.push(reference);
    } else groups.push({ ids: [c.id], refs: [reference], line, source });
  }
  return groups.map((g, i) => ({
    concernId: g.ids[0]!,
    concernIds: g.ids,
    text: framed(tone, joinReferences(g.refs), g.line, i === 0),
    source: g.source,
  }));
}
