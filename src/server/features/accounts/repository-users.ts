import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { UsersTable } from '../../db/schema.js';

type UserRow = Selectable<UsersTable>;

/** An account by id; only server-mode accounts have an email (the local user has none and is left out). */
export function findAccount(db: Db, id: string): Promise<UserRow | undefined> {
  return db.kysely.selectFrom('users').selectAll().where('id', '=', id).where('email', 'is not', null).executeTakeFirst();
}

/** An account by its email (normalised by the caller). */
export function findAccountByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.kysely.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

/** Every account (server mode), oldest first. */
export function listAccounts(db: Db): Promise<UserRow[]> {
  return db.kysely.selectFrom('users').selectAll().where('email', 'is not', null).orderBy('created_at').orderBy('id').execute();
}

/** Inserts an account. */
export async function insertAccount(db: Db, row: UserRow): Promise<void> {
  await db.kysely.insertInto('users').values(row).execute();
}

/** Writes the given columns of an account. */
export async function updateAccount(db: Db, id: string, changes: Updateable<UsersTable>): Promise<void> {
  await db.kysely.updateTable('users').set(changes).where('id', '=', id).execute();
}

/** Sets an account's password hash. */
export async function setPasswordHash(db: Db, id: string, passwordHash: string): Promise<void> {
  await db.kysely.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

/** What deleting an account checks of it: role, password and whether it is disabled (server-mode accounts only). */
export function accountForDeletion(db: Db, id: string) {
  return db.kysely
    .selectFrom('users')
    .select(['id', 'role', 'password_hash', 'disabled_at'])
    .where('id', '=', id)
    .where('email', 'is not', null)
    .executeTakeFirst();
}

/** An account's id and role by its email (normalised by the caller), for deleting it from the command line. */
export function accountRoleByEmail(db: Db, email: string) {
  return db.kysely.selectFrom('users').select(['id', 'role']).where('email', '=', email).executeTakeFirst();
}

/** Whether an active admin account other than `id` exists. */
export async function hasOtherActiveAdmin(db: Db, id: string): Promise<boolean> {
  const other = await db.kysely
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .where('id', '!=', id)
    .executeTakeFirst();
  return other !== undefined;
}
