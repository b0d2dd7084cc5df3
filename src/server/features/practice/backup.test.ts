import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_USER_ID, type Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { parseBackup } from '../backup/format.js';
import { exportBackup, importBackup } from '../backup/service.js';
import { createOpportunity } from '../opportunities/service.js';
import { createAnswer, saveAnswerVersion } from './answers.js';
import { recordRehearsal } from './rehearsals.js';
import { addStory } from './stories.js';
import { createTestDb, DIALECTS } from '../../../../test/support/db.js';

const ctxOf = (db: Db): Ctx => ({ db, actor: { userId: LOCAL_USER_ID }, now: () => new Date('2026-11-25T10:00:00.000Z') });

describe.each(DIALECTS)('practice data in a backup on %s', { timeout: 120_000 }, (dialect) => {
  const open: Db[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.close()));
  });
  const fresh = async () => {
    const db = await createTestDb(dialect);
    open.push(db);
    return ctxOf(db);
  };

  it('export → import → export keeps answers with versions, stories and rehearsals identical', async () => {
    const source = await fresh();
    const { opportunity } = await createOpportunity(source, { employerName: 'Initech', roleTitle: 'Analyst' });
    const { answer } = await createAnswer(source, {
      promptId: 'why-did-you-leave',
      opportunityId: opportunity.id,
      text: 'My manager was useless.',
    });
    await saveAnswerVersion(source, answer.id, { text: 'I wanted a larger scope.', note: 'calmer' });
    await createAnswer(source, { promptId: 'greatest-strength', text: 'I explain trade-offs plainly.' });
    await addStory(source, { title: 'Pipeline rescue', situation: 'Reports were late.', skills: ['SQL', 'Airflow'], numbers: ['7 am'] });
    await recordRehearsal(source, {
      promptId: 'why-did-you-leave',
      opportunityId: opportunity.id,
      answerText: 'I wanted a larger scope.',
      durationSeconds: 12.3,
      selfRating: 4,
      transcribed: true,
    });
    await recordRehearsal(source, { promptId: 'teamwork', answerText: 'Um, we shipped it.', durationSeconds: 4, selfRating: 2 });

    const first = await exportBackup(source);
    expect(first.tables.answers).toHaveLength(2);
    expect(first.tables.answer_versions).toHaveLength(3);
    expect(first.tables.stories).toHaveLength(1);
    expect(first.tables.rehearsals).toHaveLength(2);
    const target = await fresh();
    await importBackup(target, parseBackup(JSON.stringify(first)), { replace: true });
    expect(await exportBackup(target)).toEqual(first);
  });

  it('refuses a backup whose rehearsal holds malformed coach metrics, naming the path', () => {
    const rehearsal = {
      id: '01a21475-826b-785a-87b5-cc59b0ad224f',
      prompt_id: 'teamwork',
      opportunity_id: null,
      answer_text: 'x',
      duration_ms: 1000,
      self_rating: 3,
      note: '',
      transcribed: 0,
      score: 90,
      finding_counts: '{}',
      metrics: '{"words": "many"}',
      created_at: '2026-11-25T10:00:00.000Z',
    };
    const file = {
      format: 'offerbook-backup',
      version: 1,
      schemaVersion: '0003_practice',
      exportedAt: '2026-11-25T10:00:00.000Z',
      tables: { rehearsals: [rehearsal] },
    };
    expect(() => parseBackup(JSON.stringify(file))).toThrow(/rehearsals\[0\]\.metrics: must be coach metrics as JSON/);
  });
});
