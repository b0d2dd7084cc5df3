import { useId } from 'react';
import { Badge } from '../../components/ui/badge.js';
import { Select } from '../../components/ui/field.js';
import { PERSON_ROLES } from '../../../core/contacts/person.js';
import { ROLE_LABELS, type ReviewPerson } from './invitation-review.js';
import type { PersonRole } from '../../../core/contacts/person.js';

interface Props {
  people: readonly ReviewPerson[];
  /** The new list; `dropped` names a person the user chose not to add (their name leaves the conversations). */
  onChange: (people: ReviewPerson[], dropped?: string) => void;
}

function status(p: ReviewPerson): string {
  if (p.personId && p.linked) return 'already on this opportunity';
  if (p.personId) return 'already in your people: will be linked';
  return 'new person';
}

/** The people an invitation named, with the role the reader guessed for each; the user fixes roles and picks who to add. */
export function InvitedPeople({ people, onChange }: Props) {
  const hintId = useId();
  const set = (key: string, patch: Partial<ReviewPerson>) => onChange(people.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={hintId}>
      <legend className="text-sm font-semibold">People in the invitation</legend>
      <p id={hintId} className="text-sm text-muted">
        Check the role guessed for each person: whoever sent the invitation is usually the recruiter. Roles decide who gets interview
        questions and thank-you notes.
      </p>
      <ul className="flex flex-col gap-2" aria-label="People in the invitation">
        {people.map((p) => (
          <li
            key={p.key}
            aria-label={p.name}
            className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-line bg-bg px-4 py-3"
          >
            <div className="min-w-0 flex-1 basis-56">
              {p.personId && p.linked ? (
                <span className="font-medium">{p.name}</span>
              ) : (
                <label className="flex min-h-11 cursor-pointer items-center gap-2 font-medium">
                  <input
                    type="checkbox"
                    className="size-4 accent-accent"
                    checked={p.keep}
                    onChange={(e) =>
                      onChange(
                        people.map((x) => (x.key === p.key ? { ...x, keep: e.target.checked } : x)),
                        e.target.checked ? undefined : p.name,
                      )
                    }
                  />
                  Add {p.name}
                </label>
              )}
              <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
                {p.title && <span>{p.title}</span>}
                {p.email && <span className="break-all">{p.email}</span>}
                {p.sender && <Badge tone="accent">sent the invitation</Badge>}
                {p.organiser && <Badge>organiser</Badge>}
                <span>({status(p)})</span>
              </p>
            </div>
            <Select
              aria-label={`Role of ${p.name}`}
              className="w-44"
              value={p.role}
              onChange={(e) => set(p.key, { role: e.target.value as PersonRole })}
            >
              {PERSON_ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </Select>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
