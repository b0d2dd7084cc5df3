import type { BackupPreview } from '../../../contracts/backup.js';
import { Button } from '../../components/ui/button.js';
import { Dialog } from '../../components/ui/dialog.js';
import { formatInstant } from '../../lib/dates.js';
import { previewSummary } from './data-words.js';

interface RestoreDialogProps {
  /** What the file holds; null closes the dialog. */
  preview: BackupPreview | null;
  /** Where it comes from, for the title ("offerbook-backup-2026-03-01.json"). */
  source: string;
  serverMode: boolean;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Says what a backup holds (kinds and counts, when it was made, its version) and asks before restoring it. */
export function RestoreDialog({ preview, source, serverMode, pending, onConfirm, onCancel }: RestoreDialogProps) {
  return (
    <Dialog
      open={preview !== null}
      onOpenChange={(o) => !o && onCancel()}
      title="Restore this backup?"
      description={
        serverMode
          ? 'It goes into your account, which must be empty.'
          : 'Your current notebook is replaced. If it holds anything, it is saved to the backup folder first, so you can go back.'
      }
      footer={
        <>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button disabled={pending} onClick={onConfirm}>
            {pending ? 'Restoring…' : 'Restore'}
          </Button>
        </>
      }
    >
      {preview && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" aria-label="What the backup holds">
          <dt className="text-muted">File</dt>
          <dd className="break-all">{source}</dd>
          <dt className="text-muted">Made</dt>
          <dd>{formatInstant(preview.exportedAt)}</dd>
          <dt className="text-muted">Version</dt>
          <dd>
            {preview.version} (schema {preview.schemaVersion})
          </dd>
          <dt className="text-muted">Holds</dt>
          <dd data-testid="restore-summary">{previewSummary(preview)}</dd>
        </dl>
      )}
    </Dialog>
  );
}
