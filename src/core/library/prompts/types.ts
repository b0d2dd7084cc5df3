/** Kinds of standard interview questions, used to group the library and tune the coach. */
export type PromptCategory =
  | 'opener'
  | 'motivation'
  | 'why-company'
  | 'why-left'
  | 'strengths'
  | 'weaknesses'
  | 'behavioural'
  | 'situational'
  | 'career-goals'
  | 'salary'
  | 'closing';

/** A standard question an employer asks, with what it probes and how long a good answer runs. */
export interface Prompt {
  /** Stable slug, safe to store. */
  id: string;
  text: string;
  category: PromptCategory;
  /** True when a story in situation–task–action–result form is expected. */
  behavioural: boolean;
  /** What the interviewer wants to learn. */
  intent: string;
  /** Target spoken length in seconds. */
  targetSeconds: { min: number; max: number };
  pitfalls: string[];
  /** Words an on-topic answer tends to use (prefixes allowed: "collaborat"). */
  keywords: string[];
}
