import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { ToastProvider } from '../../src/web/components/ui/toast.js';

/** One recorded API call of a component test. */
export interface Call {
  method: string;
  url: string;
  body: unknown;
}

/** Stubs fetch with a router of (method, path) → [status, body]; records every call. */
export function stubApi(answer: (method: string, url: string, body: unknown) => [number, unknown]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ method, url, body });
      const [status, data] = answer(method, url, body);
      return Promise.resolve(
        new Response(status === 204 ? null : JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } }),
      );
    }),
  );
  return calls;
}

/** Renders UI inside the providers the app gives every page. */
export function renderWithApp(ui: ReactNode) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: 0 } } });
  return render(
    <QueryClientProvider client={qc}>
      <ToastProvider>{ui}</ToastProvider>
    </QueryClientProvider>,
  );
}
