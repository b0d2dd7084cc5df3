import type { CreatePerson, Person, UpdatePerson } from '../../../contracts/people.js';
import { writeVCard } from '../../../core/contacts/vcard-write.js';
import type { PersonRole } from '../../../core/contacts/person.js';
import { uuidv7 } from '../../../core/ids.js';
import { claimClientId, requireOwned, requireOwnedOpportunity } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { inTransaction } from '../../db/transaction.js';
import { ensureEmployer } from '../opportunities/repository.js';
import { reindexPerson } from '../search/documents.js';
import {
  deletePersonRow,
  findPerson,
  insertPersonRow,
  link,
  linksOf,
  listPeopleOf,
  peopleByName,
  unlink,
  updatePersonRow,
  type PersonRow,
} from './repository.js';

function present(row: PersonRow, opportunityIds: string[]): Person {
  return {
    id: row.id,
    employerId: row.employer_id,
    employerName: row.employer_name,
    name: row.name,
    title: row.title,
    role: row.role as PersonRole,
    email: row.email,
    phone: row.phone,
    links: JSON.parse(row.links) as string[],
    background: row.background,
    inCommon: row.in_common,
    opportunityIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function presentMany(db: Db, rows: PersonRow[]): Promise<Person[]> {
  const links = await linksOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => present(r, links.get(r.id) ?? []));
}

async function load(ctx: Ctx, id: string): Promise<PersonRow> {
  return requireOwned(ctx.actor, await findPerson(ctx.db, id), 'Person');
}

/** One person the actor owns. */
export async function getPerson(ctx: Ctx, id: string): Promise<Person> {
  return (await presentMany(ctx.db, [await load(ctx, id)]))[0]!;
}

/** The actor's people, or those linked to one opportunity. */
export async function listPeople(ctx: Ctx, filter: { opportunityId?: string }): Promise<Person[]> {
  if (filter.opportunityId) await requireOwnedOpportunity(ctx, filter.opportunityId, 'opportunityId');
  return presentMany(ctx.db, await listPeopleOf(ctx.db, ctx.actor.userId, filter.opportunityId));
}

async function insertPerson(ctx: Ctx, trx: Db, input: CreatePerson, now: string): Promise<string> {
  const id = input.id ?? uuidv7();
  const opportunities = [];
  for (const oid of input.opportunityIds ?? [])
    opportunities.push(await requireOwnedOpportunity({ ...ctx, db: trx }, oid, 'opportunityIds'));
  const employerId = input.employerName
    ? await ensureEmployer(trx, ctx.actor.userId, input.employerName, uuidv7(), now)
    : (opportunities[0]?.employer_id ?? null);
  await insertPersonRow(trx, {
    id,
    owner_id: ctx.actor.userId,
    employer_id: employerId,
    name: input.name,
    title: input.title ?? null,
    role: input.role ?? 'other',
    email: input.email ?? null,
    phone: input.phone ?? null,
    links: JSON.stringify(input.links ?? []),
    background: input.background ?? '',
    in_common: input.inCommon ?? '',
    created_at: now,
    updated_at: now,
  });
  for (const o of opportunities) await link(trx, ctx.actor.userId, o.id, id, uuidv7(), now);
  await reindexPerson(trx, id);
  return id;
}

/** Adds a person, optionally at an employer and linked to opportunities. Idempotent on a client id. */
export async function addPerson(ctx: Ctx, input: CreatePerson): Promise<{ person: Person; created: boolean }> {
  if (input.id) {
    if (await claimClientId(ctx, 'people', input.id)) return { person: await getPerson(ctx, input.id), created: false };
  }
  const id = await inTransaction(ctx.db, (trx) => insertPerson(ctx, trx, input, ctx.now().toISOString()));
  return { person: await getPerson(ctx, id), created: true };
}

/** Adds the people the user confirmed from a vCard preview, all or none. */
export async function importPeople(ctx: Ctx, people: CreatePerson[]): Promise<Person[]> {
  const now = ctx.now().toISOString();
  const ids = await inTransaction(ctx.db, async (trx) => {
    const made: string[] = [];
    for (const p of people) made.push(await insertPerson(ctx, trx, p, now));
    return made;
  });
  return presentMany(ctx.db, await peopleByName(ctx.db, ids));
}

/** Edits a person. */
export async function updatePerson(ctx: Ctx, id: string, input: UpdatePerson): Promise<Person> {
  await load(ctx, id);
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const employerId =
      input.employerName === undefined
        ? undefined
        : input.employerName === null
          ? null
          : await ensureEmployer(trx, ctx.actor.userId, input.employerName, uuidv7(), now);
    await updatePersonRow(trx, id, {
      updated_at: now,
      ...(employerId !== undefined && { employer_id: employerId }),
      ...(input.name !== undefined && { name: input.name }),
      ...(input.title !== undefined && { title: input.title }),
      ...(input.role !== undefined && { role: input.role }),
      ...(input.email !== undefined && { email: input.email }),
      ...(input.phone !== undefined && { phone: input.phone }),
      ...(input.links !== undefined && { links: JSON.stringify(input.links) }),
      ...(input.background !== undefined && { background: input.background }),
      ...(input.inCommon !== undefined && { in_common: input.inCommon }),
    });
    await reindexPerson(trx, id);
  });
  return getPerson(ctx, id);
}

/** Deletes a person and their links. */
export async function deletePerson(ctx: Ctx, id: string): Promise<void> {
  await load(ctx, id);
  await inTransaction(ctx.db, async (trx) => {
    await deletePersonRow(trx, id);
    await reindexPerson(trx, id);
  });
}

/** Links or unlinks a person and an opportunity. */
export async function setLinked(ctx: Ctx, opportunityId: string, personId: string, linked: boolean): Promise<void> {
  await requireOwnedOpportunity(ctx, opportunityId, 'id');
  await load(ctx, personId);
  if (linked) await link(ctx.db, ctx.actor.userId, opportunityId, personId, uuidv7(), ctx.now().toISOString());
  else await unlink(ctx.db, opportunityId, personId);
}

/** vCard 4.0 text for people. */
export function toVCard(people: Person[]): string {
  return writeVCard(
    people.map((p) => ({
      name: p.name,
      role: p.role,
      links: p.links,
      ...(p.title && { title: p.title }),
      ...(p.employerName && { organisation: p.employerName }),
      ...(p.email && { email: p.email }),
      ...(p.phone && { phone: p.phone }),
      ...(p.background && { background: p.background }),
      ...(p.inCommon && { inCommon: p.inCommon }),
    })),
    { version: '4.0' },
  );
}
