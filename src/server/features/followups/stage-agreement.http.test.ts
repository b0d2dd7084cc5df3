import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUps, NextActions } from '../../../contracts/followups.js';
import { STAGES } from '../../../contracts/values.js';
import { checkInsApply, thankYousApply } from '../../../core/followup/stages.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { addOpportunity, addPerson, insertInterview } from '../../../../test/factories.js';

// Thursday 12 March 2026, 12:00 UTC: the second interview ended an hour ago (its thank-you is due), the first one's has passed.
const NOW = new Date('2026-03-12T12:00:00.000Z');
const ZONE = 'timeZone=Europe%2FBerlin';

describe.each(DIALECTS)('the Follow-ups tab and Next actions agree at every stage, on %s', (dialect) => {
  let t: TestApp;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => NOW });
    for (const stage of STAGES) {
      const id = (await addOpportunity(t, `Employer ${stage}`, { stage })).id;
      const person = await addPerson(t, id, `Ana ${stage}`, `ana.${stage}@example.test`);
      // One interview eight days ago (its thank-you's moment has passed) and one that ended an hour ago.
      await insertInterview(t.db, {
        opportunityId: id,
        startsAt: '2026-03-04T09:00:00.000Z',
        durationMinutes: 60,
        conversations: [{ startsAt: '2026-03-04T09:00:00.000Z', durationMinutes: 60, personIds: [person] }],
      });
      await insertInterview(t.db, {
        opportunityId: id,
        startsAt: '2026-03-12T10:00:00.000Z',
        durationMinutes: 60,
        conversations: [{ startsAt: '2026-03-12T10:00:00.000Z', durationMinutes: 60, personIds: [person] }],
      });
      ids.set(stage, id);
    }
  });
  afterAll(() => t.close());

  it.each(STAGES)(
    'at %s, the thank-yous due and the next check-in on the tab are on Next actions with the same due time',
    async (stage) => {
      const id = ids.get(stage)!;
      const tab = (await t.request({ method: 'GET', url: `/api/opportunities/${id}/follow-ups?${ZONE}` })).json<FollowUps>();
      const list = (await t.request({ method: 'GET', url: `/api/next-actions?today=2026-03-12&${ZONE}&limit=500` })).json<NextActions>();
      const listed = new Map(
        list.items.filter((i) => i.opportunityId === id && (i.kind === 'thank-you' || i.kind === 'check-in')).map((i) => [i.id, i.dueAt]),
      );

      const dueOnTab = [
        ...tab.thankYous.filter((n) => ['due', 'late', 'overdue'].includes(n.status)).map((n) => [n.id, n.dueAt] as const),
        // Next actions lists the next check-in only, due or not yet.
        ...tab.checkIns
          .filter((c) => c.status === 'due' || c.status === 'upcoming')
          .slice(0, 1)
          .map((c) => [c.id, c.dueAt] as const),
      ];
      for (const [itemId, dueAt] of dueOnTab) expect(listed.get(itemId), `${stage}: ${itemId}`).toBe(dueAt);
      expect(dueOnTab.length, stage).toBe(listed.size);

      // And the rule decides what there is at all.
      expect(tab.thankYous.length > 0, `${stage} thank-yous`).toBe(thankYousApply(stage));
      expect(tab.thankYous.filter((n) => n.status === 'passed').length, `${stage} passed`).toBe(thankYousApply(stage) ? 1 : 0);
      expect(tab.checkIns.length > 0, `${stage} check-ins`).toBe(checkInsApply(stage));
    },
  );
});
