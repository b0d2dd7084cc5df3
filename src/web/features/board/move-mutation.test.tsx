// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { keys } from '../opportunities/queries.js';
import { useMoveOpportunity } from './move-mutation.js';
import type { OpportunitySummary } from '../../../contracts/opportunities.js';

const card = { id: 'a', stage: 'lead', employerName: 'Acme' } as OpportunitySummary;

function setup() {
  const qc = new QueryClient({ defaultOptions: { mutations: { retry: 0 }, queries: { retry: false } } });
  qc.setQueryData(keys.list({}), [card]);
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={qc}>{children}</QueryClientProvider>;
  const { result } = renderHook(() => useMoveOpportunity(), { wrapper });
  const stageOnBoard = () => qc.getQueryData<OpportunitySummary[]>(keys.list({}))?.[0]?.stage;
  return { result, stageOnBoard };
}

function deferredFetch() {
  let answer!: (r: Response) => void;
  const pending = new Promise<Response>((resolve) => (answer = resolve));
  vi.stubGlobal(
    'fetch',
    vi.fn(() => pending),
  );
  return answer;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useMoveOpportunity', () => {
  it('shows the move at once and puts the card back when the server refuses', async () => {
    const answer = deferredFetch();
    const { result, stageOnBoard } = setup();
    result.current.mutate({ id: 'a', stage: 'applied' });
    await waitFor(() => expect(stageOnBoard()).toBe('applied'));
    answer(new Response(JSON.stringify({ error: { code: 'conflict', message: 'changed elsewhere' } }), { status: 409 }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(stageOnBoard()).toBe('lead');
    expect(result.current.error?.message).toBe('changed elsewhere');
  });

  it('keeps the move when the server accepts it', async () => {
    const answer = deferredFetch();
    const { result, stageOnBoard } = setup();
    result.current.mutate({ id: 'a', stage: 'applied' });
    answer(new Response(JSON.stringify({ ...card, stage: 'applied' }), { status: 200 }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(stageOnBoard()).toBe('applied');
  });
});
