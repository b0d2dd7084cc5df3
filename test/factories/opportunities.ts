/**
 * Builders for the rows around an opportunity: `new…` answers a complete row with realistic defaults and the
 * overrides given; `insert…` writes one through the test app's database and answers its id.
 */
import type { Insertable } from 'kysely';
import type { CreateOpportunity } from '../../src/contracts/opportunities.js';
import { uuidv7 } from '../../src/core/ids.js';
import { LOCAL_USER_ID } from '../../src/server/auth/actor.js';
import type { Db } from '../../src/server/db/connect.js';
import type { Database } from '../../src/server/db/schema.js';

/** Every row the factories write is stamped with this instant unless told otherwise. */
export const STAMP = '2026-03-02T09:00:00.000Z';

let counter = 0;

/** A valid opportunity to create through the API (`POST /api/opportunities`), with overrides. */
export function buildOpportunityInput(overrides: Partial<CreateOpportunity> = {}): CreateOpportunity {
  counter += 1;
  return {
    employerName: `Employer ${counter}`,
    roleTitle: `Role ${counter}`,
    location: 'Lisbon',
    remotePolicy: 'hybrid',
    ...overrides,
  };
}

type Row<T extends keyof Database> = Insertable<Database[T]>;

/** A user other than the local one. */
export function newUser(overrides: Partial<Row<'users'>> = {}): Row<'users'> {
  return { id: uuidv7(), display_name: 'Someone else', is_local: 0, created_at: STAMP, ...overrides };
}

/** Writes a user (another than the local one unless told); answers their id. */
export async function insertUser(db: Db, overrides: Partial<Row<'users'>> = {}): Promise<string> {
  const row = newUser(overrides);
  await db.kysely.insertInto('users').values(row).execute();
  return row.id;
}

/** An employer of the local user, its name key derived from the name. */
export function newEmployer(overrides: Partial<Row<'employers'>> = {}): Row<'employers'> {
  const name = overrides.name ?? 'Northwind Analytics';
  return {
    id: uuidv7(),
    owner_id: LOCAL_USER_ID,
    name,
    name_key: name.toLowerCase(),
    created_at: STAMP,
    updated_at: STAMP,
    ...overrides,
  };
}

/** Writes an employer; answers its id. */
export async function insertEmployer(db: Db, overrides: Partial<Row<'employers'>> = {}): Promise<string> {
  const row = newEmployer(overrides);
  await db.kysely.insertInto('employers').values(row).execute();
  return row.id;
}

/** An opportunity row at the interviewing stage with every optional column empty unless given. */
export function newOpportunity(overrides: Pick<Row<'opportunities'>, 'employer_id'> & Partial<Row<'opportunities'>>): Row<'opportunities'> {
  return {
    id: uuidv7(),
    owner_id: LOCAL_USER_ID,
    role_title: 'Data Engineer',
    location: null,
    remote_policy: null,
    source_url: null,
    salary_min: null,
    salary_max: null,
    salary_currency: null,
    salary_period: null,
    job_description: '',
    stage: 'interviewing',
    next_action: null,
    next_action_due: null,
    excitement: null,
    archived_at: null,
    stage_changed_at: STAMP,
    created_at: STAMP,
    updated_at: STAMP,
    ...overrides,
  };
}

/** Writes an opportunity; answers its id. */
export async function insertOpportunity(
  db: Db,
  overrides: Pick<Row<'opportunities'>, 'employer_id'> & Partial<Row<'opportunities'>>,
): Promise<string> {
  const row = newOpportunity(overrides);
  await db.kysely.insertInto('opportunities').values(row).execute();
  return row.id;
}

/** An interviewer at an employer, with no contact details. */
export function newPerson(overrides: Pick<Row<'people'>, 'employer_id'> & Partial<Row<'people'>>): Row<'people'> {
  return {
    id: uuidv7(),
    owner_id: LOCAL_USER_ID,
    name: 'Maria Santos',
    title: null,
    role: 'interviewer',
    email: null,
    phone: null,
    links: '[]',
    background: '',
    in_common: '',
    created_at: STAMP,
    updated_at: STAMP,
    ...overrides,
  };
}

/** Writes a person; answers their id. */
export async function insertPerson(db: Db, overrides: Pick<Row<'people'>, 'employer_id'> & Partial<Row<'people'>>): Promise<string> {
  const row = newPerson(overrides);
  await db.kysely.insertInto('people').values(row).execute();
  return row.id;
}

/** A pending offer with no figures and no deadline. */
export function newOffer(overrides: Pick<Row<'offers'>, 'opportunity_id'> & Partial<Row<'offers'>>): Row<'offers'> {
  return {
    id: uuidv7(),
    owner_id: LOCAL_USER_ID,
    base_pay: null,
    currency: null,
    pay_period: null,
    bonus: '',
    equity: '',
    benefits: '',
    start_date: null,
    location: '',
    remote_policy: null,
    deadline: null,
    status: 'pending',
    notes: '',
    created_at: STAMP,
    updated_at: STAMP,
    ...overrides,
  };
}

/** Writes an offer; answers its id. */
export async function insertOffer(db: Db, overrides: Pick<Row<'offers'>, 'opportunity_id'> & Partial<Row<'offers'>>): Promise<string> {
  const row = newOffer(overrides);
  await db.kysely.insertInto('offers').values(row).execute();
  return row.id;
}
