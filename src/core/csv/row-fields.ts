// The fields beyond employer, role, status and date that some exports carry (our own export
// carries all of them): read one cell at a time, a cell that cannot be read names the row's reason.

import { STAGES, type RemotePolicy, type SalaryPeriod, type Stage } from '../../contracts/values.js';
import { parseDate } from '../capture/fields/dates.js';
import type { ImportField } from './presets.js';

/** The optional fields of an imported row (absent when the file has no such column or the cell is empty). */
export interface RowExtras {
  remotePolicy?: RemotePolicy;
  salaryMin?: number;
  salaryMax?: number;
  salaryCurrency?: string;
  salaryPeriod?: SalaryPeriod;
  nextAction?: string;
  nextActionDue?: string;
  excitement?: number;
  archivedOn?: string;
  addedOn?: string;
  /** The stages the opportunity went through, oldest first, with the day of each. */
  stageHistory?: { stage: Stage; on: string }[];
  jobDescription?: string;
}

/** Our remote policy for a cell, or null. */
export function remotePolicyOf(text: string): RemotePolicy | null {
  if (/hybrid/i.test(text)) return 'hybrid';
  if (/remote/i.test(text)) return 'remote';
  if (/on-?site|office|in person/i.test(text)) return 'onsite';
  return null;
}

/** Our salary period for a cell, or null. */
export function salaryPeriodOf(text: string): SalaryPeriod | null {
  const t = text.trim().toLowerCase();
  if (/^(?:year|yearly|annual|annually|per year|pa|p\.a\.)$/.test(t)) return 'year';
  if (/^(?:month|monthly|per month)$/.test(t)) return 'month';
  if (/^(?:day|daily|per day)$/.test(t)) return 'day';
  if (/^(?:hour|hourly|per hour)$/.test(t)) return 'hour';
  return null;
}

/** A whole amount from "85000", "85,000", "$85k", "85.5k"; null when unreadable. */
function amountOf(text: string): number | null {
  const m = /^[^\d-]{0,3}(-?\d[\d,. ]*?)(k)?\s*[^\d]{0,3}$/i.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]!.replace(/[, ]/g, ''));
  if (!Number.isFinite(n)) return null;
  const v = Math.round(m[2] ? n * 1000 : n);
  return Math.abs(v) <= 1e12 ? v : null;
}

/** "lead 2026-01-02; applied 2026-01-09" (our export's Stage history) as steps. */
function historyOf(text: string): { stage: Stage; on: string }[] | null {
  const steps: { stage: Stage; on: string }[] = [];
  for (const part of text.split(';')) {
    const m = /^\s*([a-z]+)\s+(\d{4}-\d{2}-\d{2})\s*$/.exec(part);
    if (!m || !(STAGES as readonly string[]).includes(m[1]!)) return null;
    steps.push({ stage: m[1] as Stage, on: m[2]! });
  }
  return steps;
}

/** Reads the extra fields of one row through `get`; a string is the reason the row is bad. */
export function parseExtras(get: (f: ImportField) => string, dayFirst = false): RowExtras | string {
  const out: RowExtras = {};
  const remote = get('remotePolicy');
  if (remote) out.remotePolicy = remotePolicyOf(remote) ?? undefined;
  for (const [field, key] of [
    ['salaryMin', 'salaryMin'],
    ['salaryMax', 'salaryMax'],
  ] as const) {
    const t = get(field);
    if (!t) continue;
    const n = amountOf(t);
    if (n === null) return `unreadable amount "${t.slice(0, 40)}"`;
    out[key] = n;
  }
  if (out.salaryMin !== undefined && out.salaryMax !== undefined && out.salaryMin > out.salaryMax) return 'salary from is above salary to';
  const currency = get('salaryCurrency');
  if (currency) {
    if (!/^[A-Za-z]{3}$/.test(currency)) return `unreadable currency "${currency.slice(0, 40)}" (three letters, like EUR)`;
    out.salaryCurrency = currency.toUpperCase();
  }
  const period = get('salaryPeriod');
  if (period) out.salaryPeriod = salaryPeriodOf(period) ?? undefined;
  const next = get('nextAction');
  if (next) out.nextAction = next.slice(0, 300);
  for (const [field, key] of [
    ['nextActionDue', 'nextActionDue'],
    ['archivedOn', 'archivedOn'],
    ['addedOn', 'addedOn'],
  ] as const) {
    const t = get(field);
    if (!t) continue;
    const d = parseDate(t, dayFirst);
    if (!d) return `unreadable date "${t.slice(0, 40)}"`;
    out[key] = d;
  }
  const excitement = get('excitement');
  if (excitement) {
    const stars = /^★+$/.test(excitement) ? excitement.length : Number(excitement);
    if (Number.isInteger(stars) && stars >= 1 && stars <= 5) out.excitement = stars;
  }
  const history = get('stageHistory');
  if (history) {
    const steps = historyOf(history);
    if (!steps) return `unreadable stage history "${history.slice(0, 40)}"`;
    out.stageHistory = steps;
  }
  const description = get('jobDescription');
  if (description) out.jobDescription = description.slice(0, 50_000);
  return out;
}
