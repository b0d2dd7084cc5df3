import { useState } from 'react';
import { Download, Link2Off, Mail, Pencil, Phone, Trash2 } from 'lucide-react';
import { Badge } from '../../components/ui/badge.js';
import { Button } from '../../components/ui/button.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { MarkdownView } from '../research/markdown-view.js';
import { PersonForm, bodyOf, draftOf } from './person-form.js';
import { ROLE_LABELS, recreatePerson, shortLink } from './model.js';
import { useCreatePerson, useDeletePerson, useLinkPerson, useUpdatePerson } from './queries.js';
import type { Person } from '../../../contracts/people.js';

/** One person of this opportunity: contact details, background, and edit / remove / delete / export. */
export function PersonCard({ person, opportunityId }: { person: Person; opportunityId: string }) {
  const [editing, setEditing] = useState(false);
  const update = useUpdatePerson();
  const del = useDeletePerson();
  const recreate = useCreatePerson();
  const link = useLinkPerson(opportunityId);
  const toast = useToast();
  const fail = (e: unknown) => toast.show(errorMessage(e), { tone: 'error' });
  const headingId = `person-${person.id}`;

  if (editing)
    return (
      <li className="rounded-xl border border-accent bg-surface p-4">
        <h3 className="mb-3 text-base font-semibold">Edit {person.name}</h3>
        <PersonForm
          initial={draftOf(person)}
          submitLabel="Save person"
          onCancel={() => setEditing(false)}
          onSubmit={async (d) => {
            await update.mutateAsync({ id: person.id, body: bodyOf(d) });
            setEditing(false);
            toast.show(`Saved ${d.name.trim()}.`);
          }}
        />
      </li>
    );

  // mutateAsync, not mutate: the card unmounts once the list refreshes, and the Undo toast must still appear.
  function unlink() {
    link
      .mutateAsync({ personId: person.id, link: false })
      .then(() =>
        toast.show(`Removed ${person.name} from this opportunity.`, {
          action: { label: 'Undo', onClick: () => link.mutateAsync({ personId: person.id, link: true }).catch(fail) },
        }),
      )
      .catch(fail);
  }
  function remove() {
    del
      .mutateAsync(person.id)
      .then(() =>
        toast.show(`Deleted ${person.name}.`, {
          action: { label: 'Undo', onClick: () => recreate.mutateAsync(recreatePerson(person)).catch(fail) },
        }),
      )
      .catch(fail);
  }

  return (
    <li className="flex flex-col rounded-xl border border-line bg-surface p-4" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-base font-semibold break-words">
            {person.name}
          </h3>
          {person.title && <p className="text-sm text-muted">{person.title}</p>}
        </div>
        <Badge tone={person.role === 'other' ? 'neutral' : 'accent'}>{ROLE_LABELS[person.role]}</Badge>
      </div>
      <ul className="mt-3 space-y-1 text-sm">
        {person.email && (
          <li className="flex items-center gap-2">
            <Mail size={14} aria-hidden="true" className="shrink-0 text-muted" />
            <a href={`mailto:${person.email}`} className="break-all text-accent underline underline-offset-2">
              {person.email}
            </a>
          </li>
        )}
        {person.phone && (
          <li className="flex items-center gap-2">
            <Phone size={14} aria-hidden="true" className="shrink-0 text-muted" />
            <a href={`tel:${person.phone.replace(/[^\d+]/g, '')}`} className="text-accent underline underline-offset-2">
              {person.phone}
            </a>
          </li>
        )}
        {person.links.map((l) => (
          <li key={l} className="truncate">
            <a href={l} target="_blank" rel="noopener noreferrer" className="text-accent underline underline-offset-2">
              {shortLink(l)}
            </a>
          </li>
        ))}
      </ul>
      {person.background.trim() && (
        <div className="mt-3">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Background</h4>
          <MarkdownView text={person.background} className="mt-1" />
        </div>
      )}
      {person.inCommon.trim() && (
        <div className="mt-3">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">In common</h4>
          <p className="mt-1 whitespace-pre-wrap text-sm">{person.inCommon}</p>
        </div>
      )}
      <div className="mt-auto flex flex-wrap gap-1 pt-3">
        <Button variant="ghost" size="sm" onClick={() => setEditing(true)} aria-label={`Edit ${person.name}`}>
          <Pencil size={14} aria-hidden="true" /> Edit
        </Button>
        <a
          href={`/api/people/${encodeURIComponent(person.id)}/vcard`}
          download
          className="inline-flex h-8 items-center gap-1.5 rounded-lg px-3 text-sm font-medium hover:bg-accent-soft"
          aria-label={`Download vCard of ${person.name}`}
        >
          <Download size={14} aria-hidden="true" /> Download vCard
        </a>
        {/* One way out: a person who also belongs to other opportunities is only taken off this one; otherwise deleted. */}
        {person.opportunityIds.length > 1 ? (
          <Button variant="ghost" size="sm" onClick={unlink} disabled={link.isPending}>
            <Link2Off size={14} aria-hidden="true" /> Remove from this opportunity
          </Button>
        ) : (
          <Button variant="ghost" size="sm" className="text-danger" onClick={remove} disabled={del.isPending}>
            <Trash2 size={14} aria-hidden="true" /> Delete {person.name}
          </Button>
        )}
      </div>
    </li>
  );
}
