import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { router } from './router.js';
import { ToastProvider } from './components/ui/toast.js';
import { whenIdle } from './lib/idle.js';
import './styles.css';

// Local server, local data: refetch on focus keeps tabs in sync, one retry covers a restart.
const queryClient = new QueryClient({
  // networkMode 'always': a read offline still asks, so the service worker can answer from the device.
  defaultOptions: { queries: { retry: 1, staleTime: 5_000, networkMode: 'always' }, mutations: { retry: 0 } },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
  // Notes typed while the server was unreachable go out whatever page the app opens on.
  const sendLeftovers = () =>
    void import('./features/interviews/notes/leftovers.js').then((m) => m.sendLeftoverNotes()).catch(() => undefined);
  // The service worker (offline app, installable) registers after the first render, and only in a production build.
  const startOffline = () => {
    sendLeftovers();
    if (import.meta.env.PROD) void import('./pwa/register.js').then((m) => m.startOfflineApp()).catch(() => undefined);
  };
  whenIdle(startOffline);
}
