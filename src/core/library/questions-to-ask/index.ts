import { INSIDE_THE_JOB } from './inside-the-job.js';
import { PATH_AND_NEXT_STEPS } from './path-and-next-steps.js';
import { PEOPLE_AND_CULTURE } from './people-and-culture.js';
import type { Question } from './types.js';

export * from './types.js';

/** The built-in library of questions to ask, in the product's own words, grouped by purpose. */
export const QUESTIONS_TO_ASK: readonly Question[] = [...INSIDE_THE_JOB, ...PEOPLE_AND_CULTURE, ...PATH_AND_NEXT_STEPS];

const byId = new Map(QUESTIONS_TO_ASK.map((q) => [q.id, q]));

/** Looks a library question up by its stable id. */
export function questionById(id: string): Question | undefined {
  return byId.get(id);
}
