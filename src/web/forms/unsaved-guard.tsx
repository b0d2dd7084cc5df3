import { useEffect, useRef } from 'react';
import { useBlocker, useRouter } from '@tanstack/react-router';
import { Button } from '../components/ui/button.js';
import { Dialog } from '../components/ui/dialog.js';

/**
 * Guards a form that holds unsaved text: closing or reloading the tab asks the browser's own question
 * (`beforeunload`), and following a link inside the app asks "You have unsaved changes — Leave / Stay".
 * Render it inside the form with `dirty` true while the form differs from what was saved.
 */
export function UnsavedGuard({ dirty }: { dirty: boolean }) {
  // Outside a router (a component rendered on its own) only the reload and close question applies.
  const router = useRouter({ warn: false }) as ReturnType<typeof useRouter> | null;
  return router ? <RouterGuard dirty={dirty} /> : <UnloadGuard dirty={dirty} />;
}

function UnloadGuard({ dirty }: { dirty: boolean }) {
  useEffect(() => {
    if (!dirty) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  return null;
}

function RouterGuard({ dirty }: { dirty: boolean }) {
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const blocker = useBlocker({
    shouldBlockFn: () => dirtyRef.current,
    enableBeforeUnload: () => dirtyRef.current,
    withResolver: true,
  });
  // A save that lands while the question is open makes the question moot.
  useEffect(() => {
    if (!dirty && blocker.status === 'blocked') blocker.proceed();
  }, [dirty, blocker]);
  return (
    <Dialog
      open={blocker.status === 'blocked'}
      onOpenChange={(open) => {
        if (!open) blocker.reset?.();
      }}
      title="You have unsaved changes"
      description="What you typed here has not been saved. Leave and lose it, or stay and save it?"
      footer={
        <>
          <Button variant="danger" onClick={() => blocker.proceed?.()}>
            Leave
          </Button>
          <Button autoFocus onClick={() => blocker.reset?.()}>
            Stay
          </Button>
        </>
      }
    />
  );
}
