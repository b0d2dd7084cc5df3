import { BEHAVIOURAL_PROMPTS, SITUATIONAL_PROMPTS } from './behavioural.js';
import { GENERAL_PROMPTS } from './general.js';
import type { Prompt, PromptCategory } from './types.js';

export type { Prompt, PromptCategory } from './types.js';

/** Every built-in standard interview question, in display order. */
export const PROMPTS: readonly Prompt[] = [...GENERAL_PROMPTS, ...BEHAVIOURAL_PROMPTS, ...SITUATIONAL_PROMPTS];

const BY_ID = new Map(PROMPTS.map((p) => [p.id, p]));

/** Looks up a built-in prompt by its stable id. */
export function getPrompt(id: string): Prompt | undefined {
  return BY_ID.get(id);
}

/** Built-in prompts of one category. */
export function promptsByCategory(category: PromptCategory): Prompt[] {
  return PROMPTS.filter((p) => p.category === category);
}
