import { FINDING_CODE_LIST, FINDING_LABELS } from './codes.js';
import { SEVERITY_RANK } from './score.js';
import type { Finding, FindingCode, Severity } from './types.js';

/** All findings of one kind, as one card: its plain name, worst severity, and each occurrence. */
export interface FindingGroup {
  code: FindingCode;
  label: string;
  severity: Severity;
  /** One line for the whole card (fillers: the count and the words). */
  summary: string;
  suggestion: string;
  findings: Finding[];
}

const ORDER = new Map(FINDING_CODE_LIST.map((c, i) => [c, i]));

function fillerSummary(findings: readonly Finding[], answer: string): string {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const w = answer.slice(f.start, f.end).toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const words = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([w, n]) => (n > 1 ? `"${w}" ×${n}` : `"${w}"`));
  const rate = /\(([\d.]+) a minute/.exec(findings[0]?.message ?? '')?.[1];
  return `${findings.length} fillers${rate ? ` (${rate} a minute; aim for about 1)` : ''}: ${words.join(', ')}.`;
}

/**
 * Findings grouped by kind, the worst first: problems before warnings before hints, then in the codes'
 * display order. Fillers become one card with the count and the words; other kinds keep every occurrence.
 */
export function groupFindings(findings: readonly Finding[], answer: string): FindingGroup[] {
  const byCode = new Map<FindingCode, Finding[]>();
  for (const f of findings) {
    const list = byCode.get(f.code);
    if (list) list.push(f);
    else byCode.set(f.code, [f]);
  }
  const groups: FindingGroup[] = [];
  for (const [code, list] of byCode) {
    list.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start);
    const first = list[0]!;
    const summary =
      code === 'filler-words' ? fillerSummary(list, answer) : list.length > 1 ? `${list.length} places in the answer.` : first.message;
    groups.push({ code, label: FINDING_LABELS[code], severity: first.severity, summary, suggestion: first.suggestion, findings: list });
  }
  return groups.sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (ORDER.get(a.code) ?? 0) - (ORDER.get(b.code) ?? 0),
  );
}
