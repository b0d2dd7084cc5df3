import type { Selectable } from 'kysely';
import type { Answer, AnswerVersion, FindingCounts, Metrics, Prompt, Rehearsal, Story } from '../../../contracts/practice.js';
import type { Prompt as LibraryPrompt } from '../../../core/library/prompts/index.js';
import type { Database } from '../../db/schema.js';

type VersionRow = Selectable<Database['answer_versions']>;
type StoryRow = Selectable<Database['stories']>;
type RehearsalRow = Selectable<Database['rehearsals']>;

/** An answer row joined with its latest version. */
export interface AnswerRow {
  id: string;
  owner_id: string;
  prompt_id: string;
  opportunity_id: string | null;
  created_at: string;
  updated_at: string;
  text: string;
  score: number;
  number: number;
}

/** A library prompt as the API presents it (its matching keywords stay internal). */
export function presentPrompt(p: LibraryPrompt): Prompt {
  return {
    id: p.id,
    text: p.text,
    category: p.category,
    behavioural: p.behavioural,
    intent: p.intent,
    targetSeconds: { min: p.targetSeconds.min, max: p.targetSeconds.max },
    pitfalls: [...p.pitfalls],
  };
}

/** Maps an answer row (with its latest version) to the API's Answer. */
export function presentAnswer(row: AnswerRow): Answer {
  return {
    id: row.id,
    promptId: row.prompt_id,
    opportunityId: row.opportunity_id,
    text: row.text,
    score: row.score,
    versionCount: row.number,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a version row to the API's AnswerVersion. */
export function presentVersion(row: VersionRow): AnswerVersion {
  return {
    id: row.id,
    answerId: row.answer_id,
    number: row.number,
    text: row.text,
    note: row.note,
    score: row.score,
    findingCounts: JSON.parse(row.finding_counts) as FindingCounts,
    createdAt: row.created_at,
  };
}

/** Maps a story row to the API's Story. */
export function presentStory(row: StoryRow): Story {
  return {
    id: row.id,
    title: row.title,
    situation: row.situation,
    task: row.task,
    action: row.action,
    result: row.result,
    skills: JSON.parse(row.skills) as string[],
    numbers: JSON.parse(row.numbers) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a rehearsal row to the API's Rehearsal; the actual pace comes from the measured duration. */
export function presentRehearsal(row: RehearsalRow): Rehearsal {
  const metrics = JSON.parse(row.metrics) as Metrics;
  const seconds = row.duration_ms / 1000;
  return {
    id: row.id,
    promptId: row.prompt_id,
    opportunityId: row.opportunity_id,
    answerText: row.answer_text,
    durationSeconds: seconds,
    selfRating: row.self_rating,
    note: row.note,
    transcribed: row.transcribed === 1,
    score: row.score,
    findingCounts: JSON.parse(row.finding_counts) as FindingCounts,
    metrics,
    wordsPerMinute: seconds >= 1 ? Math.round((metrics.words / seconds) * 60) : null,
    createdAt: row.created_at,
  };
}
