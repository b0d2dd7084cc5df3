import { registerSW } from 'virtual:pwa-register';
import { notesBeingWritten } from '../features/interviews/notes/registry.js';
import { offerUpdate } from './app-status.js';
import { keepComingDays } from './day-keeper.js';
import { offerWhenQuiet } from './update-gate.js';

/** How often the coming days' data is read again while the app stays open. */
const KEEP_EVERY_MS = 30 * 60 * 1000;
/** How often a waiting update checks whether a note is still being written. */
const UPDATE_CHECK_MS = 2000;

/** Refreshes the coming days' data once the service worker controls the page (only then does it keep answers). */
function keepWhenControlled(): void {
  const keep = () => {
    if (navigator.onLine && navigator.serviceWorker.controller) void keepComingDays().catch(() => undefined);
  };
  if (navigator.serviceWorker.controller) keep();
  else navigator.serviceWorker.addEventListener('controllerchange', keep, { once: true });
  window.addEventListener('online', keep);
  setInterval(keep, KEEP_EVERY_MS);
}

/**
 * Registers the service worker (production builds only; loaded after the first render, so it adds nothing to it).
 * A new version waits: "Reload to update" is offered once no note is being written or waits to be sent.
 */
export function startOfflineApp(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh() {
      offerWhenQuiet(notesBeingWritten, () => offerUpdate(() => void update(true)), UPDATE_CHECK_MS);
    },
  });
  keepWhenControlled();
}
