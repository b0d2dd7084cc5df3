import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Concern, Interview } from '../../../contracts/interviews.js';
import type { PutNote, PutNoteResult } from '../../../contracts/notes.js';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { SearchHit } from '../../../contracts/search.js';
import { uuidv7 } from '../../../core/ids.js';
import { LOCAL_USER_ID, type Ctx } from '../../auth/actor.js';
import { exportBackup, importBackup } from '../backup/service.js';
import { createConcern } from '../interviews/concerns.js';
import { createInterview } from '../interviews/service.js';
import { putNote } from '../notes/service.js';
import { createOpportunity } from '../opportunities/service.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { api, insertUser } from '../../../../test/factories.js';

describe.each(DIALECTS)('searching interviews, notes and concerns over HTTP on %s', (dialect) => {
  let t: TestApp;
  let opp: Opportunity;
  let interview: Interview;
  let client: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    client = api(t);
    opp = await client.opportunity('Borealis Shipping', 'Platform Engineer');
    interview = await client.interview(opp.id, { kind: 'onsite', title: 'Architecture deep dive', location: 'Harbour office, level 3' });
  });
  afterAll(() => t.close());

  const search = async (q: string) => {
    const res = await t.request({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}` });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: SearchHit[] }>().items;
  };
  const ids = async (q: string) => (await search(q)).map((h) => h.id).sort();
  const note = (text: string, overrides: Partial<PutNote> = {}): PutNote => ({
    interviewId: interview.id,
    conversationId: null,
    text,
    baseRevision: 0,
    writtenAt: '2026-03-03T14:05:00.000Z',
    ...overrides,
  });
  const put = async (id: string, payload: PutNote) => {
    const res = await t.request({ method: 'PUT', url: `/api/notes/${id}`, payload });
    expect([200, 201]).toContain(res.statusCode);
    return res.json<PutNoteResult>();
  };

  it('finds an interview by its title, kind and place, leading to the interview', async () => {
    const hits = await search('deep dive');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      kind: 'interview',
      id: interview.id,
      interviewId: interview.id,
      opportunityId: opp.id,
      employerId: opp.employerId,
      title: 'Architecture deep dive at Borealis Shipping',
    });
    expect(hits[0]!.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(expect.arrayContaining(['deep', 'dive']));
    expect(await ids('harbour')).toEqual([interview.id]);
    expect(await ids('on-site')).toEqual([interview.id]);
  });

  it('follows an edit of the interview', async () => {
    const res = await t.request({
      method: 'PATCH',
      url: `/api/interviews/${interview.id}`,
      payload: { location: 'Video link', title: 'System design round' },
    });
    expect(res.statusCode).toBe(200);
    expect(await search('harbour')).toEqual([]);
    expect((await search('system design'))[0]).toMatchObject({ id: interview.id, title: 'System design round at Borealis Shipping' });
  });

  it('finds a note saved with PUT /api/notes/:id, follows its edits and forgets it once deleted', async () => {
    const id = uuidv7();
    await put(id, note('They deploy everything on Kubernetes clusters'));
    const [hit, ...rest] = await search('kubernetes');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      kind: 'note',
      id,
      interviewId: interview.id,
      opportunityId: opp.id,
      title: 'System design round at Borealis Shipping',
    });
    expect(hit!.snippet.map((p) => p.text).join('')).toContain('They deploy everything on');
    expect(hit!.snippet.find((p) => p.match)?.text).toBe('Kubernetes');

    await put(id, note('They deploy everything on Nomad now', { baseRevision: 1 }));
    expect(await search('kubernetes')).toEqual([]);
    expect(await ids('nomad')).toEqual([id]);

    await put(id, note('They deploy everything on Nomad now', { baseRevision: 2, deleted: true }));
    expect(await search('nomad')).toEqual([]);
    // Undoing the delete brings the note back into search.
    await put(id, note('They deploy everything on Nomad now', { baseRevision: 3, deleted: false }));
    expect(await ids('nomad')).toEqual([id]);
  });

  it('indexes a conflict copy as a note of its own', async () => {
    const id = uuidv7();
    await put(id, note('Team of eight engineers'));
    await put(id, note('Team of eight engineers and two cartographers', { baseRevision: 1 }));
    const stale = await put(id, note('Team of eight engineers and a product owner', { baseRevision: 1 }));
    expect(stale.conflict).not.toBeNull();
    expect(await ids('cartographers')).toEqual([id]);
    expect(await ids('"product owner"')).toEqual([stale.conflict!.id]);
  });

  it('indexes every note of a batch saved at once (one transaction on SQLite)', async () => {
    const written = Array.from({ length: 6 }, () => uuidv7());
    await Promise.all(written.map((id, i) => put(id, note(`Batch word quokka number ${i}`))));
    expect(await ids('quokka')).toEqual([...written].sort());
  });

  it('does not index a note whose save was refused', async () => {
    const res = await t.request({
      method: 'PUT',
      url: `/api/notes/${uuidv7()}`,
      payload: note('Refused wombat', { conversationId: uuidv7() }),
    });
    expect(res.statusCode).toBe(404);
    expect(await search('wombat')).toEqual([]);
  });

  it('finds concerns from a ! note and added directly, with how they were addressed, leading to the opportunity', async () => {
    await put(uuidv7(), note('! Worried about the on-call rota'));
    const [fromNote] = (await search('rota')).filter((h) => h.kind === 'concern');
    expect(fromNote).toMatchObject({
      kind: 'concern',
      opportunityId: opp.id,
      interviewId: interview.id,
      title: 'Platform Engineer at Borealis Shipping',
    });

    const direct = await client.concern(opp.id, { text: 'Unsure about relocation support' });
    expect(await ids('relocation')).toEqual([direct.id]);
    const patched = await t.request({
      method: 'PATCH',
      url: `/api/concerns/${direct.id}`,
      payload: { status: 'addressed', howAddressed: 'Explained the visa sponsorship package' },
    });
    expect(patched.statusCode).toBe(200);
    const [hit] = await search('sponsorship');
    expect(hit).toMatchObject({ kind: 'concern', id: direct.id, opportunityId: opp.id, interviewId: null });
    expect((await t.request({ method: 'DELETE', url: `/api/concerns/${direct.id}` })).statusCode).toBe(204);
    expect(await search('sponsorship')).toEqual([]);
  });

  it('hides an interview with its notes and concerns while deleted, and brings them back on undo', async () => {
    const other = await client.interview(opp.id, { title: 'Culture chat' });
    const noteId = uuidv7();
    await put(noteId, note('Mentioned the pelican mascot', { interviewId: other.id }));
    const concern: Concern = await client.concern(opp.id, { text: 'Pelican budget unclear', interviewId: other.id });
    expect((await search('pelican')).map((h) => h.kind).sort()).toEqual(['concern', 'note']);

    expect((await t.request({ method: 'DELETE', url: `/api/interviews/${other.id}` })).statusCode).toBe(200);
    expect(await search('pelican')).toEqual([]);
    expect(await search('culture')).toEqual([]);
    const stored = await t.db.kysely
      .selectFrom('search_documents')
      .select('ref_id')
      .where('ref_id', 'in', [other.id, noteId, concern.id])
      .execute();
    expect(stored).toEqual([]);

    expect((await t.request({ method: 'POST', url: `/api/interviews/${other.id}/restore` })).statusCode).toBe(200);
    expect(await ids('pelican')).toEqual([noteId, concern.id].sort());
    expect(await ids('culture')).toEqual([other.id]);
  });

  it("never finds another owner's interviews, notes or concerns", async () => {
    const ownerId = await insertUser(t.db);
    const ctx: Ctx = { db: t.db, actor: { userId: ownerId }, now: () => new Date() };
    const { opportunity } = await createOpportunity(ctx, { employerName: 'Secret Ltd', roleTitle: 'Hidden role' });
    const { interview: their } = await createInterview(ctx, opportunity.id, {
      kind: 'video',
      title: 'Narwhal interview',
      startsAt: '2026-03-03T14:00:00.000Z',
      timeZone: 'UTC',
      durationMinutes: 30,
    });
    await putNote(ctx, uuidv7(), { ...note('Narwhal secrets'), interviewId: their.id });
    await createConcern(ctx, opportunity.id, { text: 'Narwhal concern', interviewId: their.id });
    expect(
      await t.db.kysely
        .selectFrom('search_documents')
        .select('kind')
        .where('owner_id', '=', ownerId)
        .where('kind', 'in', ['interview', 'note', 'concern'])
        .execute(),
    ).toHaveLength(3);
    expect(await search('narwhal')).toEqual([]);
  });

  it('drops what belonged to a deleted opportunity', async () => {
    const gone = await client.opportunity('Vanishing Co', 'Analyst');
    const their = await client.interview(gone.id, { title: 'Axolotl screen' });
    await put(uuidv7(), note('Axolotl tank in the lobby', { interviewId: their.id }));
    await client.concern(gone.id, { text: 'Axolotl care rota' });
    expect(await search('axolotl')).toHaveLength(3);
    expect((await t.request({ method: 'DELETE', url: `/api/opportunities/${gone.id}` })).statusCode).toBe(204);
    expect(await search('axolotl')).toEqual([]);
    expect(await t.db.kysely.selectFrom('search_documents').select('kind').where('opportunity_id', '=', gone.id).execute()).toEqual([]);
  });

  it('keeps interviews, notes and concerns findable across a backup export and import', async () => {
    const ctx: Ctx = { db: t.db, actor: { userId: LOCAL_USER_ID }, now: () => new Date() };
    const documents = () =>
      t.db.kysely
        .selectFrom('search_documents')
        .select(['kind', 'ref_id', 'opportunity_id', 'title', 'body'])
        .where('owner_id', '=', LOCAL_USER_ID)
        .orderBy('kind')
        .orderBy('ref_id')
        .execute();
    const before = await documents();
    const file = await exportBackup(ctx);
    expect(Object.keys(file.tables)).not.toContain('search_documents');
    await importBackup(ctx, file, { replace: true });
    expect(await documents()).toEqual(before);
    const again = await exportBackup(ctx);
    expect({ ...again, exportedAt: file.exportedAt }).toEqual(file);
    expect(await ids('nomad')).toHaveLength(1);
    expect((await search('pelican')).map((h) => h.kind).sort()).toEqual(['concern', 'note']);
  });
});
