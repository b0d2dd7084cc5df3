import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ERASE_CONFIRMATION_TEXT } from './data-words.js';
import { eraseEverything } from './queries.js';
import { errorMessage } from '../../api/client.js';
import { Button, buttonClass } from '../../components/ui/button.js';
import { Dialog } from '../../components/ui/dialog.js';
import { Field, Input } from '../../components/ui/field.js';
import { OUTBOX_DB } from '../interviews/notes/outbox.js';

/**
 * What this browser keeps goes too (unsent notes and drafts, preferences); the page then loads
 * afresh, empty as on first start (a deletion blocked by an open tab finishes as the page unloads).
 */
function forgetThisBrowser(): void {
  try {
    localStorage.clear();
    indexedDB.deleteDatabase(OUTBOX_DB);
  } catch {
    // No storage in this browser: nothing kept here.
  }
  window.location.assign('/');
}

/** Local mode: delete everything, after offering a download and asking for the words typed out. */
export function EraseEverything() {
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [withBackups, setWithBackups] = useState(false);
  const [error, setError] = useState('');
  const erase = useMutation({
    mutationFn: () => eraseEverything({ confirm: typed.trim(), deleteBackups: withBackups }),
    onSuccess: () => {
      qc.clear();
      forgetThisBrowser();
    },
    onError: (e) => setError(errorMessage(e)),
  });
  const ready = typed.trim() === ERASE_CONFIRMATION_TEXT;

  return (
    <div className="flex flex-col gap-2 border-t border-line pt-4">
      <h3 className="text-sm font-medium">Delete everything</h3>
      <p className="text-sm text-muted">
        Removes every opportunity, note, answer and all the rest from this computer, and the search index with them. Offerbook is then
        empty, as on first start.
      </p>
      <div>
        <Button variant="danger" onClick={() => setOpen(true)}>
          Delete everything…
        </Button>
      </div>
      <Dialog
        open={open}
        onOpenChange={(o) => {
          setOpen(o);
          if (!o) {
            setTyped('');
            setError('');
          }
        }}
        title="Delete everything?"
        description="This cannot be undone. Download a backup first if you may want any of it back."
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Keep my notebook
            </Button>
            <Button variant="danger" disabled={!ready || erase.isPending} onClick={() => erase.mutate()}>
              {erase.isPending ? 'Deleting…' : 'Delete everything'}
            </Button>
          </>
        }
      >
        <div className="flex flex-col gap-4">
          <div>
            <a href="/api/export" download className={buttonClass('secondary', 'sm')}>
              Download a backup first
            </a>
          </div>
          <Field label={`Type “${ERASE_CONFIRMATION_TEXT}” to confirm`} error={error || undefined}>
            {({ id, describedBy, invalid }) => (
              <Input
                id={id}
                value={typed}
                autoComplete="off"
                onChange={(e) => setTyped(e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              />
            )}
          </Field>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-1" checked={withBackups} onChange={(e) => setWithBackups(e.target.checked)} />
            <span>Also delete the automatic backups and the copies saved before restores (otherwise they stay in the backup folder).</span>
          </label>
        </div>
      </Dialog>
    </div>
  );
}
