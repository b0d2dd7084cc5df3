// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { OwnQuestion } from './own-question.js';
import { renderWithApp, stubApi } from '../../../../test/support/web.js';

const OPP = '00000000-0000-7000-8000-0000000000a1';
const EMP = '00000000-0000-7000-8000-0000000000e1';
const FACT = {
  id: '00000000-0000-7000-8000-0000000000f1',
  employerId: EMP,
  topic: 'locations',
  statement: 'Opened an office in Lisbon',
  sourceUrl: null,
  notedOn: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const RESEARCH = { employerId: EMP, employerName: 'Acme', facts: [FACT], checklist: { items: [], coverage: 0, gapCount: 0 } };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('OwnQuestion', () => {
  it('flags a question the research answers while typing, names the fact and swaps in the deeper question', async () => {
    stubApi((method, url) => (url.endsWith('/research') ? [200, RESEARCH] : [200, {}]));
    renderWithApp(<OwnQuestion opportunityId={OPP} employerName="Acme" />);
    const box = screen.getByRole('textbox', { name: /Your own question/ });
    fireEvent.change(box, { target: { value: 'Where are your offices?' } });
    const flag = await screen.findByTestId('research-flag', {}, { timeout: 5000 });
    expect(flag.textContent).toContain('Opened an office in Lisbon');
    fireEvent.click(screen.getByRole('button', { name: 'Use the deeper question' }));
    expect((box as HTMLInputElement).value).not.toBe('Where are your offices?');
    expect((box as HTMLInputElement).value.toLowerCase()).toContain('lisbon');
  });

  it('leaves a question about the inside of the job alone and sends it to the plan', async () => {
    const calls = stubApi((method, url) => (url.endsWith('/research') ? [200, RESEARCH] : [201, { items: [] }]));
    renderWithApp(<OwnQuestion opportunityId={OPP} employerName="Acme" />);
    const box = screen.getByRole('textbox', { name: /Your own question/ });
    fireEvent.change(box, { target: { value: 'What does a hard week look like for this team?' } });
    await screen.findByText('Looks like something only they can answer.', {}, { timeout: 5000 });
    expect(screen.queryByTestId('research-flag')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add to plan' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(`/api/opportunities/${OPP}/question-plan/items`);
    expect(post?.body).toMatchObject({ text: 'What does a hard week look like for this team?' });
  });

  it('asks for words before adding an empty question and sends nothing', () => {
    const calls = stubApi(() => [200, RESEARCH]);
    renderWithApp(<OwnQuestion opportunityId={OPP} employerName="Acme" />);
    fireEvent.click(screen.getByRole('button', { name: 'Add to plan' }));
    expect(screen.getByText('Write the question you want to ask.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });
});
