import { z } from 'zod';
import { FINDING_CODE_LIST } from '../core/coach/codes.js';
import type { FindingCode, Severity as CoreSeverity } from '../core/coach/types.js';
import type { PromptCategory as CorePromptCategory } from '../core/library/prompts/types.js';
import { Id, Instant, longText, shortText } from './common.js';

// Audio never reaches the server: rehearsals send only the text the user typed or the browser transcribed.

export const PROMPT_CATEGORIES = [
  'opener',
  'motivation',
  'why-company',
  'why-left',
  'strengths',
  'weaknesses',
  'behavioural',
  'situational',
  'career-goals',
  'salary',
  'closing',
] as const satisfies readonly CorePromptCategory[];
/** A kind of standard interview question. */
export const PromptCategory = z.enum(PROMPT_CATEGORIES);
export type PromptCategory = z.infer<typeof PromptCategory>;

/** A library prompt's stable id (a slug such as `tell-me-about-yourself`). */
export const PromptId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { message: 'must be a prompt id (lower-case letters, digits and dashes)' });

/** Params of `/api/prompts/:id…`. */
export const PromptParams = z.strictObject({ id: PromptId });

/** A standard question from the built-in library, as the API presents it. */
export const Prompt = z.object({
  id: z.string(),
  text: z.string(),
  category: PromptCategory,
  behavioural: z.boolean(),
  /** What the interviewer wants to learn. */
  intent: z.string(),
  targetSeconds: z.object({ min: z.number(), max: z.number() }),
  pitfalls: z.array(z.string()),
});
export type Prompt = z.infer<typeof Prompt>;
export const PromptList = z.object({ items: z.array(Prompt) });

// ---- Coach ----

export const SEVERITIES = ['info', 'warning', 'problem'] as const satisfies readonly CoreSeverity[];
/** How serious a finding is. */
export const Severity = z.enum(SEVERITIES);
/** A stable finding code (see `FINDING_CODES` in src/core/coach for explanations). */
export const FindingCodeSchema = z.enum(FINDING_CODE_LIST);

/** One piece of feedback; `start`/`end` are UTF-16 offsets into the answer text. */
export const Finding = z.object({
  code: FindingCodeSchema,
  severity: Severity,
  start: z.number(),
  end: z.number(),
  message: z.string(),
  suggestion: z.string(),
});
export type Finding = z.infer<typeof Finding>;

/** Numbers about an answer as it would be spoken. */
export const Metrics = z.object({
  words: z.number(),
  sentences: z.number(),
  speakingSeconds: z.number(),
  fillerCount: z.number(),
  fillersPerMinute: z.number(),
});
export type Metrics = z.infer<typeof Metrics>;

const perMinute = z.number().min(0.1, { message: 'must be between 0.1 and 60' }).max(60, { message: 'must be between 0.1 and 60' });

/** Tuning knobs of the coach; all optional. */
export const AnalyzeOptions = z.strictObject({
  wordsPerMinute: z.number().int().min(60, { message: 'must be 60 to 300' }).max(300, { message: 'must be 60 to 300' }).optional(),
  targetSeconds: z
    .strictObject({ min: z.number().int().min(1).max(1800), max: z.number().int().min(1).max(1800) })
    .refine((t) => t.min <= t.max, { message: 'max must not be below min', path: ['max'] })
    .optional(),
  fillerWarnPerMinute: perMinute.optional(),
  fillerProblemPerMinute: perMinute.optional(),
});
export type AnalyzeOptions = z.infer<typeof AnalyzeOptions>;

/** Body of `POST /api/coach/analyze`: `prompt` is a library prompt id or free question text. Nothing is stored. */
export const AnalyzeRequest = z.strictObject({
  prompt: z.string().trim().max(1_000, { message: 'must be at most 1000 characters' }).optional(),
  answer: longText(20_000),
  options: AnalyzeOptions.optional(),
});
export type AnalyzeRequest = z.infer<typeof AnalyzeRequest>;

/** The coach's answer: findings and metrics. */
export const Analysis = z.object({ findings: z.array(Finding), metrics: Metrics });
export type Analysis = z.infer<typeof Analysis>;

/** Number of findings per code (codes with none are omitted). */
export const FindingCounts = z.partialRecord(FindingCodeSchema, z.number());
export type FindingCounts = z.infer<typeof FindingCounts>;

/** The 0–100 score of an answer from its findings; it lives in the coach so the browser can show it without zod. */
export { scoreFindings } from '../core/coach/score.js';

/** Counts findings by code. */
export function countFindings(findings: readonly { code: FindingCode }[]): FindingCounts {
  const counts: FindingCounts = {};
  for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  return counts;
}

// ---- Answers ----

const answerText = longText(20_000);

/** One saved version of an answer, with the coach's summary at the time it was saved. */
export const AnswerVersion = z.object({
  id: Id,
  answerId: Id,
  /** 1 for the first version, then 2, 3… */
  number: z.number(),
  text: z.string(),
  note: z.string(),
  score: z.number(),
  findingCounts: FindingCounts,
  createdAt: Instant,
});
export type AnswerVersion = z.infer<typeof AnswerVersion>;

