// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithApp, stubApi } from '../../../../test/support/web.js';
import { ChecklistEditor } from './checklist-editor.js';
import type { ChecklistItem, Interview } from '../../../contracts/interviews.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const base: Interview = {
  id: '0190a000-0000-7000-8000-00000000aaaa',
  opportunityId: '0190a000-0000-7000-8000-00000000bbbb',
  employerName: 'Globex',
  roleTitle: 'Engineer',
  kind: 'onsite',
  title: '',
  startsAt: '2026-03-03T09:00:00.000Z',
  endsAt: '2026-03-03T10:00:00.000Z',
  timeZone: 'UTC',
  durationMinutes: 60,
  location: '',
  checklist: [
    { id: 'phone', label: 'Phone on silent', done: false },
    { id: 'cv', label: 'CV copies', done: false },
  ],
  conversations: [],
  hasReflection: false,
  openConcerns: 0,
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
};

/** A server double that stores the checklist it is sent and answers the interview. */
function server() {
  let checklist: ChecklistItem[] = base.checklist;
  const calls = stubApi((method, _url, body) => {
    if (method === 'PATCH') checklist = (body as { checklist: ChecklistItem[] }).checklist;
    return [200, { ...base, checklist }];
  });
  return { calls, sent: () => checklist };
}

describe('ChecklistEditor', () => {
  it('ticks, adds, renames and removes items, sending the whole list each time', async () => {
    const s = server();
    renderWithApp(<ChecklistEditor interview={base} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Phone on silent' }));
    await waitFor(() => expect(s.sent()[0]).toEqual({ id: 'phone', label: 'Phone on silent', done: true }));
    expect(s.calls[0]).toMatchObject({ method: 'PATCH', url: `/api/interviews/${base.id}` });
    expect(screen.getByText('1 of 2 done')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Add a checklist item' }), { target: { value: '  Arrive early  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(s.sent()).toHaveLength(3));
    expect(s.sent()[2]).toMatchObject({ label: 'Arrive early', done: false });
    expect(s.sent()[2]?.id).toMatch(/^own-/);

    fireEvent.click(screen.getByRole('button', { name: 'Rename “CV copies”' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'New wording for “CV copies”' }), { target: { value: 'Three CV copies' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(s.sent()[1]?.label).toBe('Three CV copies'));

    fireEvent.click(screen.getByRole('button', { name: 'Remove “Phone on silent”' }));
    await waitFor(() => expect(s.sent().map((i) => i.id)).not.toContain('phone'));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(s.sent().map((i) => i.id)).toEqual(['phone', 'cv', s.sent()[2]?.id]));
    expect(s.sent()[0]?.done).toBe(true);
  });

  it('puts the box back and says why when the save fails', async () => {
    stubApi(() => [400, { error: { code: 'validation', message: 'checklist must have at most 60 items', field: 'checklist' } }]);
    renderWithApp(<ChecklistEditor interview={base} />);
    const box = screen.getByRole('checkbox', { name: 'Phone on silent' }) as HTMLInputElement;
    fireEvent.click(box);
    await screen.findByText('checklist: checklist must have at most 60 items');
    expect(box.checked).toBe(false);
  });
});
