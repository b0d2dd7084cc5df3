import type { Prompt } from '../library/prompts/types.js';
import { readPrompt } from './prompt-context.js';
import { tokenize } from './text.js';
import { topicOverlap, indexKeywords } from './topic.js';

/** A prepared story in situation–task–action–result form. */
export interface Story {
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  skills: string[];
  numbers: string[];
}

/** One ranked suggestion with the reasons behind its score. */
export interface StoryFit {
  storyId: string;
  /** 0–1, higher fits better. */
  score: number;
  reasons: string[];
}

// Weights: fit to the question matters most, then the job's skills, then how complete and concrete the story is.
const W_TOPIC = 0.5;
const W_SKILLS = 0.3;
const W_NUMBERS = 0.1;
const W_COMPLETE = 0.1;

// Whole-word, case-insensitive: "Go" must not match "good".
function mentions(haystack: string, needle: string): boolean {
  const escaped = needle
    .trim()
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^a-z0-9])${escaped}(?:$|[^a-z0-9])`).test(haystack);
}

function storyText(s: Story): string {
  return [s.title, s.situation, s.task, s.action, s.result, s.skills.join('. ')].join('. ');
}

function matchedWords(text: string, keywords: readonly string[]): string[] {
  const doc = tokenize(text);
  const found = new Set<string>();
  for (const k of keywords) {
    if (k.includes(' ') ? text.toLowerCase().includes(k) : doc.tokens.some((t) => t.lower.startsWith(k))) found.add(k);
  }
  return [...found];
}

/** Ranks stories for a question (and optionally a job description), best first, with explainable reasons. */
export function suggestStories(input: { prompt: Prompt | string; stories: readonly Story[]; jobDescription?: string }): StoryFit[] {
  const ctx = readPrompt(input.prompt);
  const keywords = ctx.topic ? [...ctx.topic.byHead.values()].flat().concat(ctx.topic.phrases) : [];
  const jd = input.jobDescription?.toLowerCase() ?? '';
  const out: StoryFit[] = input.stories.map((story) => {
    const text = storyText(story);
    const reasons: string[] = [];
    const topicHits = ctx.topic ? topicOverlap(tokenize(text), indexKeywords(keywords)) : 0;
    const topicWords = topicHits > 0 ? matchedWords(text, keywords).slice(0, 5) : [];
    const topicScore = Math.min(1, topicHits / 4);
    if (topicWords.length > 0) reasons.push(`Fits the question: ${topicWords.join(', ')}`);
    else reasons.push('Shares no words with the question');
    const skillsInJd = jd ? story.skills.filter((s) => s.trim() !== '' && mentions(jd, s)) : [];
    const skillScore = jd ? Math.min(1, skillsInJd.length / 2) : 0;
    if (skillsInJd.length > 0) reasons.push(`Shows skills the job asks for: ${skillsInJd.join(', ')}`);
    const numberScore = story.numbers.length > 0 ? 1 : 0;
    if (story.numbers.length > 0) reasons.push(`Has measurable results: ${story.numbers.slice(0, 3).join(', ')}`);
    const parts = [story.situation, story.task, story.action, story.result];
    const filled = parts.filter((p) => p.trim() !== '').length;
    if (story.result.trim() === '') reasons.push('No result written yet');
    const score = W_TOPIC * topicScore + W_SKILLS * skillScore + W_NUMBERS * numberScore + W_COMPLETE * (filled / 4);
    return { storyId: story.id, score: Math.round(score * 1000) / 1000, reasons };
  });
  return out.sort((a, b) => b.score - a.score || a.storyId.localeCompare(b.storyId));
}
