import type { Finding, Severity } from '../../../core/coach/index.js';

/** A run of answer text and the findings (by index) whose spans cover it. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  findings: number[];
}

// Whole-answer findings (too-short, no-specifics) would paint everything; they are listed, not highlighted.
const WHOLE_ANSWER = new Set(['too-short', 'no-specifics']);

/** True when a finding is about specific words worth marking inline. */
export function isInline(f: Finding, textLength: number): boolean {
  if (WHOLE_ANSWER.has(f.code)) return false;
  return f.end > f.start && !(f.start === 0 && f.end >= textLength && textLength > 80);
}

/** Cuts the text at every span boundary so each run can be drawn with the findings that cover it. */
export function segmentText(text: string, findings: readonly Finding[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  const inline: number[] = [];
  findings.forEach((f, i) => {
    if (!isInline(f, text.length)) return;
    inline.push(i);
    cuts.add(Math.max(0, Math.min(text.length, f.start)));
    cuts.add(Math.max(0, Math.min(text.length, f.end)));
  });
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k] ?? 0;
    const end = points[k + 1] ?? start;
    if (end <= start) continue;
    const covering = inline.filter((i) => {
      const f = findings[i];
      return f !== undefined && f.start <= start && f.end >= end;
    });
    out.push({ text: text.slice(start, end), start, end, findings: covering });
  }
  return out;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, problem: 2 };

/** The most serious severity among some findings (decides a mark's colour). */
export function worstSeverity(findings: readonly Finding[]): Severity {
  let worst: Severity = 'info';
  for (const f of findings) if (RANK[f.severity] > RANK[worst]) worst = f.severity;
  return worst;
}

/** Findings whose span holds a caret position, most serious first (shown as the user moves through the text). */
export function findingsAt(findings: readonly Finding[], offset: number, textLength: number): Finding[] {
  return findings
    .filter((f) => isInline(f, textLength) && f.start <= offset && offset <= f.end)
    .sort((a, b) => RANK[b.severity] - RANK[a.severity]);
}

/** Findings in reading order, most serious first where they start at the same place. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || RANK[b.severity] - RANK[a.severity]);
}

/** "1:05" style duration for timers and spoken-length estimates. */
export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.round(total));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
