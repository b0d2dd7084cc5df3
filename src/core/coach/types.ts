import type { Prompt } from '../library/prompts/types.js';

/** How serious a finding is: info is a hint, warning is worth fixing, problem would hurt in an interview. */
export type Severity = 'info' | 'warning' | 'problem';

/** Every stable finding code the coach can emit. */
export type FindingCode =
  | 'employer-negativity'
  | 'bad-language'
  | 'threat'
  | 'filler-words'
  | 'too-long'
  | 'too-short'
  | 'missing-situation'
  | 'missing-action'
  | 'missing-result'
  | 'no-specifics'
  | 'hedging'
  | 'we-not-i'
  | 'off-topic';

/**
 * One piece of feedback; start/end are UTF-16 offsets into the answer of the words that triggered it.
 * Word-level codes span the exact words; too-long spans the words past the target; too-short and
 * no-specifics span the whole answer; missing-* and off-topic span the first sentence.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  suggestion: string;
}

/** Numbers about the answer as it would be spoken. */
export interface Metrics {
  words: number;
  sentences: number;
  speakingSeconds: number;
  fillerCount: number;
  fillersPerMinute: number;
}

/** Tuning knobs; every field is optional. */
export interface AnalyzeOptions {
  /** Speaking pace used for time estimates (default 140). */
  wordsPerMinute?: number;
  /** Overrides the prompt's target spoken length. */
  targetSeconds?: { min: number; max: number };
  /** Filler rate per minute above which fillers are reported as warnings (default 3). */
  fillerWarnPerMinute?: number;
  /** Filler rate per minute above which fillers are reported as problems (default 5). */
  fillerProblemPerMinute?: number;
}

/** What the coach is asked to look at: a library prompt, free question text, or no prompt at all. */
export interface AnalyzeInput {
  prompt?: Prompt | string | undefined;
  answer: string;
  options?: AnalyzeOptions;
}

/** The coach's output: plain JSON-serialisable data. */
export interface Analysis {
  findings: Finding[];
  metrics: Metrics;
}

/** Something the answer does well, as one short positive line. */
export interface Strength {
  id: 'clear-reason' | 'forward-looking' | 'concrete-result' | 'own-actions' | 'right-length';
  message: string;
}

/** The analysis plus what a person sees beside the answer: strengths and the 0–100 score. */
export interface Review extends Analysis {
  strengths: Strength[];
  score: number;
}

/** A prepared analyser; build once, call on every keystroke. */
export interface Coach {
  analyze(input: AnalyzeInput): Analysis;
  /** The same analysis with strengths and the score (for the editor; `analyze` keeps its shape). */
  review(input: AnalyzeInput): Review;
}
