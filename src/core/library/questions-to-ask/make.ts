import type { PriorityKey, Purpose, Question, Role } from './types.js';

/** Builds questions of one purpose with less repetition in the content files. */
export function questionsFor(
  purpose: Purpose,
  rows: ReadonlyArray<readonly [id: string, text: string, roles: Role[], informs: PriorityKey[]]>,
): Question[] {
  return rows.map(([id, text, roles, informs]) => ({ id, text, purpose, roles, informs }));
}
