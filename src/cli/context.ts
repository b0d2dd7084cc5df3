import { LOCAL_USER_ID, type Ctx } from '../server/auth/actor.js';
import { loadConfig, type Config } from '../server/config.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { openConfiguredDb } from '../server/start.js';

/** Opens the configured database for a CLI command, migrated, as the local user. */
export async function openCliContext(config: Config = loadConfig()): Promise<{ ctx: Ctx; config: Config; close(): Promise<void> }> {
  const db = await openConfiguredDb(config);
  await migrateToLatest(db.kysely);
  return { ctx: { db, actor: { userId: LOCAL_USER_ID }, now: () => new Date() }, config, close: () => db.close() };
}
