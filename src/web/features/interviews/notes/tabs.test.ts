import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Note } from '../../../../contracts/notes.js';
import { uuidv7 } from '../../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../../test/support/app.js';
import { DIALECTS } from '../../../../../test/support/db.js';
import { memoryOutbox, openOutbox } from './outbox.js';
import { NotesSync, type NotesSyncOptions } from './sync.js';
import { TestNetwork } from './test-network.js';
import { testLocks } from './test-locks.js';
import type { LockManagerLike } from './leader.js';
import { insertInterviewDay, type InterviewFixture } from '../../../../../test/factories.js';
import { eventually } from '../../../../../test/support/eventually.js';

/**
 * Several tabs of one browser: engines sharing one IndexedDB store (each its own connection, as tabs have), one
 * lock manager and one BroadcastChannel name (Node's BroadcastChannel is the real one). Each tab has its own
 * network, so the test sees which tab sent what.
 */
describe.each(DIALECTS)('notes in several tabs of one browser, against the real server on %s', (dialect) => {
  let t: TestApp;
  let day: InterviewFixture;
  let browsers = 0;
  const engines: NotesSync[] = [];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    day = await insertInterviewDay(t.db);
  });
  afterAll(() => t.close());
  afterEach(() => {
    for (const e of engines.splice(0)) e.stop();
  });

  const serverNotes = async (): Promise<Note[]> =>
    (await t.request({ method: 'GET', url: `/api/interviews/${day.interviewId}/notes` })).json<{ items: Note[] }>().items;

  /** A browser: its store, locks and channel; `tab()` opens a tab in it (started in the order called). */
  function browser() {
    browsers += 1;
    const store = `tabs-${dialect}-${browsers}`;
    const channel = `offerbook-notes-test-${dialect}-${browsers}`;
    const locks: LockManagerLike = testLocks();
    return {
      tab(extra: Partial<NotesSyncOptions> = {}) {
        const net = new TestNetwork(t);
        const sync = new NotesSync({
          interviewId: day.interviewId,
          outbox: openOutbox(store),
          fetch: net.fetch,
          events: new EventTarget(),
          locks,
          channel,
          debounceMs: 60,
          maxWaitMs: 150,
          backoffMs: [30, 60],
          refreshMs: 60_000,
          ...extra,
        });
        engines.push(sync);
        sync.start();
        return { sync, net };
      },
    };
  }
  const loaded = (e: NotesSync) => eventually(() => expect(e.getSnapshot().loaded).toBe(true));
  const status = (e: NotesSync, s: string, timeout = 5000) => eventually(() => expect(e.getSnapshot().status).toBe(s), { timeout });
  const putsFor = (net: TestNetwork, id: string) => net.puts.filter((p) => p.url.endsWith(id));

  it('one tab sends for all: a note typed in another tab reaches the server once, and every tab shows it synced', async () => {
    const b = browser();
    // No longest wait to speak of: the note goes as one body when it is finished (flushNow), however slow the typing.
    const first = b.tab({ maxWaitMs: 60_000, debounceMs: 5_000 });
    await eventually(() => expect(first.sync.leading).toBe(true));
    const second = b.tab();
    await Promise.all([loaded(first.sync), loaded(second.sync)]);
    expect(second.sync.leading).toBe(false);

    const id = uuidv7();
    let text = '';
    for (const ch of 'Typed in the second tab') {
      text += ch;
      await second.sync.edit(id, { text }, day.conversationIds[0]!);
    }
    second.sync.flushNow();
    await status(second.sync, 'synced');
    await status(first.sync, 'synced');

    // Only the leading tab sent, one body, and the server holds one note at its first revision: no conflict copy.
    expect(putsFor(second.net, id)).toEqual([]);
    expect(putsFor(first.net, id).map((p) => [p.body.text, p.body.baseRevision])).toEqual([[text, 0]]);
    const mine = (await serverNotes()).filter((n) => n.id === id || n.conflictOf === id);
    expect(mine.map((n) => [n.text, n.revision, n.conflictOf])).toEqual([[text, 1, null]]);
    // The leading tab shows the note typed elsewhere, as saved.
    expect(first.sync.getSnapshot().notes.find((n) => n.id === id)).toMatchObject({ text, pending: false });
    expect(second.sync.getSnapshot().notes.find((n) => n.id === id)).toMatchObject({ text, pending: false });
  });

  it('typing on in another tab while the leader sends builds on each saved revision: one note, no conflict copy', async () => {
    const b = browser();
    const first = b.tab();
    await eventually(() => expect(first.sync.leading).toBe(true));
    const second = b.tab();
    await Promise.all([loaded(first.sync), loaded(second.sync)]);
    const id = uuidv7();
    let text = '';
    // About a second of typing: the leader sends several times (at most 150 ms apart) while keys keep coming.
    const startedAt = Date.now();
    while (Date.now() - startedAt < 1000) {
      text += 'x';
      await second.sync.edit(id, { text });
      await new Promise((r) => setTimeout(r, 15));
    }
    await status(second.sync, 'synced');
    const sent = putsFor(first.net, id);
    expect(sent.length).toBeGreaterThanOrEqual(3);
    // Each body built on the revision the one before it saved.
    expect(sent.map((p) => p.body.baseRevision)).toEqual(sent.map((_, i) => i));
    const mine = (await serverNotes()).filter((n) => n.id === id || n.conflictOf === id);
    expect(mine.map((n) => [n.text, n.revision, n.conflictOf])).toEqual([[text, sent.length, null]]);
  });

  it('shows "saved on this device" in every tab while the sender cannot reach the server, and a waiting tab takes over when the sender closes', async () => {
    const b = browser();
    const first = b.tab();
    await eventually(() => expect(first.sync.leading).toBe(true));
    const second = b.tab();
    await Promise.all([loaded(first.sync), loaded(second.sync)]);
    first.net.mode = 'down';
    const id = uuidv7();
    await second.sync.edit(id, { text: '! Asked twice about weekend on-call' });
    await status(first.sync, 'device');
    await status(second.sync, 'device');
    expect(putsFor(first.net, id).length).toBeGreaterThanOrEqual(1);
    expect(putsFor(second.net, id)).toEqual([]);

    // The sending tab closes: the other is granted the lock and sends what is on the device.
    first.sync.stop();
    await eventually(() => expect(second.sync.leading).toBe(true));
    await status(second.sync, 'synced');
    expect(putsFor(second.net, id).map((p) => p.body.text)).toEqual(['! Asked twice about weekend on-call']);
    expect((await serverNotes()).filter((n) => n.id === id || n.conflictOf === id).map((n) => [n.text, n.revision])).toEqual([
      ['! Asked twice about weekend on-call', 1],
    ]);
  });

  it("hears the server's confirmations in a tab that does not send (for the concerns list)", async () => {
    const b = browser();
    const first = b.tab();
    await eventually(() => expect(first.sync.leading).toBe(true));
    const second = b.tab();
    await Promise.all([loaded(first.sync), loaded(second.sync)]);
    const heard: boolean[] = [];
    second.sync.onSaved((touchedConcern) => heard.push(touchedConcern));
    await second.sync.edit(uuidv7(), { text: '! Budget not approved yet' });
    second.sync.flushNow();
    await eventually(() => expect(heard).toEqual([true]));
  });

  it('a tab without IndexedDB (its notes only in its own memory) sends for itself rather than wait for the lock', async () => {
    const b = browser();
    const first = b.tab();
    await eventually(() => expect(first.sync.leading).toBe(true));
    const alone = b.tab({ outbox: memoryOutbox() });
    await loaded(alone.sync);
    expect([first.sync.leading, alone.sync.leading]).toEqual([true, true]);
    const id = uuidv7();
    await alone.sync.edit(id, { text: 'Kept in this tab only' });
    await status(alone.sync, 'synced');
    expect(putsFor(alone.net, id)).toHaveLength(1);
    expect(putsFor(first.net, id)).toEqual([]);
  });

  it('without Web Locks every tab sends its own notes, as before', async () => {
    const b = browser();
    const first = b.tab({ locks: null });
    const second = b.tab({ locks: null });
    await Promise.all([loaded(first.sync), loaded(second.sync)]);
    expect([first.sync.leading, second.sync.leading]).toEqual([true, true]);
    const id = uuidv7();
    await second.sync.edit(id, { text: 'Sent by the tab it was typed in' });
    await status(second.sync, 'synced');
    expect(putsFor(second.net, id)).toHaveLength(1);
    expect((await serverNotes()).find((n) => n.id === id)?.revision).toBe(1);
  });
});
