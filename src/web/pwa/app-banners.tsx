import { CloudOff, RefreshCw } from 'lucide-react';
import { useOnline, useUpdate } from './app-status.js';

/**
 * Above every page: "you are offline, and this still works", and a new version's "Reload to update" (offered only
 * once no note is being written, see register.ts).
 */
export function AppBanners() {
  const online = useOnline();
  const update = useUpdate();
  return (
    <>
      {!online && (
        <div role="status" data-testid="offline-banner" className="border-b border-warn bg-surface px-4 py-2 text-sm sm:px-6">
          <p className="mx-auto flex max-w-6xl items-start gap-2">
            <CloudOff size={16} aria-hidden="true" className="mt-0.5 shrink-0" />
            <span>
              <strong className="font-semibold">You are offline.</strong> Interview mode still works for your interviews of the next 7 days
              and those you opened recently: notes, ticks and checklist are kept on this device and sent when the connection is back. Other
              pages show what this device has, or wait for the connection.
            </span>
          </p>
        </div>
      )}
      {update && (
        <div role="status" className="border-b border-line bg-accent-soft px-4 py-2 text-sm sm:px-6">
          <p className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2">
            <span>A new version of Offerbook is ready.</span>
            <button
              type="button"
              onClick={update}
              className="inline-flex min-h-11 items-center gap-2 rounded-lg bg-accent px-4 font-medium text-accent-fg"
            >
              <RefreshCw size={16} aria-hidden="true" />
              Reload to update
            </button>
          </p>
        </div>
      )}
    </>
  );
}
