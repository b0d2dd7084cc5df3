// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { PlanItemRow } from './plan-item.js';
import { renderWithApp, stubApi } from '../../../../test/support/web.js';
import type { PlanItem } from '../../../contracts/questions.js';

const OPP = '00000000-0000-7000-8000-0000000000a1';
const ANA = '00000000-0000-7000-8000-00000000000a';
const ITEM: PlanItem = {
  id: '00000000-0000-7000-8000-000000000101',
  questionId: null,
  text: 'Where are your offices?',
  purpose: 'day-to-day',
  order: 0,
  interviewerPersonId: null,
  pinned: false,
  asked: false,
  answerHeard: '',
  check: {
    answerableByResearch: true,
    reason: 'Your research already answers this.',
    topic: 'locations',
    fact: { id: 'f1', topic: 'locations', statement: 'Opened an office in Lisbon' },
    deeper: 'I read that you opened an office in Lisbon: how will that change this team?',
  },
};
const interviewers = [{ personId: ANA, name: 'Ana', title: null, role: 'recruiter' as const }];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderRow(item: PlanItem = ITEM) {
  return renderWithApp(
    <ul>
      <PlanItemRow opportunityId={OPP} item={item} interviewers={interviewers} up={null} down={1} />
    </ul>,
  );
}

describe('PlanItemRow', () => {
  it('shows why a question is answerable by research and replaces it with the deeper one in one click', async () => {
    const calls = stubApi(() => [200, { items: [] }]);
    renderRow();
    expect(screen.getByTestId('research-flag').textContent).toContain('Opened an office in Lisbon');
    fireEvent.click(screen.getByRole('button', { name: 'Use the deeper question' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ method: 'PATCH', url: `/api/question-plan-items/${ITEM.id}`, body: { text: ITEM.check.deeper } });
  });

  it('shows no flag for a question only the interviewer can answer', () => {
    stubApi(() => [200, {}]);
    renderRow({ ...ITEM, text: 'What is hard about this job?', check: { answerableByResearch: false, reason: 'About the job.' } });
    expect(screen.queryByTestId('research-flag')).toBeNull();
  });

  it('assigns to an interviewer, ticks asked at once, and cannot move up from the top', async () => {
    const calls = stubApi(() => [200, { items: [] }]);
    renderRow();
    expect((screen.getByRole('button', { name: /^Move up/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole('combobox', { name: 'Who to ask' }), { target: { value: ANA } });
    const box = screen.getByRole('checkbox', { name: 'Asked' }) as HTMLInputElement;
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0]?.body).toEqual({ interviewerPersonId: ANA });
    expect(calls[1]?.body).toEqual({ asked: true });
  });

  it('removes with an Undo that puts the same item back', async () => {
    const calls = stubApi((method) => (method === 'DELETE' ? [204, null] : [201, { items: [] }]));
    renderRow();
    fireEvent.click(screen.getByRole('button', { name: /^Remove/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(`/api/opportunities/${OPP}/question-plan/items`);
    expect(post?.body).toMatchObject({ id: ITEM.id, text: ITEM.text });
  });
});
