import { useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { CsvPreview } from '../../../contracts/imports.js';
import type { Stage } from '../../../contracts/values.js';
import { Button } from '../../components/ui/button.js';
import { PageHeader } from '../../components/ui/page.js';
import { useToast } from '../../components/ui/toast.js';
import { EarlierImports } from './earlier-imports.js';
import { undoImportNow, useImportCsv, usePreviewCsv } from './queries.js';
import { BadRows, MappingStep, RowsStep, StatusStep, type Mapping } from './steps.js';

/** The largest file the wizard sends (the server's limit, src/contracts/imports.ts). */
const MAX_BYTES = 5 * 1024 * 1024;

function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let s = '';
  for (let i = 0; i < view.length; i += 0x8000) s += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(s);
}

const ENCODINGS: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1252': 'Windows-1252' };
const DELIMITERS: Record<string, string> = { ',': 'comma', ';': 'semicolon', tab: 'tab', '|': 'pipe' };

/** "Import from a spreadsheet": choose a file, check columns and statuses, preview every row, import, undo. */
export function ImportPage() {
  const navigate = useNavigate();
  const toast = useToast();
  const previewing = usePreviewCsv();
  const importing = useImportCsv();
  const qc = useQueryClient();
  const [file, setFile] = useState<{ name: string; bytes: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Mapping | undefined>(undefined);
  const [statusMap, setStatusMap] = useState<Record<string, Stage>>({});
  const [skip, setSkip] = useState<Set<number>>(new Set());
  const [showMapping, setShowMapping] = useState(false);
  const [preview, setPreview] = useState<CsvPreview | null>(null);

  const read = (f: { name: string; bytes: string }, m: Mapping | undefined, s: Record<string, Stage>) =>
    previewing.mutate(
      { fileName: f.name, bytes: f.bytes, ...(m ? { mapping: m } : {}), statusMap: s },
      {
        onSuccess: (p) => {
          setPreview(p);
          setSkip(new Set(p.rows.filter((r) => r.duplicate).map((r) => r.line)));
          if (!p.mapping.employerName || !p.mapping.roleTitle) setShowMapping(true);
        },
        onError: () => setPreview(null),
      },
    );

  const choose = async (picked: File | undefined) => {
    if (!picked) return;
    setFileError(null);
    setPreview(null);
    setMapping(undefined);
    setStatusMap({});
    setShowMapping(false);
    if (picked.size > MAX_BYTES) {
      setFile(null);
      setFileError(`${picked.name} is larger than 5 MB. Split it into smaller files and import each.`);
      return;
    }
    const f = { name: picked.name.slice(0, 255), bytes: toBase64(await picked.arrayBuffer()) };
    setFile(f);
    read(f, undefined, {});
  };

  const changeMapping = (m: Mapping) => {
    setMapping(m);
    if (file) read(file, m, statusMap);
  };
  const changeStatus = (status: string, stage: Stage) => {
    const s = { ...statusMap, [status]: stage };
    setStatusMap(s);
    if (file) read(file, mapping, s);
  };

  const count = preview ? preview.rows.filter((r) => !skip.has(r.line)).length : 0;
  const commit = () => {
    if (!file || !preview) return;
    importing.mutate(
      { fileName: file.name, bytes: file.bytes, ...(mapping ? { mapping } : {}), statusMap, skip: [...skip] },
      {
        onSuccess: (result) => {
          toast.show(`Imported ${result.added} opportunit${result.added === 1 ? 'y' : 'ies'} from ${result.import.fileName}.`, {
            action: {
              label: 'Undo',
              onClick: () =>
                void undoImportNow(qc, result.import.id).then(
                  (r) => toast.show(`Import undone: ${r.removed} opportunit${r.removed === 1 ? 'y' : 'ies'} removed.`),
                  (e: Error) => toast.show(`Could not undo the import: ${e.message}`, { tone: 'error' }),
                ),
            },
          });
          void navigate({ to: '/opportunities' });
        },
      },
    );
  };

  const error = fileError ?? (previewing.error as Error | null)?.message ?? (importing.error as Error | null)?.message ?? null;
  return (
    <div data-import-page className="flex max-w-4xl flex-col gap-6">
      <PageHeader
        title="Import from a spreadsheet"
        lead="Bring your opportunities from another tracker or a spreadsheet saved as CSV (Huntr, Teal, Simplify, LinkedIn's Job Applications, Notion, Airtable, Excel, Google Sheets). Nothing is saved until you import."
      />
      <label
        className="flex cursor-pointer flex-col items-center gap-2 rounded-xl border-2 border-dashed border-line-strong bg-surface p-8 text-center text-sm"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void choose(e.dataTransfer.files[0]);
        }}
      >
        <span className="font-medium">{file ? file.name : 'Choose a CSV file, or drop it here'}</span>
        <span className="text-muted">Up to 5 MB. UTF-8, UTF-16 and Windows-1252 are read; commas, semicolons and tabs too.</span>
        <input
          data-import-file
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          className="sr-only"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
      {previewing.isPending && <p className="text-sm text-muted">Reading the file…</p>}
      {preview && (
        <>
          <div data-import-summary className="flex flex-col gap-1 text-sm">
            <p className="text-base font-semibold">
              {preview.recognised ? `Looks like a ${preview.presetLabel} export` : 'A spreadsheet of your own'}
            </p>
            <p className="text-muted">
              Read as {ENCODINGS[preview.encoding] ?? preview.encoding}, {DELIMITERS[preview.delimiter] ?? preview.delimiter}-separated,
              header on line {preview.headerLine}.
            </p>
            {!showMapping && (
              <Button variant="ghost" size="sm" className="self-start" onClick={() => setShowMapping(true)}>
                Change which column holds what
              </Button>
            )}
          </div>
          {showMapping && <MappingStep preview={preview} mapping={mapping ?? preview.mapping} onChange={changeMapping} />}
          <StatusStep preview={preview} onChange={changeStatus} />
          <RowsStep
            preview={preview}
            skip={skip}
            onToggle={(line) =>
              setSkip((s) => {
                const next = new Set(s);
                if (!next.delete(line)) next.add(line);
                return next;
              })
            }
          />
          <BadRows preview={preview} />
          <div>
            <Button onClick={commit} disabled={count === 0 || importing.isPending || previewing.isPending}>
              {importing.isPending ? 'Importing…' : `Import ${count} opportunit${count === 1 ? 'y' : 'ies'}`}
            </Button>
          </div>
        </>
      )}
      <EarlierImports />
    </div>
  );
}
