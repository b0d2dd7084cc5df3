import { contentWords, endSentence, firstSentence, lowerFirst, stripEnd } from './text.js';
import type { Concern, PreparedAnswer, Story, Tone } from './types.js';

/** Where the reassurance in a concern answer came from. */
export type ConcernAnswerSource = { kind: 'story'; id: string } | { kind: 'answer'; id: string } | { kind: 'template'; id: string };

/** One short, positive reply to an open concern. */
export interface ConcernAnswer {
  concernId: string;
  text: string;
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

/** Constructive replies, by what the concern is about; written for Offerbook. */
const TEMPLATES: { id: string; test: RegExp; reply: string }[] = [
  {
    id: 'experience',
    test: /experien|years|junior|senior|depth|exposure|new to|never (used|done|worked)|familiar/i,
    reply:
      'I pick up new ground quickly and on purpose: in the first month I would pair with the people who know it best, follow a written learning plan, and show my progress openly so the gap closes fast.',
  },
  {
    id: 'industry',
    test: /industry|domain|sector|market|background/i,
    reply: 'Coming from another field gives me a fresh angle, and I have already started learning the market; I would spend my first weeks listening to customers and colleagues to get up to speed.',
  },
  {
    id: 'location',
    test: /commut|relocat|location|remote|onsite|on-site|travel|distance|\bmov(e|ing)\b/i,
    reply: 'The practical side is settled on my end: I have planned it through, and it will not affect my availability or focus.',
  },
  {
    id: 'pay',
    test: /salary|\bpay\b|compensation|package|expectation|budget|\brate\b/i,
    reply: 'I am flexible on the details of the package; the role and the team matter most to me, and I am confident we can agree terms that work for both sides.',
  },
  {
    id: 'commitment',
    test: /overqualif|\bstay|tenure|hopp|\bleav|bored|long[- ]term|commit/i,
    reply: 'This role is where I want to grow next, not a stopgap; I am looking for a place to commit to and build on for years.',
  },
  {
    id: 'gap',
    test: /\bgap|\bbreak\b|time off|out of work|career change|sabbatical/i,
    reply: 'The time away was a deliberate choice, I kept my skills current throughout, and I am ready to commit fully now.',
  },
  {
    id: 'leadership',
    test: /\blead|manag|\bpeople\b|mentor|team size|\breports?\b/i,
    reply: 'I have guided colleagues and owned outcomes even without the title, and I would bring the same care for people, clear priorities and follow-through to this role.',
  },
];

const GENERIC =
  'I took the point seriously, and my plan would be to meet it head-on: ask for early feedback, lean on the team\u2019s experience, and turn it into a strength within my first few months.';

function reassurance(concern: Concern, stories: readonly Story[], answers: readonly PreparedAnswer[]): { body: string; source: ConcernAnswerSource } {
  const words = contentWords(concern.text);
  const story = bestStory(words, stories);
  if (story) {
    const action = story.action.trim() ? endSentence(firstSentence(story.action)) : endSentence(firstSentence(story.situation));
    const result = story.result.trim() ? ` ${endSentence(firstSentence(story.result))}` : '';
    const figures = story.numbers.join(', ').trim();
    const numbers = figures ? ` (${stripEnd(figures)})` : '';
    const example = `${action}${result}`.replace(/\.$/u, `${numbers}.`);
    return { body: `For example, ${lowerFirst(example)}`, source: { kind: 'story', id: story.id } };
  }
  const answer = bestAnswer(words, answers);
  if (answer) return { body: endSentence(firstSentence(answer.text, 220)), source: { kind: 'answer', id: answer.id } };
  const template = TEMPLATES.find((t) => t.test.test(concern.text));
  return { body: template?.reply ?? GENERIC, source: { kind: 'template', id: template?.id ?? 'generic' } };
}

function framed(tone: Tone, concernText: string, body: string): string {
  const c = lowerFirst(stripEnd(concernText));
  switch (tone) {
    case 'brief':
      return `On ${c}: ${body}`;
    case 'warm':
      return `You raised a fair question (${c}), and I have thought about it since. ${body}`;
    case 'formal':
      return `Regarding the point you raised (${c}): ${body}`;
  }
}

/** A short, positive reply to each open concern, drawing on the user's stories and answers when they fit. */
export function answerConcerns(
  concerns: readonly Concern[],
  tone: Tone,
  stories: readonly Story[] = [],
  answers: readonly PreparedAnswer[] = [],
): ConcernAnswer[] {
  return concerns
    .filter((c) => c.status === 'open' && c.text.trim())
    .map((c) => {
      const { body, source } = reassurance(c, stories, answers);
      return { concernId: c.id, text: framed(tone, c.text, body), source };
    });
}
