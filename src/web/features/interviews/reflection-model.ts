import type { PutReflection, Reflection } from '../../../contracts/interviews.js';

/** One question that stumped the user, as the form edits it (`promptId` '' = not linked). */
export interface StumperDraft {
  key: string;
  text: string;
  promptId: string;
}

/** What the reflection form edits. */
export interface ReflectionDraft {
  rating: number | null;
  wentWell: string;
  toImprove: string;
  signals: string;
  stumpers: StumperDraft[];
}

/** The form's values from the saved reflection, or blank ones. */
export function reflectionDraft(r: Reflection | null): ReflectionDraft {
  return {
    rating: r?.rating ?? null,
    wentWell: r?.wentWell ?? '',
    toImprove: r?.toImprove ?? '',
    signals: r?.signals ?? '',
    stumpers: (r?.stumpers ?? []).map((s, i) => ({ key: `saved-${i}`, text: s.text, promptId: s.promptId ?? '' })),
  };
}

/** Checks the form (same rules as the API) and builds the PUT body; blank stumper rows are dropped. */
export function reflectionBody(d: ReflectionDraft): { body: PutReflection; errors: Record<string, string>; rowOf: number[] } {
  const errors: Record<string, string> = {};
  if (d.rating !== null && (!Number.isInteger(d.rating) || d.rating < 1 || d.rating > 5)) errors.rating = 'Pick 1 to 5.';
  for (const k of ['wentWell', 'toImprove', 'signals'] as const) if (d[k].length > 10_000) errors[k] = 'Keep this under 10000 characters.';
  const rows = d.stumpers.filter((s) => s.text.trim() || s.promptId);
  const stumpers: PutReflection['stumpers'] = [];
  const rowOf: number[] = [];
  d.stumpers.forEach((s, i) => {
    if (!rows.includes(s)) return;
    const index = stumpers.length;
    rowOf[index] = i;
    if (!s.text.trim()) errors[`stumpers.${i}.text`] = 'Write the question, or remove the row.';
    else if (s.text.trim().length > 1000) errors[`stumpers.${i}.text`] = 'Keep the question under 1000 characters.';
    stumpers[index] = { text: s.text.trim(), promptId: s.promptId || null };
  });
  if (stumpers.length > 30) errors.stumpers = 'List at most 30 questions.';
  return { body: { rating: d.rating, wentWell: d.wentWell, toImprove: d.toImprove, signals: d.signals, stumpers }, errors, rowOf };
}

/** The form field a server error names: `stumpers.2.promptId` → the form row that became body row 2. */
export function reflectionField(serverField: string, rowOf: readonly number[]): string {
  const m = /^stumpers\.(\d+)\.(text|promptId)/.exec(serverField);
  if (!m) return serverField.split('.')[0] ?? serverField;
  return `stumpers.${rowOf[Number(m[1])] ?? Number(m[1])}.${m[2]}`;
}
