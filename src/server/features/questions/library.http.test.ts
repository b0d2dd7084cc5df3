import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryQuestion, QuestionLibrary } from '../../../contracts/questions.js';
import { uuidv7 } from '../../../core/ids.js';
import { QUESTIONS_TO_ASK } from '../../../core/library/questions-to-ask/index.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';

describe.each(DIALECTS)('question library over HTTP on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => new Date('2026-11-25T09:00:00Z') });
  });
  afterAll(() => t.close());

  const library = async (query = '') => (await t.request({ method: 'GET', url: `/api/questions${query}` })).json<QuestionLibrary>().items;
  const builtIn = QUESTIONS_TO_ASK[0]!;

  it('lists every built-in question with its purpose and roles', async () => {
    const items = await library();
    expect(items).toHaveLength(QUESTIONS_TO_ASK.length);
    expect(items[0]).toEqual({ ...builtIn, source: 'built-in', basedOn: null, originalText: null });
  });

  it('filters by purpose and role', async () => {
    const items = await library('?purpose=closing&role=recruiter');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((q) => q.purpose === 'closing' && q.roles.includes('recruiter'))).toBe(true);
  });

  it('adds the user own question idempotently with defaults', async () => {
    const id = uuidv7();
    const first = await t.request({ method: 'POST', url: '/api/questions', payload: { id, text: 'How do you review design work?' } });
    expect(first.statusCode).toBe(201);
    expect(first.json<LibraryQuestion>()).toMatchObject({
      id,
      source: 'own',
      purpose: 'day-to-day',
      roles: ['recruiter', 'hiring-manager', 'peer', 'executive'],
      informs: [],
    });
    const again = await t.request({ method: 'POST', url: '/api/questions', payload: { id, text: 'How do you review design work?' } });
    expect(again.statusCode).toBe(200);
    expect((await library()).filter((q) => q.id === id)).toHaveLength(1);
  });

  it('stores an edit of a built-in as the user copy, keeps the id, and restores the built-in on delete', async () => {
    const res = await t.request({
      method: 'PATCH',
      url: `/api/questions/${builtIn.id}`,
      payload: { text: 'Walk me through a usual week for this role?' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<LibraryQuestion>()).toMatchObject({
      id: builtIn.id,
      source: 'edited',
      basedOn: builtIn.id,
      originalText: builtIn.text,
      purpose: builtIn.purpose,
    });
    const second = await t.request({ method: 'PATCH', url: `/api/questions/${builtIn.id}`, payload: { roles: ['peer'] } });
    expect(second.json<LibraryQuestion>()).toMatchObject({ text: 'Walk me through a usual week for this role?', roles: ['peer'] });
    const items = await library();
    expect(items).toHaveLength(QUESTIONS_TO_ASK.length + 1);
    expect(items[0]).toMatchObject({ id: builtIn.id, text: 'Walk me through a usual week for this role?' });
    const rows = await t.db.kysely.selectFrom('user_questions').select(['based_on']).where('based_on', '=', builtIn.id).execute();
    expect(rows).toHaveLength(1);

    expect((await t.request({ method: 'DELETE', url: `/api/questions/${builtIn.id}` })).statusCode).toBe(204);
    expect((await library())[0]).toMatchObject({ id: builtIn.id, text: builtIn.text, source: 'built-in' });
    expect((await t.request({ method: 'DELETE', url: `/api/questions/${builtIn.id}` })).statusCode).toBe(404);
  });

  it('edits and deletes an own question', async () => {
    const q = (
      await t.request({ method: 'POST', url: '/api/questions', payload: { text: 'What would you change here?', purpose: 'challenges' } })
    ).json<LibraryQuestion>();
    const edited = await t.request({ method: 'PATCH', url: `/api/questions/${q.id}`, payload: { informs: ['growth'] } });
    expect(edited.json<LibraryQuestion>()).toMatchObject({
      text: 'What would you change here?',
      purpose: 'challenges',
      informs: ['growth'],
    });
    expect((await t.request({ method: 'DELETE', url: `/api/questions/${q.id}` })).statusCode).toBe(204);
    expect((await library()).some((x) => x.id === q.id)).toBe(false);
  });

  it.each([
    [{ text: '' }, 'text'],
    [{ text: 'ok?', purpose: 'gossip' }, 'purpose'],
    [{ text: 'ok?', roles: [] }, 'roles'],
    [{ text: 'ok?', roles: ['ceo'] }, 'roles.0'],
    [{ text: 'ok?', informs: ['Not A Key'] }, 'informs.0'],
    [{ text: 'ok?', extra: true }, 'extra'],
  ])('refuses a bad question %o naming %s and changes nothing', async (payload, field) => {
    const before = await library();
    const res = await t.request({ method: 'POST', url: '/api/questions', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
    expect(await library()).toEqual(before);
  });

  it('answers 404 for an unknown question id', async () => {
    expect((await t.request({ method: 'PATCH', url: `/api/questions/${uuidv7()}`, payload: { text: 'x?' } })).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url: '/api/questions/no-such-question' })).statusCode).toBe(404);
  });
});
