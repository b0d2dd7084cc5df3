import type { CsvPreview, PreviewRow } from '../../../contracts/imports.js';
import type { Stage } from '../../../contracts/values.js';
import { Badge } from '../../components/ui/badge.js';
import { Select } from '../../components/ui/field.js';
import { STAGES, STAGE_LABELS } from '../../lib/stages.js';

/** The fields a column can be chosen for on the mapping screen, in the order shown. */
export const MAPPED_FIELDS = [
  ['employerName', 'Company'],
  ['roleTitle', 'Job title'],
  ['stage', 'Status'],
  ['appliedOn', 'Date applied'],
  ['sourceUrl', 'Posting address'],
  ['location', 'Location'],
  ['salary', 'Salary'],
  ['contact', 'Contact'],
  ['notes', 'Notes'],
] as const;

export type Mapping = Partial<Record<string, string>>;

/** Each of our fields ← a column of the file. */
export function MappingStep({ preview, mapping, onChange }: { preview: CsvPreview; mapping: Mapping; onChange: (m: Mapping) => void }) {
  return (
    <fieldset data-import-mapping className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-2 text-base font-semibold">Which column holds what</legend>
      {MAPPED_FIELDS.map(([field, label]) => (
        <label key={field} className="flex flex-col gap-1 text-sm font-medium">
          {label}
          <Select
            aria-label={`Column for ${label}`}
            value={mapping[field] ?? ''}
            onChange={(e) => {
              const rest = Object.fromEntries(Object.entries(mapping).filter(([f]) => f !== field));
              onChange(e.target.value ? { ...rest, [field]: e.target.value } : rest);
            }}
          >
            <option value="">— not in this file —</option>
            {preview.columns.map((c, i) => (
              <option key={`${c}-${i}`} value={c}>
                {c || `(column ${i + 1})`}
              </option>
            ))}
          </Select>
        </label>
      ))}
    </fieldset>
  );
}

/** How the file's statuses map to our stages, editable per status. */
export function StatusStep({ preview, onChange }: { preview: CsvPreview; onChange: (status: string, stage: Stage) => void }) {
  if (preview.statuses.length === 0) return null;
  return (
    <fieldset data-import-statuses className="flex flex-col gap-2">
      <legend className="mb-2 text-base font-semibold">Their statuses, our stages</legend>
      {preview.statuses.map((s) => (
        <label key={s.status} className="flex flex-wrap items-center gap-3 text-sm">
          <span className="min-w-40 font-medium">
            “{s.status}” <span className="text-muted">({s.count})</span>
          </span>
          <span aria-hidden="true">→</span>
          {/* Form controls are full width: the box gives this one its width. */}
          <span className="w-48 max-w-full">
            <Select
              aria-label={`Stage for “${s.status}”`}
              value={s.stage ?? ''}
              onChange={(e) => onChange(s.status, e.target.value as Stage)}
            >
              {s.stage === null && <option value="">Choose a stage…</option>}
              {STAGES.map((st) => (
                <option key={st} value={st}>
                  {STAGE_LABELS[st]}
                </option>
              ))}
            </Select>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function duplicateText(d: NonNullable<PreviewRow['duplicate']>): string {
  if (d.reason === 'earlier-in-file') return `Repeats ${d.what}`;
  return d.reason === 'same-url' ? `Same posting as “${d.what}”, which you have` : `Like “${d.what}”, which you have`;
}

/** Every row the import would add, each with a box to leave it out; duplicates are left out unless ticked. */
export function RowsStep({
  preview,
  skip,
  onToggle,
}: {
  preview: CsvPreview;
  skip: ReadonlySet<number>;
  onToggle: (line: number) => void;
}) {
  if (preview.rows.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table data-import-rows className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-base font-semibold">The rows</caption>
        <thead>
          <tr className="border-b border-line-strong">
            {['Import', 'Line', 'Company', 'Job title', 'Stage', 'Applied', ''].map((h, i) => (
              <th key={i} scope="col" className="px-2 py-1.5 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr key={r.line} data-line={r.line} className="border-b border-line align-top">
              <td className="px-2 py-1.5">
                <input
                  type="checkbox"
                  aria-label={`Import line ${r.line}: ${r.roleTitle} at ${r.employerName}`}
                  checked={!skip.has(r.line)}
                  onChange={() => onToggle(r.line)}
                />
              </td>
              <td className="px-2 py-1.5 text-muted">{r.line}</td>
              <td className="px-2 py-1.5">{r.employerName}</td>
              <td className="px-2 py-1.5">{r.roleTitle}</td>
              <td className="px-2 py-1.5">{STAGE_LABELS[r.stage]}</td>
              <td className="px-2 py-1.5 whitespace-nowrap">{r.appliedOn ?? ''}</td>
              <td className="px-2 py-1.5">{r.duplicate && <Badge tone="warn">{duplicateText(r.duplicate)}</Badge>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Rows that cannot be imported, with their line and the reason. */
export function BadRows({ preview }: { preview: CsvPreview }) {
  if (preview.bad.length === 0) return null;
  return (
    <div data-import-bad>
      <h2 className="text-base font-semibold">
        {preview.bad.length} row{preview.bad.length === 1 ? '' : 's'} left out
      </h2>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {preview.bad.slice(0, 200).map((b) => (
          <li key={b.line}>
            Line {b.line}: {b.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
