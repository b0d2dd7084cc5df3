import type { AnalyzeOptions, Analysis, FindingCounts } from '../../../contracts/practice.js';
import { countFindings, scoreFindings } from '../../../contracts/practice.js';
import { createCoach, type Coach } from '../../../core/coach/index.js';
import { getPrompt, type Prompt as LibraryPrompt } from '../../../core/library/prompts/index.js';

// One coach per process: it caches prompt analysis, so repeated questions stay cheap.
let coach: Coach | undefined;

/** Resolves `prompt` as a library id first, then as free question text; blank means no prompt. */
export function resolvePrompt(prompt: string | undefined): LibraryPrompt | string | undefined {
  const trimmed = prompt?.trim();
  if (!trimmed) return undefined;
  return getPrompt(trimmed) ?? trimmed;
}

/** Runs the coach; nothing is stored. */
export function analyzeAnswer(prompt: LibraryPrompt | string | undefined, answer: string, options: AnalyzeOptions = {}): Analysis {
  coach ??= createCoach();
  return coach.analyze({ prompt, answer, options });
}

/** What practice rows keep of an analysis: the score and counts by code (findings are recomputable from the text). */
export interface AnalysisSummary {
  analysis: Analysis;
  score: number;
  findingCounts: FindingCounts;
}

/** Analyses an answer to a library prompt and summarises it for storage. */
export function summarise(prompt: LibraryPrompt, answer: string): AnalysisSummary {
  const analysis = analyzeAnswer(prompt, answer);
  return { analysis, score: scoreFindings(analysis.findings), findingCounts: countFindings(analysis.findings) };
}
