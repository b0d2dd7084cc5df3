import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { Upload } from 'lucide-react';
import { Button } from '../../../components/ui/button.js';
import { parseVCards } from '../../../../core/contacts/index.js';
import type { ParsedCard, VCardParseResult } from '../../../../core/contacts/index.js';
import { CaptureForm } from './capture-form.js';
import type { CaptureDraft } from './model.js';
import { draftFromVCard } from './model.js';
import { VCardErrors } from '../../people/vcard-errors.js';

const pickerClass =
  'inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line-strong px-3 py-2 text-sm font-medium hover:bg-accent-soft has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent';

/** A contact from a .vcf file (AirDrop, a QR code, an email): read in the browser, reviewed, saved on confirm. */
export function VCardCapture({ employerName, onSave }: { employerName: string; onSave: (d: CaptureDraft) => Promise<unknown> }) {
  const [result, setResult] = useState<VCardParseResult | null>(null);
  const [fileName, setFileName] = useState('');
  const [picked, setPicked] = useState<ParsedCard | null>(null);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const parsed = parseVCards(await file.text());
    setFileName(file.name);
    setResult(parsed);
    setPicked(parsed.cards.length === 1 ? parsed.cards[0]! : null);
  }

  if (picked) {
    return (
      <div className="grid gap-3">
        <p className="text-sm text-muted">From {fileName}. Check the details, then save.</p>
        <CaptureForm
          key={picked.line}
          initial={draftFromVCard(picked.person, employerName)}
          onSave={onSave}
          onCancel={() => {
            setPicked(null);
            if ((result?.cards.length ?? 0) <= 1) setResult(null);
          }}
          cancelLabel={(result?.cards.length ?? 0) > 1 ? 'Back to the list' : 'Cancel'}
        />
      </div>
    );
  }

  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted">
        Choose a contact card (.vcf) you were sent or exported. You will see it before anything is saved.
      </p>
      <div>
        <label className={pickerClass}>
          <Upload size={16} aria-hidden="true" />
          Choose a .vcf file
          <input type="file" accept=".vcf,.vcard,text/vcard,text/x-vcard" className="sr-only" onChange={(e) => void onFile(e)} />
        </label>
      </div>
      {result && (
        <div aria-live="polite" className="grid gap-2">
          {result.cards.length === 0 && <p className="text-sm text-muted">No readable contact in {fileName}.</p>}
          {result.cards.length > 1 && (
            <>
              <p className="text-sm font-medium">
                {result.cards.length} contacts in {fileName}: pick the one you met.
              </p>
              <ul className="grid gap-1">
                {result.cards.map((c) => (
                  <li key={c.line}>
                    <Button variant="secondary" size="sm" className="w-full justify-start" onClick={() => setPicked(c)}>
                      {c.person.name}
                      {c.person.title && <span className="truncate font-normal text-muted"> · {c.person.title}</span>}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <VCardErrors errors={result.errors} />
        </div>
      )}
    </div>
  );
}
