// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Note } from '../../../../contracts/notes.js';
import { createTestApp, type TestApp } from '../../../../../test/support/app.js';
import { ToastProvider } from '../../../components/ui/toast.js';
import { NotesPane } from './notes-pane.js';
import { openDeviceGate } from '../../../pwa/device-owner.js';
import { insertInterviewDay, type InterviewFixture } from '../../../../../test/factories.js';

let t: TestApp;
let day: InterviewFixture;

/** TEST DOUBLE OF THE NETWORK: the page's fetch carried to the real app in-process (SQLite). */
async function networkToApp(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const res = await t.request({
    method: (init.method ?? 'GET') as 'GET',
    url: String(input),
    headers: init.headers as Record<string, string>,
    ...(typeof init.body === 'string' && { payload: init.body }),
  });
  return new Response(res.statusCode === 204 ? null : res.body, {
    status: res.statusCode,
    headers: { 'content-type': 'application/json' },
  });
}

beforeAll(async () => {
  t = await createTestApp('sqlite');
  day = await insertInterviewDay(t.db);
  // The device is the signed-in account's (the app shell opens this gate; see device-owner.ts).
  openDeviceGate(null);
});
afterAll(() => t.close());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const serverNotes = async (): Promise<Note[]> =>
  (await t.request({ method: 'GET', url: `/api/interviews/${day.interviewId}/notes` })).json<{ items: Note[] }>().items;

function renderPane() {
  vi.stubGlobal('fetch', vi.fn(networkToApp));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <NotesPane interviewId={day.interviewId} conversationId={day.conversationIds[0]!} label="Notes with Person 0" />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

async function typeNote(box: HTMLElement, text: string) {
  let value = '';
  for (const ch of text) {
    value += ch;
    fireEvent.change(box, { target: { value } });
  }
}

describe('NotesPane', () => {
  it('recognises markers as typed, adds a timestamped entry on Enter (not on Shift+Enter), and saves it', async () => {
    renderPane();
    const pane = screen.getByRole('region', { name: 'Notes with Person 0' });
    const box = await within(pane).findByRole('textbox', { name: 'Write a note' });
    await waitFor(() => expect((box as HTMLTextAreaElement).disabled).toBe(false));
    expect(within(pane).getByText(/No notes yet/)).toBeTruthy();
    await typeNote(box, '! Needs someone on call');
    expect(within(pane).getByText('Concern')).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect((box as HTMLTextAreaElement).value).toBe('! Needs someone on call');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect((box as HTMLTextAreaElement).value).toBe('');
    const entries = within(pane).getByRole('list', { name: 'Notes so far' });
    const entry = within(entries).getByRole('listitem');
    expect(entry.textContent).toContain('Needs someone on call');
    expect(within(entry).getByText('Concern')).toBeTruthy();
    expect(entry.querySelector('time')?.textContent).toMatch(/^\d\d:\d\d$/);
    await waitFor(async () => expect((await serverNotes()).map((n) => n.text)).toContain('! Needs someone on call'), { timeout: 3000 });
  });

  it('edits a note in place with every keystroke saved, and ↑ in the empty composer edits the last note', async () => {
    renderPane();
    const pane = screen.getByRole('region', { name: 'Notes with Person 0' });
    const box = await within(pane).findByRole('textbox', { name: 'Write a note' });
    await waitFor(() => within(pane).getByRole('button', { name: /^Edit note at .*Needs someone on call/ }));
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    const editor = within(pane).getByRole('textbox', { name: /^Edit note at / });
    expect((editor as HTMLTextAreaElement).value).toBe('! Needs someone on call');
    fireEvent.change(editor, { target: { value: '* Needs someone on call, one week in six' } });
    fireEvent.keyDown(editor, { key: 'Escape' });
    expect(within(pane).queryByRole('textbox', { name: /^Edit note at / })).toBeNull();
    expect(within(pane).getByText('Key point')).toBeTruthy();
    await waitFor(async () => expect((await serverNotes()).map((n) => n.text)).toEqual(['* Needs someone on call, one week in six']), {
      timeout: 3000,
    });
  });

  it('deletes a note with Undo', async () => {
    renderPane();
    const pane = screen.getByRole('region', { name: 'Notes with Person 0' });
    const remove = await within(pane).findByRole('button', { name: /^Delete note at / });
    fireEvent.click(remove);
    expect(within(pane).queryByRole('list', { name: 'Notes so far' })).toBeNull();
    await waitFor(async () => expect(await serverNotes()).toEqual([]), { timeout: 3000 });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    expect(within(pane).getByRole('list', { name: 'Notes so far' })).toBeTruthy();
    await waitFor(async () => expect((await serverNotes()).map((n) => n.text)).toEqual(['* Needs someone on call, one week in six']), {
      timeout: 3000,
    });
  });
});
