import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../../contracts/notes.js';
import { uuidv7 } from '../../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../../test/support/app.js';
import { DIALECTS } from '../../../../../test/support/db.js';
import { openOutbox, type Outbox } from './outbox.js';
import { NotesSync, type NotesSyncOptions } from './sync.js';
import { TestNetwork } from './test-network.js';
import { insertInterviewDay, type InterviewFixture } from '../../../../../test/factories.js';
import { eventually } from '../../../../../test/support/eventually.js';

/** A tiny event source standing in for `window` (`online`, `focus`). */
const events = () => new EventTarget();

describe.each(DIALECTS)('the notes sync engine against the real server on %s', (dialect) => {
  let t: TestApp;
  let day: InterviewFixture;
  let dbCount = 0;
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

  function engine(net: TestNetwork, outbox: Outbox | Promise<Outbox>, extra: Partial<NotesSyncOptions> = {}): NotesSync {
    // Each engine here is a device of its own (no lock shared with the others): it sends what it stores.
    const e = new NotesSync({
      interviewId: day.interviewId,
      outbox,
      fetch: net.fetch,
      events: events(),
      locks: null,
      debounceMs: 20,
      maxWaitMs: 100,
      backoffMs: [20, 40],
      refreshMs: 60_000,
      ...extra,
    });
    engines.push(e);
    e.start();
    return e;
  }
  const fresh = () => openOutbox(`sync-${dialect}-${++dbCount}`);
  const loaded = (e: NotesSync) => eventually(() => expect(e.getSnapshot().loaded).toBe(true));
  const synced = (e: NotesSync) => eventually(() => expect(e.getSnapshot().status).toBe('synced'), { timeout: 5000 });

  it('keeps each keystroke on the device at once and sends one PUT with the last text after the pause', async () => {
    const net = new TestNetwork(t);
    const outbox = await fresh();
    // A pause long enough that a loaded machine still types the five keys within it.
    const e = engine(net, outbox, { debounceMs: 1000, maxWaitMs: 4000 });
    await loaded(e);
    const id = uuidv7();
    let text = '';
    for (const ch of 'Hello') {
      text += ch;
      await e.edit(id, { text }, day.conversationIds[0]!);
      // Stored on the device when the edit settles, before any request.
      expect((await outbox.pending()).find((d) => d.id === id)?.text).toBe(text);
    }
    expect(e.getSnapshot().status).toBe('syncing');
    await synced(e);
    expect(net.puts.filter((p) => p.url.endsWith(id)).map((p) => p.body.text)).toEqual(['Hello']);
    expect((await serverNotes()).find((n) => n.id === id)).toMatchObject({
      text: 'Hello',
      conversationId: day.conversationIds[0],
      revision: 1,
    });
    expect(await outbox.pending()).toEqual([]);
  });

  it('keeps an edit made before the device store has loaded', async () => {
    const net = new TestNetwork(t);
    const outbox = await fresh();
    const e = engine(net, outbox);
    const id = uuidv7();
    await e.edit(id, { text: 'Typed at once' });
    expect((await outbox.pending()).map((d) => d.text)).toEqual(['Typed at once']);
    await synced(e);
    expect((await serverNotes()).find((n) => n.id === id)?.text).toBe('Typed at once');
  });

  it('sends within the maximum wait while typing goes on', async () => {
    const net = new TestNetwork(t);
    const e = engine(net, await fresh(), { debounceMs: 80, maxWaitMs: 200 });
    await loaded(e);
    const id = uuidv7();
    let text = '';
    const startedAt = Date.now();
    while (Date.now() - startedAt < 700) {
      text += 'x';
      await e.edit(id, { text });
      await new Promise((r) => setTimeout(r, 30));
    }
    const duringTyping = net.puts.filter((p) => p.url.endsWith(id)).length;
    expect(duringTyping).toBeGreaterThanOrEqual(2);
    await synced(e);
    expect((await serverNotes()).find((n) => n.id === id)?.text).toBe(text);
  });

  it('offline: says "saved on this device", shows everything after a reload, and sends every character when back online', async () => {
    const net = new TestNetwork(t);
    const name = `sync-offline-${dialect}`;
    const first = engine(net, await openOutbox(name));
    await loaded(first);
    const online = uuidv7();
    await first.edit(online, { text: 'Typed online' });
    await synced(first);

    net.mode = 'down';
    const offline = uuidv7();
    let text = '';
    for (const ch of '! Worried about on-call') {
      text += ch;
      await first.edit(offline, { text }, day.conversationIds[0]!);
    }
    await first.edit(online, { text: 'Typed online, edited offline' });
    await eventually(() => expect(first.getSnapshot().status).toBe('device'));
    first.stop();

    // A reload: a new engine on the same device store. Writes still fail; reading the list works.
    net.mode = 'up';
    let putsFail = true;
    const target = events();
    const reloaded = engine(net, await openOutbox(name), {
      fetch: (url, init) => (putsFail && init.method === 'PUT' ? Promise.reject(new TypeError('Failed to fetch')) : net.fetch(url, init)),
      events: target,
      backoffMs: [5000],
    });
    await eventually(() => expect(reloaded.getSnapshot().status).toBe('device'));
    const shown = new Map(reloaded.getSnapshot().notes.map((n) => [n.id, n]));
    expect(shown.get(offline)).toMatchObject({ text: '! Worried about on-call', marker: 'concern', pending: true });
    expect(shown.get(online)).toMatchObject({ text: 'Typed online, edited offline', pending: true });

    // Back online: the `online` event sends at once, without waiting for the backoff.
    putsFail = false;
    target.dispatchEvent(new Event('online'));
    await eventually(() => expect(reloaded.getSnapshot().status).toBe('synced'), { timeout: 2000 });
    const onServer = new Map((await serverNotes()).map((n) => [n.id, n.text]));
    expect(onServer.get(offline)).toBe('! Worried about on-call');
    expect(onServer.get(online)).toBe('Typed online, edited offline');
  });

  it('resends an unanswered write exactly before a newer one, so a lost answer makes no false conflict', async () => {
    const net = new TestNetwork(t);
    const e = engine(net, await fresh());
    await loaded(e);
    const id = uuidv7();
    await e.edit(id, { text: 'First' });
    await synced(e);
    net.mode = 'lose-answers';
    await e.edit(id, { text: 'First, then more' });
    await eventually(() => expect(e.getSnapshot().status).toBe('device'));
    await e.edit(id, { text: 'First, then more and more' });
    net.mode = 'up';
    await synced(e);
    const mine = net.puts.filter((p) => p.url.endsWith(id)).map((p) => [p.body.text, p.body.baseRevision]);
    // The lost write (revision 1 → 2) went again as it was, then the newer text on revision 2.
    expect(mine.slice(-2)).toEqual([
      ['First, then more', 1],
      ['First, then more and more', 2],
    ]);
    const all = await serverNotes();
    expect(all.filter((n) => n.id === id || n.conflictOf === id).map((n) => [n.text, n.revision])).toEqual([
      ['First, then more and more', 3],
    ]);
  });

  it('keeps both versions when another device edited the same note, and marks them', async () => {
    const netA = new TestNetwork(t);
    const netB = new TestNetwork(t);
    const a = engine(netA, await fresh());
    await loaded(a);
    const id = uuidv7();
    await a.edit(id, { text: 'Budget' });
    await synced(a);

    const b = engine(netB, await fresh());
    await eventually(() => expect(b.getSnapshot().notes.some((n) => n.id === id)).toBe(true));
    netA.mode = 'down';
    await a.edit(id, { text: 'Budget approved for Q3' });
    await b.edit(id, { text: 'Budget is still open' });
    await synced(b);
    netA.mode = 'up';
    await eventually(() => expect(a.getSnapshot().status).toBe('synced'), { timeout: 3000 });
    const shown = a.getSnapshot().notes.filter((n) => n.id === id || n.conflictOf === id);
    expect(shown.map((n) => [n.text, n.keptBoth]).sort()).toEqual([
      ['Budget approved for Q3', true],
      ['Budget is still open', true],
    ]);
    await b.refresh();
    expect(b.getSnapshot().notes.filter((n) => n.id === id || n.conflictOf === id)).toHaveLength(2);
  });

  it('moves typing that went on during a conflicting write to the kept copy', async () => {
    const net = new TestNetwork(t);
    const other = new TestNetwork(t);
    const a = engine(net, await fresh());
    await loaded(a);
    const id = uuidv7();
    await a.edit(id, { text: 'Team' });
    await synced(a);
    await other.fetch(`/api/notes/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        interviewId: day.interviewId,
        conversationId: null,
        text: 'Team of 4',
        baseRevision: 1,
        writtenAt: new Date().toISOString(),
      }),
    });
    let release!: () => void;
    net.gate = new Promise((r) => (release = r));
    await a.edit(id, { text: 'Team of 5' });
    await eventually(() => expect(net.puts.some((p) => p.body.text === 'Team of 5')).toBe(true));
    await a.edit(id, { text: 'Team of 5 engineers' });
    net.gate = undefined;
    release();
    await synced(a);
    const onServer = (await serverNotes())
      .filter((n) => n.id === id || n.conflictOf === id)
      .map((n) => n.text)
      .sort();
    expect(onServer).toEqual(['Team of 4', 'Team of 5 engineers']);
  });

  it('keeps keystrokes whose IndexedDB write the page exit cut off, and puts them back on the next load', async () => {
    const kept = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
      removeItem: (k: string) => void kept.delete(k),
    });
    try {
      const net = new TestNetwork(t);
      net.mode = 'down';
      const name = `sync-rescue-${dialect}`;
      const real = await openOutbox(name);
      // Stands in for the browser aborting a transaction when the page unloads: once cut, writes never finish.
      let cut = false;
      const cutting: Outbox = {
        ...real,
        write: (change) => (cut ? new Promise<void>(() => undefined) : real.write(change)),
        update: (read, decide) => (cut ? new Promise(() => undefined) : real.update(read, decide)),
      };
      const target = events();
      const first = engine(net, cutting, { events: target });
      await loaded(first);
      const id = uuidv7();
      await first.edit(id, { text: 'Written in time' });
      cut = true;
      void first.edit(id, { text: 'Written in time, and the last keys' });
      target.dispatchEvent(new Event('pagehide'));
      first.stop();
      expect((await real.pending()).find((d) => d.id === id)?.text).toBe('Written in time');

      const next = engine(net, await openOutbox(name));
      await loaded(next);
      expect(next.getSnapshot().notes.find((n) => n.id === id)?.text).toBe('Written in time, and the last keys');
      await next.saved();
      await eventually(async () =>
        expect((await real.pending()).find((d) => d.id === id)?.text).toBe('Written in time, and the last keys'),
      );
      await eventually(() => expect(kept.size).toBe(0));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('retries a 503 until the server is back', async () => {
    const net = new TestNetwork(t);
    const e = engine(net, await fresh());
    await loaded(e);
    net.mode = 'unavailable';
    const id = uuidv7();
    await e.edit(id, { text: 'During a restart' });
    await eventually(() => expect(net.puts.length).toBeGreaterThanOrEqual(2));
    expect(e.getSnapshot().status).toBe('device');
    net.mode = 'up';
    await synced(e);
    expect((await serverNotes()).find((n) => n.id === id)?.text).toBe('During a restart');
  });

  it('shows a refusal and keeps the note on the device; the next edit tries again', async () => {
    const net = new TestNetwork(t);
    const outbox = await fresh();
    const e = engine(net, outbox);
    await loaded(e);
    const elsewhere = await insertInterviewDay(t.db);
    const id = uuidv7();
    await e.edit(id, { text: 'Wrong conversation' }, elsewhere.conversationIds[0]!);
    await eventually(() => expect(e.getSnapshot().status).toBe('failed'));
    expect(e.getSnapshot().failure).toBe('conversationId must be a conversation of this interview');
    const count = net.puts.length;
    await new Promise((r) => setTimeout(r, 150));
    expect(net.puts.length).toBe(count);
    expect((await outbox.pending())[0]).toMatchObject({
      text: 'Wrong conversation',
      failure: 'conversationId must be a conversation of this interview',
    });
  });

  it('never sends a new note left blank, sends a delete, and an undo brings the note back', async () => {
    const net = new TestNetwork(t);
    const outbox = await fresh();
    const e = engine(net, outbox);
    await loaded(e);
    const blank = uuidv7();
    await e.edit(blank, { text: 'a' });
    await e.edit(blank, { text: '' });
    const id = uuidv7();
    await e.edit(id, { text: 'Delete me' });
    await synced(e);
    expect(net.puts.some((p) => p.url.endsWith(blank))).toBe(false);
    expect(await outbox.pending()).toEqual([]);
    await e.edit(id, { deleted: true });
    await synced(e);
    expect((await serverNotes()).some((n) => n.id === id)).toBe(false);
    expect(e.getSnapshot().notes.find((n) => n.id === id)?.deleted).toBe(true);
    await e.edit(id, { deleted: false });
    await synced(e);
    expect((await serverNotes()).find((n) => n.id === id)).toMatchObject({ text: 'Delete me', revision: 3 });
  });
});
