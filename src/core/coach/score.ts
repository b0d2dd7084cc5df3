import type { FindingCode, Severity } from './types.js';

// The score: 100 minus a penalty per code at its worst severity, plus a little per repeat; never below 0.
const PENALTY: Record<Severity, number> = { problem: 30, warning: 12, info: 4 };
const REPEAT_PENALTY = 2;
const MAX_REPEAT_PENALTY = 8;
/** Severity order, least serious first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, problem: 2 };

/** The 0–100 score of an answer from its findings (100: nothing to fix); the UI shows what the server stores. */
export function scoreFindings(findings: readonly { code: FindingCode; severity: Severity }[]): number {
  const worst = new Map<FindingCode, { severity: Severity; count: number }>();
  for (const f of findings) {
    const seen = worst.get(f.code);
    if (!seen) worst.set(f.code, { severity: f.severity, count: 1 });
    else
      worst.set(f.code, {
        severity: SEVERITY_RANK[f.severity] > SEVERITY_RANK[seen.severity] ? f.severity : seen.severity,
        count: seen.count + 1,
      });
  }
  let penalty = 0;
  for (const { severity, count } of worst.values()) {
    penalty += PENALTY[severity] + Math.min(MAX_REPEAT_PENALTY, (count - 1) * REPEAT_PENALTY);
  }
  return Math.max(0, 100 - penalty);
}
