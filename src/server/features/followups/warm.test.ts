import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../../core/dates.js';
import { LOCAL_USER_ID, type Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { createTestDb, DIALECTS } from '../../../../test/support/db.js';
import { nextActionsCacheFor } from './next-actions.js';
import { warmNextActions } from './warm.js';
import { insertEmployer, insertOpportunity } from '../../../../test/factories.js';

describe.each(DIALECTS)('warming the next actions at start on %s', (dialect) => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb(dialect);
    const employer = await insertEmployer(db, { owner_id: LOCAL_USER_ID, name: 'Acme' });
    await insertOpportunity(db, {
      owner_id: LOCAL_USER_ID,
      employer_id: employer,
      stage: 'applied',
      next_action: 'Call Ana',
      next_action_due: '2026-03-10',
    });
  });
  afterAll(() => db.close());

  it("reads the local user's data once in the background, so the first request only ranks it", async () => {
    const cache = nextActionsCacheFor({ db } as Ctx);
    expect(cache.partLoads.size).toBe(0);
    await warmNextActions(db, 0);
    const loaded = new Map(cache.partLoads);
    expect(loaded.get('opportunities')).toBe(1);
    expect(loaded.get('interviews')).toBe(1);

    // Another zone (the browser's): ranked again from the warm parts, nothing read.
    const ctx: Ctx = { db, actor: { userId: LOCAL_USER_ID }, now: () => new Date() };
    const list = await cache.get(ctx, localDate(ctx.now(), 'Pacific/Kiritimati'), 'Pacific/Kiritimati');
    expect(list.agenda.items.map((i) => i.title)).toEqual(['Call Ana']);
    expect(new Map(cache.partLoads)).toEqual(loaded);
  });
});
