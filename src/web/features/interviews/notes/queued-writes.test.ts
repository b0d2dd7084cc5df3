import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/support/app.js';
import { DIALECTS } from '../../../../../test/support/db.js';
import { openOutbox } from './outbox.js';
import { askedWrite, settleQueued, writesToSend } from './queued-writes.js';
import { NotesSync } from './sync.js';
import { TestNetwork } from './test-network.js';
import { insertInterviewDay, type InterviewFixture } from '../../../../../test/factories.js';
import { eventually } from '../../../../../test/support/eventually.js';

describe('the rules of queued writes', () => {
  const first = askedWrite('i1', 'q1', true, 1000);
  const second = askedWrite('i1', 'q1', false, 2000);

  it('removes a write only when the server confirmed that very write', () => {
    expect(settleQueued(first, first, null)).toEqual({ remove: first.key });
    // A newer change of the same question was queued while the first one was on its way: it stays, to go next.
    expect(settleQueued(second, first, null)).toEqual({});
    expect(settleQueued(undefined, first, null)).toEqual({});
  });

  it('keeps a refused write with the reason (not sent again until changed)', () => {
    expect(settleQueued(first, first, 'Question not found')).toEqual({ put: { ...first, failure: 'Question not found' } });
    expect(writesToSend([{ ...first, failure: 'Question not found' }], new Set())).toEqual([]);
  });

  it('sends the oldest first, skipping what is in flight', () => {
    const other = askedWrite('i1', 'q2', true, 1500);
    expect(writesToSend([second, other, askedWrite('i1', 'q3', true, 500)], new Set(['plan-item:q3:asked'])).map((w) => w.key)).toEqual([
      other.key,
      second.key,
    ]);
  });
});

describe.each(DIALECTS)('ticks queued in the notes outbox, against the real server on %s', (dialect) => {
  let t: TestApp;
  let day: InterviewFixture;
  let items: { id: string; text: string; asked: boolean }[] = [];
  let dbCount = 0;
  const engines: NotesSync[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    day = await insertInterviewDay(t.db);
    for (const text of ['Who owns the roadmap?', 'How is on-call shared?']) {
      await t.request({ method: 'POST', url: `/api/opportunities/${day.opportunityId}/question-plan/items`, payload: { text } });
    }
    items = await plan();
  });
  afterAll(() => t.close());
  afterEach(() => {
    for (const e of engines.splice(0)) e.stop();
  });

  async function plan() {
    return (await t.request({ method: 'GET', url: `/api/opportunities/${day.opportunityId}/question-plan` })).json<{
      items: { id: string; text: string; asked: boolean }[];
    }>().items;
  }
  const askedOf = async (id: string) => (await plan()).find((i) => i.id === id)?.asked;

  function engine(net: TestNetwork, name: string): NotesSync {
    const e = new NotesSync({
      interviewId: day.interviewId,
      outbox: openOutbox(name),
      fetch: net.fetch,
      events: new EventTarget(),
      locks: null,
      backoffMs: [20, 40],
      refreshMs: 60_000,
    });
    engines.push(e);
    e.start();
    return e;
  }

  it('keeps a tick made offline on the device, through a reload, and sends it once the server is back', async () => {
    const net = new TestNetwork(t);
    net.mode = 'down';
    const name = `ticks-${dialect}-${++dbCount}`;
    const e = engine(net, name);
    await e.queue(askedWrite(day.interviewId, items[0]!.id, true));
    expect(e.writes.getSnapshot().get(`plan-item:${items[0]!.id}:asked`)?.body).toEqual({ asked: true });
    expect(e.busy).toBe(true);
    // The page reloads while still offline: the tick is still there.
    e.stop();
    const again = engine(net, name);
    await eventually(() => expect(again.writes.getSnapshot().size).toBe(1));
    expect(await askedOf(items[0]!.id)).toBe(false);
    net.mode = 'up';
    await eventually(async () => expect(await askedOf(items[0]!.id)).toBe(true), { timeout: 5000 });
    await eventually(() => expect(again.writes.getSnapshot().size).toBe(0));
    expect(await (await openOutbox(name)).writes()).toEqual([]);
    expect(await askedOf(items[1]!.id)).toBe(false);
  });

  it('sends the last of several changes to one question, and leaves the other fields alone', async () => {
    const net = new TestNetwork(t);
    net.mode = 'down';
    const e = engine(net, `ticks-${dialect}-${++dbCount}`);
    await e.queue(askedWrite(day.interviewId, items[1]!.id, true, 1));
    await e.queue(askedWrite(day.interviewId, items[1]!.id, false, 2));
    await e.queue(askedWrite(day.interviewId, items[1]!.id, true, 3));
    expect(e.writes.getSnapshot().size).toBe(1);
    // Meanwhile the question's wording changes on another device.
    await t.request({
      method: 'PATCH',
      url: `/api/question-plan-items/${items[1]!.id}`,
      payload: { text: 'How is on-call shared across teams?' },
    });
    net.mode = 'up';
    await eventually(() => expect(e.writes.getSnapshot().size).toBe(0), { timeout: 5000 });
    expect((await plan()).find((i) => i.id === items[1]!.id)).toMatchObject({ asked: true, text: 'How is on-call shared across teams?' });
  });

  it('keeps a write the server refuses, with its reason, and sends the others', async () => {
    const net = new TestNetwork(t);
    const e = engine(net, `ticks-${dialect}-${++dbCount}`);
    const gone = askedWrite(day.interviewId, '01900000-0000-7000-8000-000000000000', true, 1);
    await e.queue(gone);
    await e.queue(askedWrite(day.interviewId, items[0]!.id, false, 2));
    await eventually(async () => expect(await askedOf(items[0]!.id)).toBe(false), { timeout: 5000 });
    await eventually(() => expect(e.writes.getSnapshot().get(gone.key)?.failure).toBeTruthy());
    await eventually(() => expect([...e.writes.getSnapshot().keys()]).toEqual([gone.key]));
    // A refused write waits for the user, not the server: nothing keeps the engine busy.
    expect(e.writes.busy).toBe(false);
  });
});
