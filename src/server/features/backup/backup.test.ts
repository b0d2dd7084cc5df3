import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { STAGES, type CreateOpportunity } from '../../../contracts/opportunities.js';
import { LOCAL_USER_ID, type Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { createOpportunity, setArchived, updateOpportunity } from '../opportunities/service.js';
import { updateSettings } from '../settings/service.js';
import { BackupError, parseBackup } from './format.js';
import { exportBackup, importBackup } from './service.js';
import { createTestDb, DIALECTS } from '../../../../test/support/db.js';

const ctxOf = (db: Db, at = '2026-11-25T10:00:00.000Z'): Ctx => ({ db, actor: { userId: LOCAL_USER_ID }, now: () => new Date(at) });

const opportunityArb: fc.Arbitrary<CreateOpportunity & { later: (typeof STAGES)[number]; archive: boolean }> = fc.record({
  employerName: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
  roleTitle: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
  location: fc.option(fc.constantFrom('Lisbon', 'Zürich', 'São Paulo', '東京'), { nil: null }),
  remotePolicy: fc.option(fc.constantFrom('onsite' as const, 'hybrid' as const, 'remote' as const), { nil: null }),
  salaryMin: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
  salaryMax: fc.option(fc.integer({ min: 50_000, max: 900_000 }), { nil: null }),
  jobDescription: fc.string({ maxLength: 300 }),
  stage: fc.constantFrom(...STAGES),
  nextAction: fc.option(
    fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim().length > 0),
    { nil: null },
  ),
  nextActionDue: fc.option(fc.constantFrom('2026-11-30', '2027-01-15', '2026-02-28'), { nil: null }),
  excitement: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  later: fc.constantFrom(...STAGES),
  archive: fc.boolean(),
});

async function fill(ctx: Ctx, items: (CreateOpportunity & { later: (typeof STAGES)[number]; archive: boolean })[]) {
  for (const { later, archive, ...input } of items) {
    const { opportunity } = await createOpportunity(ctx, {
      ...input,
      employerName: input.employerName.trim(),
      roleTitle: input.roleTitle.trim(),
      nextAction: input.nextAction?.trim() ?? null,
    });
    await updateOpportunity(ctx, opportunity.id, { stage: later });
    if (archive) await setArchived(ctx, opportunity.id, true);
  }
  await updateSettings(ctx, { pipelineTarget: 4 });
}

describe.each(DIALECTS)('backup on %s', { timeout: 120_000 }, (dialect) => {
  const open: Db[] = [];
  const fresh = async () => {
    const db = await createTestDb(dialect);
    open.push(db);
    return db;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.close()));
  });

  it('export → import → export gives the same file for generated data', async () => {
    const samples = fc.sample(fc.array(opportunityArb, { minLength: 1, maxLength: 8 }), { numRuns: 4, seed: 20261125 });
    const source = ctxOf(await fresh());
    const target = ctxOf(await fresh());
    const empty = await exportBackup(source);
    for (const items of samples) {
      await importBackup(source, empty, { replace: true });
      await fill(source, items);
      const first = await exportBackup(source);
      await importBackup(target, parseBackup(JSON.stringify(first)), { replace: true });
      const second = await exportBackup(target);
      expect(second).toEqual(first);
      expect(second.tables.opportunities).toHaveLength(items.length);
    }
  });

  it('refuses to import into a database that holds data, unless replacing', async () => {
    const ctx = ctxOf(await fresh());
    await fill(ctx, fc.sample(opportunityArb, { numRuns: 2, seed: 7 }));
    const backup = await exportBackup(ctx);
    await expect(importBackup(ctx, backup, { replace: false })).rejects.toThrow(/already holds data/);
    await importBackup(ctx, { ...backup, tables: { ...backup.tables, opportunities: [], opportunity_events: [] } }, { replace: true });
    expect((await exportBackup(ctx)).tables.opportunities).toEqual([]);
  });
});

describe('parseBackup', () => {
  const minimal = {
    format: 'offerbook-backup',
    version: 1,
    schemaVersion: '0001_initial',
    exportedAt: '2026-11-25T10:00:00.000Z',
    tables: { employers: [], opportunities: [], opportunity_events: [], settings: [] },
  };
  const fails = (value: unknown) => {
    try {
      parseBackup(typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    } catch (err) {
      expect(err).toBeInstanceOf(BackupError);
      return (err as BackupError).message;
    }
    throw new Error('expected the backup to be refused');
  };

  it('accepts an empty backup', () => {
    expect(parseBackup(JSON.stringify(minimal)).tables.opportunities).toEqual([]);
  });

  it('names the line and column of a syntax error', () => {
    expect(fails('{\n  "format": "offerbook-backup",\n  "version": 1,,\n}')).toMatch(/line 3, column 16/);
  });

  it('names the JSON path of a bad value', () => {
    const employer = {
      id: '01a21475-826b-785a-87b5-cc59b0ad224f',
      name: 'A',
      name_key: 'a',
      created_at: '2026-11-25T10:00:00.000Z',
      updated_at: '2026-11-25T10:00:00.000Z',
    };
    expect(fails({ ...minimal, tables: { ...minimal.tables, employers: [employer, { ...employer, id: 'x' }] } })).toMatch(
      /^\$\.tables\.employers\[1\]\.id: must be a UUID/,
    );
  });

  it('names an unknown field', () => {
    expect(fails({ ...minimal, extra: true })).toMatch(/^\$\.extra: is not a known field/);
  });

  it('refuses another format or a newer version', () => {
    expect(fails({ ...minimal, format: 'huntr' })).toMatch(/\$\.format/);
    expect(fails({ ...minimal, version: 2 })).toMatch(/\$\.version/);
  });

  it('refuses a row that refers to a missing parent', () => {
    const opportunity = {
      id: '01a21475-8267-70c5-b9ab-ea22b45dbf7a',
      employer_id: '01a21475-826b-785a-87b5-cc59b0ad224f',
      role_title: 'R',
      location: null,
      remote_policy: null,
      source_url: null,
      salary_min: null,
      salary_max: null,
      salary_currency: null,
      salary_period: null,
      job_description: '',
      stage: 'lead',
      next_action: null,
      next_action_due: null,
      excitement: null,
      archived_at: null,
      stage_changed_at: '2026-11-25T10:00:00.000Z',
      created_at: '2026-11-25T10:00:00.000Z',
      updated_at: '2026-11-25T10:00:00.000Z',
    };
    expect(fails({ ...minimal, tables: { ...minimal.tables, opportunities: [opportunity] } })).toMatch(
      /opportunities\[0\]\.employer_id: refers to a missing employers row/,
    );
  });
});
