// Rows of a tracker's or spreadsheet's CSV as opportunities: the header row found, the columns
// recognised (presets by their headers, else by common names), statuses mapped to our stages,
// dates read, and every bad row kept with its line and the reason.

import type { Stage } from '../../contracts/values.js';
import { parseDate } from '../capture/fields/dates.js';
import { salaryIn } from '../capture/fields/salary.js';
import type { CsvRow } from './read.js';

export type ImportField = 'employerName' | 'roleTitle' | 'stage' | 'appliedOn' | 'sourceUrl' | 'location' | 'salary' | 'contact' | 'notes';

export interface Preset {
  name: string;
  label: string;
  /** Header names (lower case) that must all be present to recognise the export. */
  requires: string[];
  columns: Partial<Record<ImportField, string[]>>;
  /** The stage of a row without a status column. */
  defaultStage?: Stage;
}

/** Exports we recognise by their headers, and the generic names any spreadsheet may use. */
export const PRESETS: Preset[] = [
  {
    name: 'linkedin',
    label: 'LinkedIn "Job Applications" export',
    requires: ['application date', 'company name', 'job title', 'job url'],
    columns: { appliedOn: ['application date'], employerName: ['company name'], roleTitle: ['job title'], sourceUrl: ['job url'], contact: ['contact email'] },
    defaultStage: 'applied',
  },
  {
    name: 'generic',
    label: 'Spreadsheet',
    requires: [],
    columns: {
      employerName: ['company', 'company name', 'employer', 'organisation', 'organization', 'firma', 'unternehmen', 'entreprise'],
      roleTitle: ['job title', 'title', 'role', 'position', 'job position', 'job', 'stelle', 'poste'],
      stage: ['status', 'stage', 'list', 'state', 'application status'],
      appliedOn: ['date applied', 'applied on', 'applied', 'application date', 'date', 'applied date', 'date added', 'date saved'],
      sourceUrl: ['url', 'link', 'job url', 'job link', 'posting', 'posting url'],
      location: ['location', 'city', 'place'],
      salary: ['salary', 'pay', 'compensation', 'salary range'],
      contact: ['contact', 'recruiter', 'contact email', 'contact name'],
      notes: ['notes', 'note', 'comments', 'description'],
    },
  },
];

const STATUS: [RegExp, Stage][] = [
  [/\b(?:accept|hired|signed)/i, 'accepted'],
  [/\b(?:reject|declin|no offer|not selected|unsuccessful|ghost)/i, 'rejected'],
  [/\b(?:withdr|archiv|not interested|pass(?:ed)?\b)/i, 'withdrawn'],
  [/\boffer/i, 'offer'],
  [/\b(?:interview|screen|onsite|on-site|assessment|phone|technical|final round)/i, 'interviewing'],
  [/\b(?:appl|submitted|sent)/i, 'applied'],
  [/\b(?:wish|saved|bookmark|interested|lead|to apply|prospect|research)/i, 'lead'],
];

/** Our stage for a tracker's status word, or null when unknown. */
export function stageOf(status: string): Stage | null {
  for (const [re, stage] of STATUS) if (re.test(status)) return stage;
  return null;
}

export interface ImportedRow {
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
}

export interface ImportPlan {
  preset: string;
  /** Our field → the header it is read from. */
  mapping: Partial<Record<ImportField, string>>;
  headerLine: number;
  rows: ImportedRow[];
  bad: { line: number; reason: string }[];
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The header row: the first of the first five rows that names an employer or role column. */
function findHeader(rows: readonly CsvRow[]): number {
  const names = new Set([...(PRESETS[1]!.columns.employerName ?? []), ...(PRESETS[1]!.columns.roleTitle ?? []), 'company name']);
  const at = rows.slice(0, 5).findIndex((r) => r.cells.some((c) => names.has(norm(c))));
  return at;
}

/** Reads the rows into opportunities; `presetName` forces a preset. */
export function planImport(rows: readonly CsvRow[], presetName?: string): ImportPlan {
  const h = findHeader(rows);
  if (h < 0) return { preset: 'generic', mapping: {}, headerLine: 0, rows: [], bad: [{ line: rows[0]?.line ?? 1, reason: 'no header row naming a company or job title column was found in the first five rows' }] };
  const header = rows[h]!.cells.map(norm);
  const preset = (presetName ? PRESETS.find((p) => p.name === presetName) : undefined) ?? PRESETS.find((p) => p.requires.length > 0 && p.requires.every((r) => header.includes(r))) ?? PRESETS[1]!;
  const mapping: Partial<Record<ImportField, string>> = {};
  const index: Partial<Record<ImportField, number>> = {};
  for (const [field, names] of Object.entries(preset.columns) as [ImportField, string[]][]) {
    const at = header.findIndex((c) => names.includes(c));
    if (at >= 0) {
      index[field] = at;
      mapping[field] = rows[h]!.cells[at]!.trim();
    }
  }
  const plan: ImportPlan = { preset: preset.name, mapping, headerLine: rows[h]!.line, rows: [], bad: [] };
  const get = (r: CsvRow, f: ImportField) => (index[f] === undefined ? '' : (r.cells[index[f]] ?? '').trim());
  for (const r of rows.slice(h + 1)) {
    if (r.cells.length > header.length && r.cells.slice(header.length).some((c) => c.trim() !== '')) {
      plan.bad.push({ line: r.line, reason: `${r.cells.length} cells where the header has ${header.length}` });
      continue;
    }
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
    const status = get(r, 'stage');
    const stage = status ? stageOf(status) : (preset.defaultStage ?? 'lead');
    if (!stage) {
      plan.bad.push({ line: r.line, reason: `unknown status "${status.slice(0, 40)}"` });
      continue;
    }
    const dateText = get(r, 'appliedOn');
    const appliedOn = dateText ? parseDate(dateText) : null;
    if (dateText && !appliedOn) {
      plan.bad.push({ line: r.line, reason: `unreadable date "${dateText.slice(0, 40)}"` });
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
      sourceUrl: /^https?:\/\/\S+$/i.test(url) ? url : null,
      location: get(r, 'location') || null,
      salary: s ? { min: s.min, max: s.max, currency: s.currency, period: s.period } : null,
      contact: get(r, 'contact') || null,
      notes: get(r, 'notes') || null,
    });
  }
  return plan;
}
