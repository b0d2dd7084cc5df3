import type { CreateFact, Fact, Research, UpdateFact } from '../../../contracts/research.js';
import { uuidv7 } from '../../../core/ids.js';
import { researchChecklist, type FactTopic } from '../../../core/research/checklist.js';
import { claimClientId, requireOwned, requireOwnedOpportunity } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { inTransaction } from '../../db/transaction.js';
import type { Database } from '../../db/schema.js';
import { reindexFact } from '../search/documents.js';
import * as repo from './repository.js';
import type { Selectable } from 'kysely';

type FactRow = Selectable<Database['facts']>;

/** Maps a fact row to the API's Fact. */
export function presentFact(row: FactRow): Fact {
  return {
    id: row.id,
    employerId: row.employer_id,
    topic: row.topic as FactTopic,
    statement: row.statement,
    sourceUrl: row.source_url,
    notedOn: row.noted_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function loadEmployer(ctx: Ctx, id: string) {
  return requireOwned(ctx.actor, await repo.findEmployer(ctx.db, id), 'Employer');
}

async function loadFact(ctx: Ctx, id: string) {
  return requireOwned(ctx.actor, await repo.findFact(ctx.db, id), 'Fact');
}

/** The dossier of an opportunity's employer: its facts (by topic, newest first) and the checklist. */
export async function getResearch(ctx: Ctx, opportunityId: string): Promise<Research> {
  const opp = await requireOwnedOpportunity(ctx, opportunityId);
  const employer = await loadEmployer(ctx, opp.employer_id);
  const rows = await repo.factsOfEmployer(ctx.db, employer.id);
  const facts = rows.map(presentFact);
  return { employerId: employer.id, employerName: employer.name, facts, checklist: researchChecklist(facts) };
}

/** Notes a fact about an employer. Idempotent on a client-supplied id. */
export async function recordFact(ctx: Ctx, employerId: string, input: CreateFact): Promise<{ fact: Fact; created: boolean }> {
  await loadEmployer(ctx, employerId);
  const id = input.id ?? uuidv7();
  if (await claimClientId(ctx, 'facts', id)) {
    const existing = await repo.findFact(ctx.db, id);
    if (existing) return { fact: presentFact(existing), created: false };
  }
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    await repo.insertFact(trx, {
      id,
      owner_id: ctx.actor.userId,
      employer_id: employerId,
      topic: input.topic,
      statement: input.statement,
      source_url: input.sourceUrl ?? null,
      noted_on: input.notedOn ?? now.slice(0, 10),
      created_at: now,
      updated_at: now,
    });
    await reindexFact(trx, id);
  });
  return { fact: presentFact(await loadFact(ctx, id)), created: true };
}

/** Edits a fact. */
export async function updateFact(ctx: Ctx, id: string, input: UpdateFact): Promise<Fact> {
  await loadFact(ctx, id);
  await inTransaction(ctx.db, async (trx) => {
    await repo.updateFactRow(trx, id, {
      updated_at: ctx.now().toISOString(),
      ...(input.topic !== undefined && { topic: input.topic }),
      ...(input.statement !== undefined && { statement: input.statement }),
      ...(input.sourceUrl !== undefined && { source_url: input.sourceUrl }),
      ...(input.notedOn !== undefined && { noted_on: input.notedOn }),
    });
    await reindexFact(trx, id);
  });
  return presentFact(await loadFact(ctx, id));
}

/** Deletes a fact (the UI offers undo by re-creating it with the same id). */
export async function deleteFact(ctx: Ctx, id: string): Promise<void> {
  await loadFact(ctx, id);
  await inTransaction(ctx.db, async (trx) => {
    await repo.deleteFactRow(trx, id);
    await reindexFact(trx, id);
  });
}