/** A prepared answer to a prompt, optionally tailored to one opportunity; `text` is its latest version. */
export const Answer = z.object({
  id: Id,
  promptId: z.string(),
  opportunityId: Id.nullable(),
  text: z.string(),
  score: z.number(),
  versionCount: z.number(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Answer = z.infer<typeof Answer>;

/** `GET /api/answers/:id`: the answer with every version, newest first. */
export const AnswerDetail = Answer.extend({ versions: z.array(AnswerVersion) });
export type AnswerDetail = z.infer<typeof AnswerDetail>;
export const AnswerList = z.object({ items: z.array(Answer) });

/** Query of `GET /api/answers`: both filters optional; newest first. */
export const AnswersQuery = z.strictObject({ promptId: PromptId.optional(), opportunityId: Id.optional() });

/** Body of `POST /api/answers`: creates the answer and its first version (client ids make retries idempotent). */
export const CreateAnswer = z.strictObject({
  id: Id.optional(),
  versionId: Id.optional(),
  promptId: PromptId,
  opportunityId: Id.nullable().optional(),
  text: answerText,
  note: longText(2_000).optional(),
});
export type CreateAnswer = z.infer<typeof CreateAnswer>;

/** Body of `POST /api/answers/:id/versions`: saves a new version; older ones are kept. */
export const CreateAnswerVersion = z.strictObject({
  id: Id.optional(),
  text: answerText,
  note: longText(2_000).optional(),
});
export type CreateAnswerVersion = z.infer<typeof CreateAnswerVersion>;

// ---- Story bank ----

const listItem = shortText(100);
const storyFields = {
  title: shortText(200),
  situation: longText(5_000).optional(),
  task: longText(5_000).optional(),
  action: longText(5_000).optional(),
  result: longText(5_000).optional(),
  skills: z.array(listItem).max(30, { message: 'must have at most 30 items' }).optional(),
  numbers: z.array(listItem).max(30, { message: 'must have at most 30 items' }).optional(),
};

/** Body of `POST /api/stories`. */
export const CreateStory = z.strictObject({ id: Id.optional(), ...storyFields });
export type CreateStory = z.infer<typeof CreateStory>;

/** Body of `PATCH /api/stories/:id`: any subset of the fields. */
export const UpdateStory = z.strictObject({ ...storyFields, title: storyFields.title.optional() });
export type UpdateStory = z.infer<typeof UpdateStory>;

/** A reusable STAR story from the user's story bank. */
export const Story = z.object({
  id: Id,
  title: z.string(),
  situation: z.string(),
  task: z.string(),
  action: z.string(),
  result: z.string(),
  skills: z.array(z.string()),
  numbers: z.array(z.string()),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Story = z.infer<typeof Story>;
export const StoryList = z.object({ items: z.array(Story) });

/** Query of `GET /api/prompts/:id/story-suggestions`: the opportunity whose job description counts too. */
export const StorySuggestionsQuery = z.strictObject({ opportunityId: Id.optional() });

/** One story ranked for a prompt: score 0–1 (higher fits better) and why. */
export const StorySuggestion = z.object({ story: Story, score: z.number(), reasons: z.array(z.string()) });
export type StorySuggestion = z.infer<typeof StorySuggestion>;
export const StorySuggestionList = z.object({ items: z.array(StorySuggestion) });

// ---- Rehearsals ----

const rating = z.number().int().min(1, { message: 'must be 1 to 5' }).max(5, { message: 'must be 1 to 5' });

/** Body of `POST /api/rehearsals`: one timed attempt. Only text is sent; any audio stays on the device. */
export const CreateRehearsal = z.strictObject({
  id: Id.optional(),
  promptId: PromptId,
  opportunityId: Id.nullable().optional(),
  /** What the user said, typed or transcribed on the device. */
  answerText: longText(20_000),
  durationSeconds: z.number().min(0, { message: 'must be 0 to 3600' }).max(3_600, { message: 'must be 0 to 3600' }),
  selfRating: rating,
  note: longText(5_000).optional(),
  transcribed: z.boolean().optional(),
});
export type CreateRehearsal = z.infer<typeof CreateRehearsal>;

/** A stored rehearsal with the coach's summary (findings are recomputable from the text, so only counts are kept). */
export const Rehearsal = z.object({
  id: Id,
  promptId: z.string(),
  opportunityId: Id.nullable(),
  answerText: z.string(),
  durationSeconds: z.number(),
  selfRating: z.number(),
  note: z.string(),
  transcribed: z.boolean(),
  score: z.number(),
  findingCounts: FindingCounts,
  metrics: Metrics,
  /** Actual pace from the measured duration (null when the duration is under a second). */
  wordsPerMinute: z.number().nullable(),
  createdAt: Instant,
});
export type Rehearsal = z.infer<typeof Rehearsal>;
export const RehearsalList = z.object({ items: z.array(Rehearsal) });

/** Query of `GET /api/rehearsals`: newest first. */
export const RehearsalsQuery = z.strictObject({
  promptId: PromptId.optional(),
  opportunityId: Id.optional(),
  limit: z.coerce.number().int().min(1, { message: 'must be 1 to 500' }).max(500, { message: 'must be 1 to 500' }).default(100),
});

// ---- Weakest prompts ----

/** Query of `GET /api/practice/weakest`. */
export const WeakestQuery = z.strictObject({
  opportunityId: Id.optional(),
  limit: z.coerce.number().int().min(1, { message: 'must be 1 to 50' }).max(50, { message: 'must be 1 to 50' }).default(5),
});

/** A prompt worth practising, weakest first, with the reason in words. */
export const WeakPrompt = z.object({
  prompt: Prompt,
  /** 0–1, higher is weaker (more worth practising now). */
  weakness: z.number(),
  reason: z.string(),
  rehearsalCount: z.number(),
  averageRating: z.number().nullable(),
  lastScore: z.number().nullable(),
  lastRehearsedAt: Instant.nullable(),
});
export type WeakPrompt = z.infer<typeof WeakPrompt>;
export const WeakestList = z.object({ items: z.array(WeakPrompt) });
