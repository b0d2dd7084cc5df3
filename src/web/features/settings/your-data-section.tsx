import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BackupPreview } from '../../../contracts/backup.js';
import { errorMessage } from '../../api/client.js';
import { buttonClass } from '../../components/ui/button.js';
import { useToast } from '../../components/ui/toast.js';
import { AutomaticBackups, restoredMessage } from './automatic-backups.js';
import { EraseEverything } from './erase-everything.js';
import { RestoreDialog } from './restore-dialog.js';
import { previewRestore, restoreExport } from './queries.js';

function UploadRestore({ serverMode }: { serverMode: boolean }) {
  const qc = useQueryClient();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; text: string; preview: BackupPreview } | null>(null);
  const [problem, setProblem] = useState('');

  const check = useMutation({
    mutationFn: async (picked: File) => {
      const text = await picked.text();
      return { name: picked.name, text, preview: await previewRestore(text) };
    },
    onSuccess: (r) => {
      setProblem('');
      setFile(r);
    },
    onError: (e) => setProblem(errorMessage(e).replace(/^text: /, '')),
  });
  const restore = useMutation({
    mutationFn: restoreExport,
    onSuccess: async (result) => {
      setFile(null);
      if (input.current) input.current.value = '';
      toast.show(restoredMessage(result));
      await qc.invalidateQueries();
    },
    onError: (e) => {
      setFile(null);
      setProblem(errorMessage(e));
    },
  });

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor="restore-file" className="text-sm font-medium">
        Restore a backup
      </label>
      <p id="restore-file-hint" className="text-sm text-muted">
        {serverMode
          ? 'Choose a backup file made by Offerbook. It restores into an empty account.'
          : 'Choose a backup file made by Offerbook (here or with offerbook export). The whole file is checked first and you see what it holds before anything changes.'}
      </p>
      <input
        ref={input}
        id="restore-file"
        type="file"
        accept="application/json,.json"
        aria-describedby="restore-file-hint"
        className="text-sm"
        onChange={(e) => {
          const picked = e.currentTarget.files?.[0];
          if (picked) check.mutate(picked);
        }}
      />
      {check.isPending && <p className="text-sm text-muted">Checking the file…</p>}
      {problem && (
        <p role="alert" className="text-sm text-danger">
          {problem}
        </p>
      )}
      <RestoreDialog
        preview={file?.preview ?? null}
        source={file?.name ?? ''}
        serverMode={serverMode}
        pending={restore.isPending}
        onConfirm={() => file && restore.mutate(file.text)}
        onCancel={() => {
          setFile(null);
          if (input.current) input.current.value = '';
        }}
      />
    </div>
  );
}

/** Settings › Your data: download a backup, restore one, automatic backups and "delete everything" (local mode). */
export function YourDataSection({ serverMode }: { serverMode: boolean }) {
  return (
    <section aria-labelledby="your-data-h" className="mt-6 flex max-w-2xl flex-col gap-6 rounded-xl border border-line bg-surface p-6">
      <div>
        <h2 id="your-data-h" className="text-base font-semibold">
          Your data
        </h2>
        <p className="mt-1 text-sm text-muted">
          {serverMode
            ? 'Everything in your account, as one file you can keep or take to another Offerbook.'
            : 'Your notebook lives in one file on this computer. Download a copy any time; it is the same file as offerbook export makes.'}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <a href="/api/export" download className={buttonClass('secondary')}>
          Download a backup
        </a>
        <Link to="/opportunities/import" className={buttonClass('ghost')}>
          Import from a spreadsheet
        </Link>
      </div>
      <UploadRestore serverMode={serverMode} />
      {!serverMode && <AutomaticBackups />}
      {!serverMode && <EraseEverything />}
    </section>
  );
}
