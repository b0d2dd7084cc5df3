import type { Finding, Metrics } from './types.js';
import type { Doc } from './text.js';

// Short answers are judged as if they lasted at least this long, so one "um" in a sentence is not a rate of 10/min.
/** Floor on the speaking time used for filler rates, in seconds. */
export const MIN_RATE_SECONDS = 30;

/** Fillers a minute over the spoken time, never less than MIN_RATE_SECONDS (unrounded). */
export function fillerRate(fillerCount: number, speakingSeconds: number): number {
  return fillerCount / (Math.max(speakingSeconds, MIN_RATE_SECONDS) / 60);
}

/** Spoken-length metrics at the given pace; fillers per minute use the same 30 s floor as the filler finding. */
export function computeMetrics(doc: Doc, wordsPerMinute: number, fillerCount: number): Metrics {
  const words = doc.tokens.length;
  const speakingSeconds = (words / wordsPerMinute) * 60;
  return {
    words,
    sentences: doc.sentences.length,
    speakingSeconds: Math.round(speakingSeconds * 10) / 10,
    fillerCount,
    fillersPerMinute: Math.round(fillerRate(fillerCount, speakingSeconds) * 10) / 10,
  };
}

/**
 * Length findings. too-long spans the words spoken after the target maximum (what to cut);
 * too-short spans the whole answer.
 */
export function lengthFindings(doc: Doc, seconds: number, target: { min: number; max: number }, wordsPerMinute: number): Finding[] {
  const tokens = doc.tokens;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return [];
  if (seconds > target.max) {
    const cutAt = Math.min(tokens.length - 1, Math.floor((target.max / 60) * wordsPerMinute));
    return [
      {
        code: 'too-long',
        severity: seconds > target.max * 1.5 ? 'problem' : 'warning',
        start: tokens[cutAt]!.start,
        end: last.end,
        message: `About ${Math.round(seconds)} s spoken; the target is ${target.min}–${target.max} s. The highlighted part runs past it.`,
        suggestion: 'Keep one story and its result; cut background and repeated points.',
      },
    ];
  }
  if (seconds < target.min) {
    return [
      {
        code: 'too-short',
        severity: seconds < target.min * 0.5 ? 'warning' : 'info',
        start: first.start,
        end: last.end,
        message: `About ${Math.round(seconds)} s spoken; the target is ${target.min}–${target.max} s.`,
        suggestion: 'Add a concrete example: what you did, and what came of it.',
      },
    ];
  }
  return [];
}
