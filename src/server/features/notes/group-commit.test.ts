import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../core/ids.js';
import type { Db } from '../../db/connect.js';
import { createTestDb, DIALECTS } from '../../../../test/support/db.js';
import { durableWrite } from './group-commit.js';

describe.each(DIALECTS)('durable writes grouped into one commit on %s', (dialect) => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb(dialect);
  });
  afterAll(() => db.close());

  const addUser = (trx: Db, id: string) =>
    trx.kysely.insertInto('users').values({ id, display_name: id, is_local: 0, created_at: '2026-03-02T09:00:00.000Z' }).execute();
  const users = async (ids: string[]) =>
    (await db.kysely.selectFrom('users').select('id').where('id', 'in', ids).execute()).map((r) => r.id).sort();

  it('runs writes that arrive together, rolling back only the one that failed after writing', async () => {
    const [a, b, c, d] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const results = await Promise.allSettled([
      durableWrite(db, async (trx) => (await addUser(trx, a), 'a')),
      durableWrite(db, async (trx) => {
        await addUser(trx, b);
        throw new Error('b failed after writing');
      }),
      durableWrite(db, async (trx) => (await addUser(trx, c), 'c')),
      durableWrite(db, async (trx) => {
        await addUser(trx, d);
        await addUser(trx, d); // a duplicate key: the database refuses it
        return 'd';
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect(results[0]).toMatchObject({ value: 'a' });
    expect(results[1]).toMatchObject({ reason: new Error('b failed after writing') });
    expect(await users([a, b, c, d])).toEqual([a, c].sort());
  });

  // Only SQLite groups writes; on PostgreSQL each runs in its own transaction, concurrently, so a
  // later write need not see an earlier one that has not committed yet.
  it.runIf(dialect === 'sqlite')('sees the earlier writes of the same group', async () => {
    const id = uuidv7();
    const [, seen] = await Promise.all([
      durableWrite(db, (trx) => addUser(trx, id)),
      durableWrite(db, async (trx) => (await trx.kysely.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst())?.id),
    ]);
    expect(seen).toBe(id);
  });
});
