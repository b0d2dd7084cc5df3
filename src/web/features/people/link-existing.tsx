import { useState } from 'react';
import { Button } from '../../components/ui/button.js';
import { Field, Select } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { linkable } from './model.js';
import { useLinkPerson, usePeople } from './queries.js';

/** Link someone already in the notebook at this employer (met for another role there) to this opportunity. */
export function LinkExisting({ opportunityId, employerId }: { opportunityId: string; employerId: string }) {
  const all = usePeople(null);
  const link = useLinkPerson(opportunityId);
  const toast = useToast();
  const [personId, setPersonId] = useState('');
  const options = all.data ? linkable(all.data, { opportunityId, employerId }) : [];
  if (options.length === 0) return null;
  const chosen = options.find((p) => p.id === personId) ?? options[0];
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosen) return;
        link.mutate(
          { personId: chosen.id, link: true },
          { onSuccess: () => toast.show(`Linked ${chosen.name}.`), onError: (err) => toast.show(errorMessage(err), { tone: 'error' }) },
        );
      }}
    >
      <Field label="Link an existing person" className="min-w-0 flex-1">
        {({ id }) => (
          <Select id={id} value={chosen?.id ?? ''} onChange={(e) => setPersonId(e.target.value)}>
            {options.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.title ? ` · ${p.title}` : ''}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" variant="secondary" disabled={link.isPending}>
        Link
      </Button>
    </form>
  );
}
