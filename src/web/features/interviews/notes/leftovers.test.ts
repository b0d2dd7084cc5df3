import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../../contracts/notes.js';
import { uuidv7 } from '../../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../../test/support/app.js';
import { TestNetwork } from './test-network.js';
import { sendLeftoverNotes } from './leftovers.js';
import { openOutbox } from './outbox.js';
import { openDeviceGate } from '../../../pwa/device-owner.js';
import { insertInterviewDay, type InterviewFixture } from '../../../../../test/factories.js';
import { eventually } from '../../../../../test/support/eventually.js';

describe('notes left unsent by an earlier visit', () => {
  let t: TestApp;
  let day: InterviewFixture;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    day = await insertInterviewDay(t.db);
    // The device is the signed-in account's (the app shell opens this gate; see device-owner.ts).
    openDeviceGate(null);
    // TEST DOUBLE OF THE NETWORK (see test-network.ts): the browser's fetch carried to the real app in-process.
    vi.stubGlobal('fetch', new TestNetwork(t).fetch);
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await t.close();
  });

  it('go to the server when the app opens, whatever the page', async () => {
    const id = uuidv7();
    const outbox = await openOutbox();
    await outbox.write({
      drafts: [
        {
          id,
          interviewId: day.interviewId,
          conversationId: day.conversationIds[0]!,
          text: '! worried about my lack of Kotlin',
          deleted: false,
          writtenAt: '2026-11-25T10:00:00.000Z',
          baseRevision: 0,
          conflictOf: null,
          changedAt: Date.now(),
          sending: null,
          failure: null,
        },
      ],
    });
    outbox.close();

    expect(await sendLeftoverNotes()).toBe(1);
    await eventually(
      async () => {
        const notes = (await t.request({ method: 'GET', url: `/api/interviews/${day.interviewId}/notes` })).json<{ items: Note[] }>().items;
        expect(notes.map((n) => [n.id, n.text, n.marker])).toEqual([[id, '! worried about my lack of Kotlin', 'concern']]);
      },
      { timeout: 5000 },
    );
  });

  it('do nothing when there are none', async () => {
    await eventually(async () => {
      const outbox = await openOutbox();
      const left = await outbox.pending();
      outbox.close();
      expect(left).toEqual([]);
    });
    expect(await sendLeftoverNotes()).toBe(0);
  });
});
