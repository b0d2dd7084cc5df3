// Rows of a tracker's or spreadsheet's CSV as opportunities: the header row found, the columns
// recognised (presets by their headers, else by common names, or as the user mapped them),
// statuses mapped to our stages (or as the user mapped them), dates read, and every bad row kept
// with its line and the reason.

import type { Stage } from '../../contracts/values.js';
import { parseDate } from '../capture/fields/dates.js';
import { salaryIn } from '../capture/fields/salary.js';
import { GENERIC_PRESET, PRESETS, presetNamed, type ImportField } from './presets.js';
import type { CsvRow } from './read.js';
import { parseExtras, type RowExtras } from './row-fields.js';

export { PRESETS, type ImportField } from './presets.js';

const STATUS: [RegExp, Stage][] = [
  [/\b(?:accept|hired|signed)/i, 'accepted'],
  [/\b(?:reject|declin|no offer|not selected|unsuccessful|ghost|no response)/i, 'rejected'],
  [/\b(?:withdr|archiv|not interested|pass(?:ed)?\b)/i, 'withdrawn'],
  [/\b(?:offer|negotiat)/i, 'offer'],
  [/\b(?:interview|screen|onsite|on-site|assessment|phone|technical|final round)/i, 'interviewing'],
  // "To apply" is a wish, not an application.
  [/\b(?:to apply|not (?:yet )?applied|not started)/i, 'lead'],
  [/\b(?:appl|submitted|sent)/i, 'applied'],
  [/\b(?:wish|saved|bookmark|interested|lead|to apply|prospect|research)/i, 'lead'],
];

/** Our stage for a tracker's status word, or null when unknown. */
export function stageOf(status: string): Stage | null {
  for (const [re, stage] of STATUS) if (re.test(status)) return stage;
  return null;
}

export interface ImportedRow extends RowExtras {
  line: number;
  employerName: string;
  roleTitle: string;
  stage: Stage;
  appliedOn: string | null;
  sourceUrl: string | null;
  location: string | null;
  salary: { min: number | null; max: number | null; currency: string | null; period: string | null } | null;
  contact: string | null;
  notes: string | null;
  /** The status as written in the file, when it has one. */
  status?: string;
}

export interface ImportPlan {
  preset: string;
  /** Our field → the header it is read from. */
  mapping: Partial<Record<ImportField, string>>;
  headerLine: number;
  /** The header row's cells, as written. */
  columns: string[];
  /** Each distinct status of the file, how many rows have it, and the stage it maps to (null: unknown). */
  statuses: { status: string; count: number; stage: Stage | null }[];
  rows: ImportedRow[];
  bad: { line: number; reason: string }[];
}

