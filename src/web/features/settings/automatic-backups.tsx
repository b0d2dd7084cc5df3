import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BackupFileItem, BackupPreview, RestoreResult } from '../../../contracts/backup.js';
import { errorMessage } from '../../api/client.js';
import { Button } from '../../components/ui/button.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useToast } from '../../components/ui/toast.js';
import { formatInstant } from '../../lib/dates.js';
import { sizeInWords } from './data-words.js';
import { RestoreDialog } from './restore-dialog.js';
import { fetchBackups, previewBackup, restoreBackup, settingsKeys, takeBackup } from './queries.js';

const backupsKey = settingsKeys.backups;

/** After a restore: the user hears where the old notebook went. */
export function restoredMessage(result: RestoreResult): string {
  return result.savedTo ? `Backup restored. Your notebook as it was is saved in ${result.savedTo}.` : 'Backup restored.';
}

/** Local mode: the automatic backups (when, how big, any failure), one taken now, and a restore from any of them. */
export function AutomaticBackups() {
  const qc = useQueryClient();
  const toast = useToast();
  const q = useQuery({ queryKey: backupsKey, queryFn: fetchBackups });
  const [chosen, setChosen] = useState<{ item: BackupFileItem; preview: BackupPreview } | null>(null);

  const takeNow = useMutation({
    mutationFn: takeBackup,
    onSuccess: (o) => {
      qc.setQueryData(backupsKey, o);
      toast.show(o.lastError ? 'The backup failed; see Settings.' : 'Backup taken.', o.lastError ? { tone: 'error' } : undefined);
    },
    onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
  });
  const look = useMutation({
    mutationFn: async (item: BackupFileItem) => ({ item, preview: await previewBackup(item.name) }),
    onSuccess: setChosen,
    onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
  });
  const restore = useMutation({
    mutationFn: restoreBackup,
    onSuccess: async (result) => {
      setChosen(null);
      toast.show(restoredMessage(result));
      await qc.invalidateQueries();
    },
    onError: (e) => {
      setChosen(null);
      toast.show(errorMessage(e), { tone: 'error' });
    },
  });

  if (q.isPending) return <Loading label="Loading backups…" />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const o = q.data;
  return (
    <div className="flex flex-col gap-3">
      <h3 className="text-sm font-medium">Automatic backups</h3>
      <p className="text-sm text-muted">
        {o.enabled
          ? `Once a day while Offerbook runs, and after every restore, a copy of the database goes to ${o.dir}. The last 7 days and one a week for 4 weeks are kept. Point OFFERBOOK_BACKUP_DIR at a synced folder to keep a copy off this computer.`
          : (o.disabledReason ?? 'Automatic backups are off.')}
        {o.lastSuccessAt && ` Last backup: ${formatInstant(o.lastSuccessAt)}.`}
      </p>
      {o.lastError && (
        <p role="alert" className="rounded-lg border border-danger bg-danger-soft p-3 text-sm text-danger">
          {o.lastError.message} ({formatInstant(o.lastError.at)})
        </p>
      )}
      {o.items.length > 0 && (
        <ul className="divide-y divide-line rounded-lg border border-line" aria-label="Backups in the backup folder">
          {o.items.map((item) => (
            <li key={item.name} className="flex flex-wrap items-center justify-between gap-3 px-4 py-2 text-sm">
              <span>
                {formatInstant(item.takenAt)} · {sizeInWords(item.size)}
                {item.kind === 'before-restore' && <span className="text-muted"> · saved before a restore</span>}
              </span>
              <Button variant="secondary" size="sm" disabled={look.isPending} onClick={() => look.mutate(item)}>
                Restore<span className="sr-only"> the backup of {formatInstant(item.takenAt)}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {o.enabled && (
        <div>
          <Button variant="secondary" size="sm" disabled={takeNow.isPending} onClick={() => takeNow.mutate()}>
            {takeNow.isPending ? 'Backing up…' : 'Back up now'}
          </Button>
        </div>
      )}
      <RestoreDialog
        preview={chosen?.preview ?? null}
        source={chosen?.item.name ?? ''}
        serverMode={false}
        pending={restore.isPending}
        onConfirm={() => chosen && restore.mutate(chosen.item.name)}
        onCancel={() => setChosen(null)}
      />
    </div>
  );
}
