import { useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { Archive, ArchiveRestore, Trash2 } from 'lucide-react';
import { Button } from '../../components/ui/button.js';
import { Dialog } from '../../components/ui/dialog.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { STAGES, STAGE_LABELS, isStage } from '../../lib/stages.js';
import { ShareWithCoach } from '../account/share-opportunity.js';
import { useDeleteOpportunity, useSetArchived, useUpdateOpportunity } from './mutations.js';
import type { Opportunity } from '../../../contracts/opportunities.js';

/** Stage and excitement pickers, archive (with Undo) and delete (after confirmation). */
export function HeaderActions({ o }: { o: Opportunity }) {
  const update = useUpdateOpportunity(o.id);
  const archive = useSetArchived();
  const del = useDeleteOpportunity();
  const toast = useToast();
  const navigate = useNavigate();
  const [confirmOpen, setConfirmOpen] = useState(false);
  const onError = (e: unknown) => toast.show(errorMessage(e), { tone: 'error' });
  const name = `${o.employerName} (${o.roleTitle})`;

  function doArchive() {
    archive.mutate(
      { id: o.id, archive: true },
      {
        onSuccess: () =>
          toast.show(`Archived ${name}.`, {
            action: { label: 'Undo', onClick: () => archive.mutate({ id: o.id, archive: false }, { onError }) },
          }),
        onError,
      },
    );
  }

  return (
    <div className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="head-stage" className="mb-1 block text-xs font-medium text-muted">
          Stage
        </label>
        <select
          id="head-stage"
          value={o.stage}
          disabled={update.isPending}
          onChange={(e) => {
            const stage = e.target.value;
            if (isStage(stage)) update.mutate({ stage }, { onSuccess: () => toast.show(`Moved to ${STAGE_LABELS[stage]}.`), onError });
          }}
          className="h-9 rounded-lg border border-line-strong bg-surface px-2 text-sm"
        >
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="head-excitement" className="mb-1 block text-xs font-medium text-muted">
          Excitement
        </label>
        <select
          id="head-excitement"
          value={o.excitement === null ? '' : String(o.excitement)}
          disabled={update.isPending}
          onChange={(e) => update.mutate({ excitement: e.target.value ? Number(e.target.value) : null }, { onError })}
          className="h-9 rounded-lg border border-line-strong bg-surface px-2 text-sm"
        >
          <option value="">Not rated</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={String(n)}>
              {n} of 5
            </option>
          ))}
        </select>
      </div>
      <ShareWithCoach opportunity={o} />
      {o.archivedAt ? (
        <Button
          variant="secondary"
          size="sm"
          className="h-9"
          disabled={archive.isPending}
          onClick={() => archive.mutate({ id: o.id, archive: false }, { onError })}
        >
          <ArchiveRestore size={14} aria-hidden="true" />
          Unarchive
        </Button>
      ) : (
        <Button variant="secondary" size="sm" className="h-9" disabled={archive.isPending} onClick={doArchive}>
          <Archive size={14} aria-hidden="true" />
          Archive
        </Button>
      )}
      <Button variant="danger" size="sm" className="h-9" onClick={() => setConfirmOpen(true)}>
        <Trash2 size={14} aria-hidden="true" />
        Delete
      </Button>
      <Dialog
        open={confirmOpen}
        onOpenChange={setConfirmOpen}
        title="Delete this opportunity?"
        description={`${name} and its history will be removed for good. Archive it instead if you might want it back.`}
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirmOpen(false)}>
              Keep it
            </Button>
            <Button
              variant="danger"
              disabled={del.isPending}
              onClick={() =>
                del.mutate(o.id, {
                  onSuccess: () => {
                    setConfirmOpen(false);
                    toast.show(`Deleted ${name}.`);
                    void navigate({ to: '/opportunities' });
                  },
                  onError,
                })
              }
            >
              {del.isPending ? 'Deleting…' : 'Delete for good'}
            </Button>
          </>
        }
      />
    </div>
  );
}
