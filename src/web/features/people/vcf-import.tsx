import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { Upload } from 'lucide-react';
import { Button } from '../../components/ui/button.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { PERSON_ROLES, isPersonRole, parseVCards } from '../../../core/contacts/index.js';
import type { PersonRole, VCardParseResult } from '../../../core/contacts/index.js';
import { Select } from '../../components/ui/field.js';
import { ROLE_LABELS, cardToCreate } from './model.js';
import { useImportPeople } from './queries.js';
import { VCardErrors } from './vcard-errors.js';

/** Import a .vcf: parsed in the browser, previewed (good cards to tick, bad ones with their line), saved only on confirm. */
export function VcfImport({ opportunityId, employerName }: { opportunityId: string; employerName: string }) {
  const [fileName, setFileName] = useState('');
  const [result, setResult] = useState<VCardParseResult | null>(null);
  const [chosen, setChosen] = useState<boolean[]>([]);
  // A card rarely says who the person is to you: the role is chosen here, starting from what the card suggests.
  const [roles, setRoles] = useState<PersonRole[]>([]);
  const importPeople = useImportPeople();
  const toast = useToast();

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const parsed = parseVCards(await file.text());
    setFileName(file.name);
    setResult(parsed);
    setChosen(parsed.cards.map(() => true));
    setRoles(parsed.cards.map((c) => c.person.role));
  }

  function confirm() {
    if (!result) return;
    const people = result.cards
      .map((c, i) => ({ ...cardToCreate(c, { opportunityId, employerName }), role: roles[i] ?? c.person.role }))
      .filter((_, i) => chosen[i]);
    if (people.length === 0) return;
    importPeople.mutate(people, {
      onSuccess: (items) => {
        toast.show(`Imported ${items.length} ${items.length === 1 ? 'person' : 'people'}.`);
        setResult(null);
      },
      onError: (err) => toast.show(errorMessage(err), { tone: 'error' }),
    });
  }

  const count = chosen.filter(Boolean).length;
  return (
    <section aria-labelledby="vcf-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="vcf-h" className="text-base font-semibold">
        Import contacts (.vcf)
      </h2>
      <p className="mt-1 text-sm text-muted">
        Export a card from your phone or address book. You will see what was read before anything is saved.
      </p>
      <label className="mt-3 inline-flex cursor-pointer items-center gap-2 rounded-lg border border-line-strong px-3 py-2 text-sm font-medium hover:bg-accent-soft has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent">
        <Upload size={16} aria-hidden="true" />
        Choose a .vcf file
        <input type="file" accept=".vcf,.vcard,text/vcard,text/x-vcard" className="sr-only" onChange={(e) => void onFile(e)} />
      </label>
      {result && (
        <div className="mt-4" aria-live="polite">
          <h3 className="text-sm font-semibold">Preview of {fileName}</h3>
          {result.cards.length === 0 ? (
            <p className="mt-2 text-sm text-muted">No readable cards in this file.</p>
          ) : (
            <fieldset className="mt-2">
              <legend className="text-sm text-muted">
                People to import ({count} of {result.cards.length} chosen)
              </legend>
              <ul className="mt-2 space-y-2">
                {result.cards.map((c, i) => (
                  <li key={c.line} className="rounded-lg border border-line px-3 py-2 text-sm">
                    <label className="flex items-start gap-2">
                      <input
                        type="checkbox"
                        className="mt-1"
                        checked={chosen[i] ?? false}
                        onChange={(e) => setChosen(chosen.map((v, j) => (j === i ? e.target.checked : v)))}
                      />
                      <span>
                        <span className="font-medium">{c.person.name}</span>
                        {c.person.title && <span className="text-muted"> · {c.person.title}</span>}
                        <span className="text-muted"> · {c.person.organisation ?? employerName}</span>
                        {c.person.email && <span className="block text-muted">{c.person.email}</span>}
                        {c.warnings.map((w) => (
                          <span key={`${w.line}-${w.message}`} className="block text-xs text-warn">
                            Line {w.line}: {w.message}
                          </span>
                        ))}
                      </span>
                    </label>
                    <label className="mt-2 flex items-center gap-2 pl-6 text-sm">
                      <span className="text-muted">Role</span>
                      <Select
                        className="h-9 w-auto"
                        value={roles[i] ?? c.person.role}
                        aria-label={`Role of ${c.person.name}`}
                        onChange={(e) => {
                          const v = e.target.value;
                          if (isPersonRole(v)) setRoles(roles.map((r, j) => (j === i ? v : r)));
                        }}
                      >
                        {PERSON_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {ROLE_LABELS[r]}
                          </option>
                        ))}
                      </Select>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
          <VCardErrors errors={result.errors} className="mt-3" />
          <div className="mt-3 flex flex-wrap gap-2">
            <Button onClick={confirm} disabled={count === 0 || importPeople.isPending}>
              {importPeople.isPending ? 'Importing…' : `Import ${count} ${count === 1 ? 'person' : 'people'}`}
            </Button>
            <Button variant="ghost" onClick={() => setResult(null)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
