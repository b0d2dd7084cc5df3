// One imported row written: its employer, the opportunity with the dates the file gave (added,
// applied, each step of a stage history, archived), its contacts as people, and the import items
// that let the import be undone. The caller holds the transaction.

import type { ImportedRow } from '../../../core/csv/import.js';
import type { Stage } from '../../../contracts/values.js';
import { SALARY_PERIODS, type SalaryPeriod } from '../../../contracts/values.js';
import { uuidv7 } from '../../../core/ids.js';
import type { Db } from '../../db/connect.js';
import * as opportunities from '../opportunities/repository.js';
import { link } from '../people/repository.js';
import { reindexOpportunity, reindexPerson } from '../search/documents.js';
import * as repo from './repository.js';

const at = (day: string) => `${day}T00:00:00.000Z`;

/** A day's instant a second per line later: rows added on the same day keep the file's order. */
function keepOrder(instant: string, line: number): string {
  return instant.endsWith('T00:00:00.000Z') ? new Date(Date.parse(instant) + line * 1000).toISOString() : instant;
}

/** The steps of a row's timeline, oldest first: its stage history, else what its dates say. */
export function stepsOf(r: ImportedRow, now: string): { stage: Stage; at: string }[] {
  if (r.stageHistory?.length) {
    const steps = r.stageHistory.map((s) => ({ stage: s.stage, at: at(s.on) }));
    if (steps.at(-1)!.stage !== r.stage) steps.push({ stage: r.stage, at: now });
    return steps;
  }
  const steps: { stage: Stage; at: string }[] = [];
  if (r.appliedOn && r.stage !== 'lead') {
    if (r.addedOn && r.addedOn < r.appliedOn) steps.push({ stage: 'lead', at: at(r.addedOn) });
    steps.push({ stage: 'applied', at: at(r.appliedOn) });
    if (r.stage !== 'applied') steps.push({ stage: r.stage, at: now < at(r.appliedOn) ? at(r.appliedOn) : now });
  } else steps.push({ stage: r.stage, at: r.addedOn ? at(r.addedOn) : now });
  return steps;
}

/** "Ana Núñez <ana@example.org>; bob@example.org; Sam" as names and emails. */
export function contactsOf(text: string | null): { name: string; email: string | null }[] {
  if (!text) return [];
  return text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .slice(0, 20)
    .map((part) => {
      const m = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(part);
      if (m) return { name: (m[1]!.replace(/^"|"$/g, '').trim() || m[2]!).slice(0, 200), email: m[2]!.slice(0, 320) };
      if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(part)) return { name: part.slice(0, 200), email: part.slice(0, 320) };
      return { name: part.slice(0, 200), email: null };
    });
}

/** Writes one row as an opportunity of the owner, recorded as part of the import. */
export async function addRow(db: Db, ownerId: string, importId: string, r: ImportedRow, now: string): Promise<string> {
  const id = uuidv7();
  const employerId = await opportunities.ensureEmployer(db, ownerId, r.employerName, uuidv7(), now);
  const steps = stepsOf(r, now);
  // Steps of one day stay in their order on the timeline (it sorts by instant).
  for (let i = 1; i < steps.length; i++)
    if (steps[i]!.at <= steps[i - 1]!.at) steps[i]!.at = new Date(Date.parse(steps[i - 1]!.at) + 1).toISOString();
  const s = r.salary;
  const round = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n));
  const period =
    r.salaryPeriod ?? (s?.period && (SALARY_PERIODS as readonly string[]).includes(s.period) ? (s.period as SalaryPeriod) : null);
  const min = r.salaryMin ?? round(s?.min);
  const max = r.salaryMax ?? round(s?.max);
  await opportunities.insertOpportunity(db, {
    id,
    owner_id: ownerId,
    employer_id: employerId,
    role_title: r.roleTitle,
    location: r.location,
    remote_policy: r.remotePolicy ?? null,
    source_url: r.sourceUrl,
    salary_min: min !== null && max !== null && min > max ? max : min,
    salary_max: min !== null && max !== null && min > max ? min : max,
    salary_currency: r.salaryCurrency ?? s?.currency ?? null,
    salary_period: period,
    job_description: [r.jobDescription, r.notes].filter(Boolean).join('\n\n').slice(0, 50_000),
    stage: r.stage,
    next_action: r.nextAction ?? null,
    next_action_due: r.nextActionDue ?? null,
    excitement: r.excitement ?? null,
    archived_at: r.archivedOn ? at(r.archivedOn) : null,
    stage_changed_at: steps.at(-1)!.at,
    created_at: keepOrder(r.addedOn && !r.stageHistory?.length ? at(r.addedOn) : steps[0]!.at, r.line),
    updated_at: now,
  });
  let previous: Stage | null = null;
  for (const step of steps) {
    await opportunities.insertEvent(db, {
      id: uuidv7(),
      owner_id: ownerId,
      opportunity_id: id,
      kind: previous ? 'stage' : 'created',
      from_stage: previous,
      to_stage: step.stage,
      at: step.at,
    });
    previous = step.stage;
  }
  if (r.archivedOn)
    await opportunities.insertEvent(db, {
      id: uuidv7(),
      owner_id: ownerId,
      opportunity_id: id,
      kind: 'archived',
      from_stage: r.stage,
      to_stage: r.stage,
      at: at(r.archivedOn),
    });
  await repo.insertItem(db, { id: uuidv7(), owner_id: ownerId, import_id: importId, opportunity_id: id, person_id: null });
  for (const c of contactsOf(r.contact)) {
    let personId = await repo.findPersonFor(db, ownerId, c.name, c.email);
    if (!personId) {
      personId = uuidv7();
      await repo.insertPerson(db, { id: personId, owner_id: ownerId, employer_id: employerId, name: c.name, email: c.email, now });
      await repo.insertItem(db, { id: uuidv7(), owner_id: ownerId, import_id: importId, opportunity_id: null, person_id: personId });
      await reindexPerson(db, personId);
    }
    await link(db, ownerId, id, personId, uuidv7(), now);
  }
  await reindexOpportunity(db, id);
  return id;
}
