import { PROMPTS } from '../library/prompts/index.js';
import type { Prompt, PromptCategory } from '../library/prompts/types.js';
import { asksNegative, asksPositive } from './complaint-features.js';
import { isWhyLeftText, isWorkplaceQuestion } from './workplace-question.js';
import { indexKeywords, topicKeywords, type TopicIndex } from './topic.js';

/** What the coach needs to know about the question, whatever form it came in. */
export interface PromptContext {
  category: PromptCategory | undefined;
  behavioural: boolean;
  whyLeft: boolean;
  /** The question is about an employer or its people (including why-left): complaints need no named target. */
  aboutWorkplace: boolean;
  /** The question invites naming what was wrong ("what did you dislike…?", "cons?"). */
  asksNegative: boolean;
  /** The question asks only for the good side ("pros?", "what did you like most?"): the complaint model stays out. */
  asksPositive: boolean;
  target: { min: number; max: number };
  topic: TopicIndex | undefined;
}

/** Default spoken length for most answers, in seconds. */
export const DEFAULT_TARGET = { min: 60, max: 120 } as const;
/** Spoken length for story (STAR) answers. */
export const STORY_TARGET = { min: 60, max: 90 } as const;
/** Spoken length for "why did you leave": short and forward-looking. */
export const WHY_LEFT_TARGET = { min: 15, max: 45 } as const;

const STORY_TEXT =
  /\b(?:tell (?:me|us) about a time|describe a (?:time|situation|moment|project|mistake|conflict|failure|decision)|how you handled|give (?:me|us) an example|an example of a time|walk (?:me|us) through a (?:time|situation)|share a (?:time|story|situation)|a time (?:when|you|where)|have you ever had to|(?:tell (?:me|us) about|describe|what was) (?:a|the|your) (?:biggest |hardest |toughest )?(?:challenge|setback|failure|problem you solved|high-pressure situation)s?(?: you (?:faced|solved|had))?(?: at work)?(?=\s*[?.]?\s*$))\b/i;

// Questions that ask the candidate to present themselves, when no library prompt matches.
const SELF_TEXT =
  /\b(?:why are you|what makes you|why should (?:we|i)|why would (?:we|i)|what (?:can|would|will|do) you (?:bring|offer)|describe yourself|about yourself|your (?:strengths?|skills|experience|background|achievements?))\b/i;

const LEAVING =
  /\b(?:leav\w*|left|quit\w*|resign\w*|notice|gaps?|moves?|moving|chang\w*|switch\w*|looking|fired|let go|redundan\w*|laid off)\b/i;

/** Reads a library prompt, free question text or nothing into the settings the detectors use. */
export function readPrompt(prompt: Prompt | string | undefined): PromptContext {
  if (prompt === undefined || (typeof prompt === 'string' && prompt.trim() === '')) {
    return {
      category: undefined,
      behavioural: false,
      whyLeft: false,
      aboutWorkplace: false,
      asksNegative: false,
      asksPositive: false,
      target: DEFAULT_TARGET,
      topic: undefined,
    };
  }
  if (typeof prompt === 'string') {
    const closest = closestPrompt(prompt);
    // A why-left library prompt matched on "last job" alone ("Describe your last job", "What would your last boss
    // say about you?") is not one: the question must speak of leaving, a move or a gap itself.
    const library = closest?.category === 'why-left' && !LEAVING.test(prompt) ? undefined : closest;
    const whyLeft = isWhyLeftText(prompt) || library?.category === 'why-left';
    const behavioural = !whyLeft && (STORY_TEXT.test(prompt) || library?.behavioural === true);
    return {
      category: whyLeft
        ? 'why-left'
        : behavioural
          ? 'behavioural'
          : (library?.category ?? (SELF_TEXT.test(prompt) ? 'strengths' : undefined)),
      behavioural,
      whyLeft,
      aboutWorkplace: whyLeft || isWorkplaceQuestion(prompt),
      asksNegative: asksNegative(prompt),
      asksPositive: asksPositive(prompt),
      target: whyLeft ? WHY_LEFT_TARGET : behavioural ? STORY_TARGET : (library?.targetSeconds ?? DEFAULT_TARGET),
      topic: indexKeywords(topicKeywords(prompt, library?.keywords)),
    };
  }
  return {
    category: prompt.category,
    behavioural: prompt.behavioural,
    whyLeft: prompt.category === 'why-left',
    aboutWorkplace: prompt.category === 'why-left' || isWorkplaceQuestion(prompt.text),
    asksNegative: asksNegative(prompt.text),
    asksPositive: asksPositive(prompt.text),
    target: prompt.targetSeconds,
    topic: indexKeywords(topicKeywords(prompt.text, prompt.keywords)),
  };
}

const QUESTION_STOP = new Set([
  'tell',
  'about',
  'time',
  'what',
  'when',
  'why',
  'how',
  'did',
  'does',
  'have',
  'your',
  'you',
  'the',
  'was',
  'were',
  'with',
  'that',
  'this',
  'would',
  'could',
  'describe',
  'give',
  'example',
  'walk',
  'through',
  'share',
  'explain',
  'most',
  'ever',
  'are',
  'for',
  'and',
  'any',
  'some',
  'which',
  'who',
  'can',
  'say',
  'something',
  'work',
  'job',
  'had',
  'been',
  'than',
  'then',
  'there',
  'from',
  'into',
  'our',
  'not',
  'one',
]);

function contentStems(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? [];
  return words.filter((w) => w.length > 2 && !QUESTION_STOP.has(w)).map((w) => w.slice(0, 5));
}

const LIBRARY_STEMS = PROMPTS.map((p) => ({ prompt: p, stems: new Set(contentStems(p.text)) }));

/** The built-in prompt that a free-text question most resembles, when the resemblance is clear. */
export function closestPrompt(text: string): Prompt | undefined {
  const stems = [...new Set(contentStems(text))];
  if (stems.length === 0) return undefined;
  let best: Prompt | undefined;
  let bestScore = 0;
  for (const entry of LIBRARY_STEMS) {
    let score = 0;
    for (const s of stems) if (entry.stems.has(s)) score++;
    const ratio = score / Math.max(stems.length, entry.stems.size);
    if (score > 0 && ratio > bestScore) {
      bestScore = ratio;
      best = entry.prompt;
    }
  }
  return bestScore >= 0.3 ? best : undefined;
}
