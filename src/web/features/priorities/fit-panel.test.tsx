// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { FitPanel } from './fit-panel.js';
import { renderWithApp, stubApi } from '../../../../test/support/web.js';

const OPP = '00000000-0000-7000-8000-0000000000a1';
const priorities = [
  { key: 'culture', name: 'Culture', weight: 4 },
  { key: 'pay', name: 'Pay', weight: 4 },
  { key: 'stability', name: 'Stability', weight: 0 },
];
const fit = {
  opportunityId: OPP,
  ratings: priorities.map((p) => ({ ...p, rating: 'unknown', evidence: '', factIds: [] })),
  score: null,
  coverage: 0,
  gaps: [],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPanel() {
  const rootRoute = createRootRoute({ component: () => <FitPanel opportunityId={OPP} /> });
  const router = createRouter({ routeTree: rootRoute, history: createMemoryHistory({ initialEntries: ['/'] }) });
  return renderWithApp(<RouterProvider router={router} />);
}

describe('FitPanel', () => {
  it('scores live on each rating, lists what is still unknown, hides weight-0 priorities and saves each rating', async () => {
    const calls = stubApi((method, url) => {
      if (url === '/api/priorities') return [200, { items: priorities }];
      if (method === 'PUT') return [200, fit];
      return [200, fit];
    });
    renderPanel();
    await screen.findByText('2 priorities still unknown: Culture and Pay');
    expect(screen.queryByRole('group', { name: 'Rating for Stability' })).toBeNull();
    fireEvent.click(within(screen.getByRole('group', { name: 'Rating for Culture' })).getByRole('radio', { name: 'Great' }));
    expect(screen.getByTestId('fit-score').textContent).toContain('100');
    expect(screen.getByText('1 priority still unknown: Pay')).not.toBeNull();
    fireEvent.click(within(screen.getByRole('group', { name: 'Rating for Pay' })).getByRole('radio', { name: 'Poor' }));
    expect(screen.getByTestId('fit-score').textContent).toContain('50');
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ ratings: [{ key: 'culture', rating: 'great', evidence: '' }] });
  });
});
