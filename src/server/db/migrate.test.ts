import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, MIGRATIONS } from './migrate.js';
import { createTestDb, DIALECTS } from '../../../test/support/db.js';

describe.each(DIALECTS)('migrations on an empty %s database', (dialect) => {
  it('run every migration once, create the owned tables with owner_id, and are a no-op the second time', async () => {
    const db = await createTestDb(dialect, { migrate: false });
    try {
      expect(await migrateToLatest(db.kysely)).toEqual(Object.keys(MIGRATIONS));
      expect(await migrateToLatest(db.kysely)).toEqual([]);
      const tables = await db.kysely.introspection.getTables();
      const byName = new Map(tables.map((t) => [t.name, t.columns.map((c) => c.name)]));
      for (const owned of ['employers', 'opportunities', 'opportunity_events', 'settings']) {
        expect(byName.get(owned), owned).toContain('owner_id');
      }
      const local = await sql<{ n: number }>`select count(*) as n from users where is_local = 1`.execute(db.kysely);
      expect(Number(local.rows[0]?.n)).toBe(1);
    } finally {
      await db.close();
    }
  });
});