/** What the user chose in the wizard: a preset, the columns, the stage of each status. */
export interface ImportChoices {
  preset?: string;
  /** Replaces the preset's columns: our field → a header of the file. */
  mapping?: Partial<Record<ImportField, string>>;
  /** A status as written in the file → our stage. */
  statusMap?: Record<string, Stage>;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The header row: the first of the first five rows that names an employer or role column. */
function findHeader(rows: readonly CsvRow[]): number {
  const names = new Set(PRESETS.flatMap((p) => [...(p.columns.employerName ?? []), ...(p.columns.roleTitle ?? [])]));
  const known = rows.slice(0, 5).findIndex((r) => r.cells.some((c) => names.has(norm(c))));
  if (known >= 0) return known;
  // Otherwise the first row of words in two cells or more: the user maps its columns.
  return rows
    .slice(0, 5)
    .findIndex((r) => r.cells.filter((c) => /\p{L}/u.test(c)).length >= 2 && r.cells.every((c) => !/^\s*-?[\d.,]+\s*$/.test(c)));
}

/** Whether numeric dates in the column are written day first (one of them starts above 12). */
function dayFirstIn(rows: readonly CsvRow[], at: number | undefined): boolean {
  if (at === undefined) return false;
  return rows.some((r) => {
    const m = /^\s*(\d{1,2})[/.-]\d{1,2}[/.-]\d{2,4}/.exec(r.cells[at] ?? '');
    return m !== null && Number(m[1]) > 12;
  });
}

/** Reads the rows into opportunities; `choices` (or, as before, a preset name) override what is recognised. */
export function planImport(rows: readonly CsvRow[], choicesOrPreset: ImportChoices | string = {}): ImportPlan {
  const choices = typeof choicesOrPreset === 'string' ? { preset: choicesOrPreset } : choicesOrPreset;
  const h = findHeader(rows);
  if (h < 0) {
    return {
      preset: 'generic',
      mapping: {},
      headerLine: 0,
      columns: [],
      statuses: [],
      rows: [],
      bad: [{ line: rows[0]?.line ?? 1, reason: 'no header row naming a company or job title column was found in the first five rows' }],
    };
  }
  const cells = rows[h]!.cells.map((c) => c.trim());
  const header = cells.map(norm);
  const preset =
    (choices.preset ? presetNamed(choices.preset) : undefined) ??
    PRESETS.find((p) => p.requires.length > 0 && p.requires.every((r) => header.includes(r))) ??
    GENERIC_PRESET;
  const mapping: Partial<Record<ImportField, string>> = {};
  const index: Partial<Record<ImportField, number>> = {};
  if (choices.mapping) {
    for (const [field, name] of Object.entries(choices.mapping) as [ImportField, string | undefined][]) {
      const at = name === undefined ? -1 : header.indexOf(norm(name));
      if (at >= 0) {
        index[field] = at;
        mapping[field] = cells[at]!;
      }
    }
  } else {
    for (const [field, names] of Object.entries(preset.columns) as [ImportField, string[]][]) {
      const at = header.findIndex((c) => names.includes(c));
      if (at >= 0) {
        index[field] = at;
        mapping[field] = cells[at]!;
      }
    }
  }
  const statusMap = new Map(Object.entries(choices.statusMap ?? {}).map(([k, v]) => [k.trim(), v]));
  const statusCounts = new Map<string, number>();
  const plan: ImportPlan = { preset: preset.name, mapping, headerLine: rows[h]!.line, columns: cells, statuses: [], rows: [], bad: [] };
  // A cell our export (or another spreadsheet) neutralised with a leading apostrophe reads as it was.
  const body = rows.slice(h + 1);
  const dayFirst = dayFirstIn(body, index.appliedOn);
  if (index.employerName === undefined || index.roleTitle === undefined) {
    plan.bad.push({ line: plan.headerLine, reason: 'choose the columns that hold the company and the job title' });
    return plan;
  }
  const get = (r: CsvRow, f: ImportField) => (index[f] === undefined ? '' : (r.cells[index[f]] ?? '').trim().replace(/^'(?=[=+\-@])/, ''));
  for (const r of body) {
    if (r.cells.length > header.length && r.cells.slice(header.length).some((c) => c.trim() !== '')) {
      plan.bad.push({ line: r.line, reason: `${r.cells.length} cells where the header has ${header.length}` });
      continue;
    }
    const status = get(r, 'stage');
    if (status) statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
    const employerName = get(r, 'employerName');
    const roleTitle = get(r, 'roleTitle');
    if (!employerName) {
      plan.bad.push({ line: r.line, reason: 'no company name' });
      continue;
    }
    if (!roleTitle) {
      plan.bad.push({ line: r.line, reason: 'no job title' });
      continue;
    }
    if (employerName.length > 200 || roleTitle.length > 200) {
      plan.bad.push({ line: r.line, reason: 'company name or job title longer than 200 characters' });
      continue;
    }
    const stage = status ? (statusMap.get(status) ?? stageOf(status)) : (preset.defaultStage ?? 'lead');
    if (!stage) {
      plan.bad.push({ line: r.line, reason: `unknown status "${status.slice(0, 40)}"` });
      continue;
    }
    const dateText = get(r, 'appliedOn');
    const appliedOn = dateText ? parseDate(dateText, dayFirst) : null;
    if (dateText && !appliedOn) {
      plan.bad.push({ line: r.line, reason: `unreadable date "${dateText.slice(0, 40)}"` });
      continue;
    }
    const extras = parseExtras((f) => get(r, f), dayFirst);
    if (typeof extras === 'string') {
      plan.bad.push({ line: r.line, reason: extras });
      continue;
    }
    const url = get(r, 'sourceUrl');
    const salaryText = get(r, 'salary');
    const s = salaryText ? salaryIn(salaryText, true) : null;
    plan.rows.push({
      line: r.line,
      employerName,
      roleTitle,
      stage,
      appliedOn,
      sourceUrl: /^https?:\/\/\S+$/i.test(url) && url.length <= 2000 ? url : null,
      location: get(r, 'location').slice(0, 200) || null,
      salary: s ? { min: s.min, max: s.max, currency: s.currency, period: s.period } : null,
      contact: get(r, 'contact') || null,
      notes: get(r, 'notes') || null,
      ...(status ? { status } : {}),
      ...extras,
    });
  }
  plan.statuses = [...statusCounts].map(([status, count]) => ({ status, count, stage: statusMap.get(status) ?? stageOf(status) }));
  return plan;
}
