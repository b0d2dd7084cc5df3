import { analyze } from './coach.js';
import type { Prompt } from '../library/prompts/types.js';
import type { FindingCode } from './types.js';

/** Test helper: the words each finding of one code points at. */
export function spans(code: FindingCode, answer: string, prompt?: Prompt | string): string[] {
  return analyze({ prompt, answer })
    .findings.filter((f) => f.code === code)
    .map((f) => answer.slice(f.start, f.end));
}

/** Test helper: whether a code fires at all. */
export function fires(code: FindingCode, answer: string, prompt?: Prompt | string): boolean {
  return spans(code, answer, prompt).length > 0;
}
