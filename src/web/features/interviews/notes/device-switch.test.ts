import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../../contracts/notes.js';
import { uuidv7 } from '../../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../../test/support/app.js';
import { TestNetwork } from './test-network.js';
import { insertInterviewDay, type InterviewFixture } from '../../../../../test/factories.js';
import { wipeDeviceData } from '../../../pwa/device-data.js';
import { closeDeviceGate, openDeviceGate } from '../../../pwa/device-owner.js';
import { notesSyncFor, retainNotesSync } from './registry.js';
import { eventually } from '../../../../../test/support/eventually.js';

/**
 * Another account signs in on a device that holds the previous one's notes: the app wipes the device while
 * interview mode may already be open. What is typed there for the new account must reach the server.
 */
describe('notes typed while the device changes hands', () => {
  let t: TestApp;
  let previous: InterviewFixture;
  let mine: InterviewFixture;
  let later: InterviewFixture;
  const releases: (() => void)[] = [];
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    previous = await insertInterviewDay(t.db);
    mine = await insertInterviewDay(t.db);
    later = await insertInterviewDay(t.db);
    // TEST DOUBLE OF THE NETWORK (see test-network.ts): the browser's fetch carried to the real app in-process.
    vi.stubGlobal('fetch', new TestNetwork(t).fetch);
  });
  afterAll(async () => {
    for (const release of releases.splice(0)) release();
    vi.unstubAllGlobals();
    await t.close();
  });

  const serverNotes = async (interviewId: string): Promise<Note[]> =>
    (await t.request({ method: 'GET', url: `/api/interviews/${interviewId}/notes` })).json<{ items: Note[] }>().items;

  const shown = (interviewId: string) => {
    const sync = notesSyncFor(interviewId);
    releases.push(retainNotesSync(sync));
    return sync;
  };

  it('sends a note typed in an engine opened during the wipe, once the device is the new account’s', async () => {
    openDeviceGate('previous-account');
    const before = shown(previous.interviewId);
    await eventually(() => expect(before.getSnapshot().loaded).toBe(true));

    const wiping = wipeDeviceData();
    // Interview mode opens while the wipe runs, and the user types at once.
    const sync = shown(mine.interviewId);
    const id = uuidv7();
    void sync.edit(id, { text: 'Typed during the wipe' }, mine.conversationIds[0]!);
    // The wipe does not wait for the new engine's store (it opens only after the wipe).
    await wiping;
    expect(sync.getSnapshot().loaded).toBe(false);
    expect(sync.getSnapshot().notes.map((n) => n.text)).toEqual(['Typed during the wipe']);
    // Stored once the gate opens (the edit's promise settles then).
    const stored = sync.edit(id, { text: 'Typed during the wipe, and after' });
    openDeviceGate('new-account');
    await stored;

    await eventually(
      async () => expect((await serverNotes(mine.interviewId)).map((n) => n.text)).toEqual(['Typed during the wipe, and after']),
      {
        timeout: 5000,
      },
    );
    await eventually(() => expect(sync.getSnapshot().status).toBe('synced'));
  });

  it('keeps an engine opened before the wipe began, while the device gate was still closed (page start)', async () => {
    // Nobody is known to be signed in yet (as when the page starts): interview mode opens and the user types.
    closeDeviceGate();
    const sync = shown(later.interviewId);
    const id = uuidv7();
    void sync.edit(id, { text: 'Typed before anyone was known' }, later.conversationIds[0]!);
    // The app learns who is signed in: another account's data is on the device. The wipe must not wait for (or
    // stop) this engine, whose store is not open yet.
    await wipeDeviceData();
    expect(sync.getSnapshot().notes.map((n) => n.text)).toEqual(['Typed before anyone was known']);
    openDeviceGate('third-account');

    await eventually(
      async () => expect((await serverNotes(later.interviewId)).map((n) => n.text)).toEqual(['Typed before anyone was known']),
      {
        timeout: 5000,
      },
    );
  });
});
