import { sql } from 'kysely';
import type { Db } from '../../src/server/db/connect.js';

/** Every table with an owner_id column, from the database's own catalogue (a new owned table is found the day it exists). */
export async function ownedTableNames(db: Db): Promise<string[]> {
  return db.dialect === 'sqlite'
    ? (
        await sql<{
          name: string;
        }>`select m.name from sqlite_master m where m.type = 'table' and exists (select 1 from pragma_table_info(m.name) where name = 'owner_id') order by m.name`.execute(
          db.kysely,
        )
      ).rows.map((r) => r.name)
    : (
        await sql<{
          table_name: string;
        }>`select table_name from information_schema.columns where table_schema = current_schema() and column_name = 'owner_id' order by table_name`.execute(
          db.kysely,
        )
      ).rows.map((r) => r.table_name);
}
