import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_USER_ID, type Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { exportBackup, importBackup } from '../backup/service.js';
import { parseBackup } from '../backup/format.js';
import { createOpportunity } from '../opportunities/service.js';
import { addPerson } from '../people/service.js';
import { updateHousekeeping } from './housekeeping.js';
import { createQuestion, updateQuestion } from './library.js';
import { addItem, distribute, setInterviewers, updatePlan } from './plan-service.js';
import { QUESTIONS_TO_ASK } from '../../../core/library/questions-to-ask/index.js';
import { createTestDb, DIALECTS } from '../../../../test/support/db.js';

const ctxOf = (db: Db): Ctx => ({ db, actor: { userId: LOCAL_USER_ID }, now: () => new Date('2026-11-25T10:00:00.000Z') });

describe.each(DIALECTS)('question tables in a backup on %s', { timeout: 120_000 }, (dialect) => {
  const open: Db[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.close()));
  });

  it('export → import → export keeps library edits, plans, interviewers, items and housekeeping', async () => {
    const [a, b] = [await createTestDb(dialect), await createTestDb(dialect)];
    open.push(a, b);
    const source = ctxOf(a);
    const { opportunity } = await createOpportunity(source, { employerName: 'Kestrel', roleTitle: 'Analyst' });
    const { person } = await addPerson(source, { name: 'Ines', role: 'recruiter', opportunityIds: [opportunity.id] });
    await createQuestion(source, { text: 'What surprised you when you joined?' });
    await updateQuestion(source, QUESTIONS_TO_ASK[1]!.id, { text: 'My own wording?' });
    await setInterviewers(source, opportunity.id, { interviewers: [{ personId: person.id, role: 'hiring-manager' }] });
    await addItem(source, opportunity.id, { questionId: QUESTIONS_TO_ASK[1]!.id });
    await addItem(source, opportunity.id, { text: 'Who decides?', interviewerPersonId: person.id });
    await distribute(source, opportunity.id, undefined);
    await updatePlan(source, opportunity.id, { closingLine: 'Any doubts about me?' });
    await updateHousekeeping(source, opportunity.id, {
      nextSteps: 'Call on Friday',
      preferredChannel: 'phone',
      bestContactPersonId: person.id,
    });

    const first = await exportBackup(source);
    for (const table of ['user_questions', 'question_plans', 'question_plan_interviewers', 'housekeeping'] as const)
      expect(first.tables[table]).not.toHaveLength(0);
    expect(first.tables.question_plan_items).toHaveLength(2);
    await importBackup(ctxOf(b), parseBackup(JSON.stringify(first)), { replace: true });
    expect(await exportBackup(ctxOf(b))).toEqual(first);
  });
});
