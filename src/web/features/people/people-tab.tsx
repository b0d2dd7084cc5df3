import { useState } from 'react';
import { Download, UserPlus } from 'lucide-react';
import { Button, buttonClass } from '../../components/ui/button.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useToast } from '../../components/ui/toast.js';
import { PersonCard } from './person-card.js';
import { PersonForm, bodyOf, draftOf } from './person-form.js';
import { LinkExisting } from './link-existing.js';
import { VcfImport } from './vcf-import.js';
import { useCreatePerson, usePeople } from './queries.js';

/** The People tab: who you deal with at this employer, with their contacts, and vCard import and export. */
export function PeopleTab({
  opportunityId,
  employerId,
  employerName,
}: {
  opportunityId: string;
  employerId: string;
  employerName: string;
}) {
  const q = usePeople(opportunityId);
  const create = useCreatePerson();
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const [formKey, setFormKey] = useState(0);

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <div className="flex min-w-0 flex-col gap-4 lg:col-span-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-base font-semibold">People at {employerName}</h2>
          <div className="flex flex-wrap gap-2">
            {!adding && (
              <Button size="sm" onClick={() => setAdding(true)}>
                <UserPlus size={14} aria-hidden="true" /> Add a person
              </Button>
            )}
            {q.data && q.data.length > 0 && (
              <a
                href={`/api/opportunities/${encodeURIComponent(opportunityId)}/people.vcf`}
                download
                className={buttonClass('secondary', 'sm')}
              >
                <Download size={14} aria-hidden="true" /> Export all (.vcf)
              </a>
            )}
          </div>
        </div>
        {adding && (
          <section aria-labelledby="add-person-h" className="rounded-xl border border-line bg-surface p-5">
            <h3 id="add-person-h" className="mb-3 text-base font-semibold">
              Add a person
            </h3>
            <PersonForm
              key={formKey}
              initial={draftOf()}
              submitLabel="Add person"
              onCancel={() => setAdding(false)}
              onSubmit={async (d) => {
                await create.mutateAsync({ ...bodyOf(d), employerName, opportunityIds: [opportunityId] });
                toast.show(`Added ${d.name.trim()}.`);
                setFormKey((k) => k + 1);
                setAdding(false);
              }}
            />
          </section>
        )}
        {q.isPending ? (
          <Loading label="Loading people…" />
        ) : q.isError ? (
          <LoadError error={q.error} onRetry={() => void q.refetch()} />
        ) : q.data.length === 0 ? (
          <p className="rounded-xl border border-dashed border-line-strong bg-surface p-5 text-sm text-muted">
            Nobody here yet. Add the recruiter and each person you will meet, so their names, roles and contact details are at hand before
            and after every conversation.
          </p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2" aria-label="People">
            {q.data.map((p) => (
              <PersonCard key={p.id} person={p} opportunityId={opportunityId} />
            ))}
          </ul>
        )}
        <LinkExisting opportunityId={opportunityId} employerId={employerId} />
      </div>
      <VcfImport opportunityId={opportunityId} employerName={employerName} />
    </div>
  );
}
