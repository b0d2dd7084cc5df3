import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUps } from '../../../contracts/followups.js';
import { LOCAL_USER_ID, type Ctx } from '../../auth/actor.js';
import { BackupError, parseBackup } from '../backup/format.js';
import { exportBackup, importBackup } from '../backup/service.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { addOpportunity, addPerson, insertInterview } from '../../../../test/factories.js';

const NOW = new Date('2026-03-04T12:00:00.000Z');
const ctxOf = (t: TestApp): Ctx => ({ db: t.db, actor: { userId: LOCAL_USER_ID }, now: () => NOW });

describe.each(DIALECTS)('follow-up backup on %s', { timeout: 120_000 }, (dialect) => {
  let source: TestApp;
  let target: TestApp;
  let opp = '';

  beforeAll(async () => {
    source = await createTestApp(dialect, { now: () => NOW });
    target = await createTestApp(dialect, { now: () => NOW });
    opp = (await addOpportunity(source, 'Acme')).id;
    const maria = await addPerson(source, opp, 'Maria Lopez', 'maria@acme.test');
    const { id: interview } = await insertInterview(source.db, {
      opportunityId: opp,
      startsAt: '2026-03-03T14:00:00.000Z',
      durationMinutes: 60,
      conversations: [{ startsAt: '2026-03-03T14:00:00.000Z', durationMinutes: 60, personIds: [maria] }],
    });
    const edits = [
      [
        `/api/follow-ups/thank-you/${interview}/${maria}`,
        { tone: 'formal', draft: 'Dear Maria,\n\nThank you.\n\nSam', mention: 'your story about the pager rota', sent: true },
      ],
      [`/api/follow-ups/check-in/${opp}/2`, { dismissed: true }],
      ['/api/follow-up-settings', { senderName: 'Sam Doe', rules: { checkInBusinessDaysWithoutDecision: 6 } }],
    ] as const;
    for (const [url, payload] of edits) {
      const res = await source.request({ method: 'PATCH', url, payload });
      expect(res.statusCode, res.body).toBe(200);
    }
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  const followUps = async (t: TestApp) =>
    (await t.request({ method: 'GET', url: `/api/opportunities/${opp}/follow-ups?timeZone=UTC` })).json<FollowUps>();

  it('exports the follow-up state and rules, and an import restores the same follow-ups', async () => {
    const file = await exportBackup(ctxOf(source));
    expect(file.tables.follow_ups.map((r) => [r.kind, r.sequence, r.tone, r.sent_at, r.dismissed_at !== null])).toEqual(
      expect.arrayContaining([
        ['thank-you', 0, 'formal', NOW.toISOString(), false],
        ['check-in', 2, null, null, true],
      ]),
    );
    expect(file.tables.follow_up_settings).toEqual([
      { rules: '{"checkInBusinessDaysWithoutDecision":6}', sender_name: 'Sam Doe', updated_at: NOW.toISOString() },
    ]);
    await importBackup(ctxOf(target), parseBackup(JSON.stringify(file)), { replace: false });
    const restored = await followUps(target);
    expect(restored).toEqual(await followUps(source));
    expect(restored.thankYous[0]).toMatchObject({
      status: 'sent',
      tone: 'formal',
      body: 'Dear Maria,\n\nThank you.\n\nSam',
      mention: 'your story about the pager rota',
    });
    expect(restored.checkIns.find((c) => c.sequence === 2)?.status).toBe('dismissed');
    expect(JSON.stringify(await exportBackup(ctxOf(target)))).toBe(JSON.stringify(file));
  });

  it('reads a backup made before mentions existed (no mention column) as no mention', async () => {
    const file = await exportBackup(ctxOf(source));
    const older = { ...file, tables: { ...file.tables, follow_ups: file.tables.follow_ups.map(({ mention: _mention, ...rest }) => rest) } };
    expect(parseBackup(JSON.stringify(older)).tables.follow_ups.every((r) => r.mention === null)).toBe(true);
  });

  it('refuses a follow-up row that refers to a missing interview, naming where', async () => {
    const file = await exportBackup(ctxOf(source));
    const rows = file.tables.follow_ups.map((r) =>
      r.kind === 'thank-you' ? { ...r, interview_id: '0190a8f0-0000-7000-8000-00000000dead' } : r,
    );
    const index = rows.findIndex((r) => r.kind === 'thank-you');
    expect(() => parseBackup(JSON.stringify({ ...file, tables: { ...file.tables, follow_ups: rows } }))).toThrow(BackupError);
    expect(() => parseBackup(JSON.stringify({ ...file, tables: { ...file.tables, follow_ups: rows } }))).toThrow(
      `$.tables.follow_ups[${index}].interview_id`,
    );
    const badTone = file.tables.follow_ups.map((r) => ({ ...r, tone: 'shouty' }));
    expect(() => parseBackup(JSON.stringify({ ...file, tables: { ...file.tables, follow_ups: badTone } }))).toThrow(
      '$.tables.follow_ups[0].tone',
    );
  });
});
