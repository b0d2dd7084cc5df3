/** Inputs and outputs of the short-notice prep plan. */

/** How much time the plan works with, which decides its shape. */
export type PrepMode = 'hours' | 'day' | 'week';

/** What `planPrep` needs to know about the interview and the preparation done so far. */
export interface PlanPrepInput {
  /** The current instant (ISO or Date). */
  now: string | Date;
  interviewStart: string | Date;
  /** The user's IANA zone, used to keep prep out of the night (default UTC). */
  timeZone?: string;
  research: { gapTopics: readonly string[]; factCount: number };
  interviewers: readonly { name: string; researched: boolean }[];
  questionPlan: { count: number; assignedAll: boolean };
  /** Prepared answers with their latest score (0–100, lower is weaker). */
  weakestPrompts: readonly { id: string; text: string; score: number }[];
  logistics: { kind: 'phone' | 'video' | 'onsite'; placeOrLink?: string | null; tested?: boolean };
  hasBrief: boolean;
}

/** What a step is for: preparation, or protecting the user's energy. */
export type PrepStepKind = 'prep' | 'rest' | 'sleep' | 'settle';

/** One time-boxed block of the plan. */
export interface PrepStep {
  key: string;
  kind: PrepStepKind;
  title: string;
  minutes: number;
  reason: string;
  /** UTC ISO instant. */
  startsAt: string;
  /** Ids of the prompts to rehearse, for rehearsal steps. */
  promptIds?: string[];
}

/** The plan: steps in time order, and a plain-words summary. */
export interface PrepPlan {
  minutesAvailable: number;
  mode: PrepMode;
  steps: PrepStep[];
  /** Keys of valuable steps that did not fit. */
  dropped: string[];
  note: string;
}
