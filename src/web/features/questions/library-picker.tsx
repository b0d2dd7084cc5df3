import { useState } from 'react';
import { Plus } from 'lucide-react';
import { Button } from '../../components/ui/button.js';
import { Badge } from '../../components/ui/badge.js';
import { Field, Input, Select } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { errorMessage } from '../../api/client.js';
import { PURPOSE_LABELS, ROLE_LABELS, filterLibrary, priorityLabel } from './model.js';
import type { LibraryFilter } from './model.js';
import { useAddItem, useLibrary } from './queries.js';
import type { InterviewerRole, QuestionPurpose } from '../../../contracts/questions.js';

const PURPOSES = Object.keys(PURPOSE_LABELS) as QuestionPurpose[];
const ROLES = Object.keys(ROLE_LABELS) as InterviewerRole[];
const SHOWN = 12;

/** A searchable list of the library's questions, by purpose and interviewer role, with the priorities each informs. */
export function LibraryPicker({ opportunityId, planned }: { opportunityId: string; planned: ReadonlySet<string> }) {
  const lib = useLibrary(true);
  const add = useAddItem(opportunityId);
  const toast = useToast();
  const [filter, setFilter] = useState<LibraryFilter>({ text: '', purpose: '', role: '' });
  const [limit, setLimit] = useState(SHOWN);

  const matches = lib.data ? filterLibrary(lib.data, filter) : [];
  const shown = matches.slice(0, limit);
  const change = (next: Partial<LibraryFilter>) => {
    setFilter({ ...filter, ...next });
    setLimit(SHOWN);
  };

  return (
    <div className="grid gap-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Search the library">
          {({ id }) => (
            <Input
              id={id}
              type="search"
              value={filter.text}
              onChange={(e) => change({ text: e.target.value })}
              placeholder="e.g. team, growth"
            />
          )}
        </Field>
        <Field label="Purpose">
          {({ id }) => (
            <Select id={id} value={filter.purpose} onChange={(e) => change({ purpose: PURPOSES.find((p) => p === e.target.value) ?? '' })}>
              <option value="">Any purpose</option>
              {PURPOSES.map((p) => (
                <option key={p} value={p}>
                  {PURPOSE_LABELS[p]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Suits">
          {({ id }) => (
            <Select id={id} value={filter.role} onChange={(e) => change({ role: ROLES.find((r) => r === e.target.value) ?? '' })}>
              <option value="">Any interviewer</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {lib.isPending ? (
        <Loading label="Loading the library…" />
      ) : lib.isError ? (
        <LoadError error={lib.error} onRetry={() => void lib.refetch()} />
      ) : (
        <>
          <p className="text-sm text-muted" aria-live="polite">
            {matches.length === 0
              ? 'No question matches. Try fewer words, or type your own below.'
              : `${matches.length} ${matches.length === 1 ? 'question' : 'questions'}`}
          </p>
          <ul className="grid gap-2" aria-label="Library questions">
            {shown.map((q) => {
              const inPlan = planned.has(q.id);
              return (
                <li key={q.id} className="flex flex-wrap items-start gap-3 rounded-lg border border-line p-3">
                  <div className="min-w-0 flex-1">
                    <p className="break-words text-sm">{q.text}</p>
                    <p className="mt-1 flex flex-wrap gap-1.5 text-xs text-muted">
                      <Badge>{PURPOSE_LABELS[q.purpose]}</Badge>
                      <span>{q.roles.map((r) => ROLE_LABELS[r]).join(', ')}</span>
                      {q.informs.length > 0 && <span>· informs {q.informs.map(priorityLabel).join(', ')}</span>}
                      {q.source !== 'built-in' && <Badge tone="accent">{q.source === 'edited' ? 'Your wording' : 'Yours'}</Badge>}
                    </p>
                  </div>
                  <Button
                    size="sm"
                    variant="secondary"
                    aria-label={inPlan ? `In plan: ${q.text}` : `Add: ${q.text}`}
                    disabled={inPlan || add.isPending}
                    onClick={() =>
                      add.mutate(
                        { id: crypto.randomUUID(), questionId: q.id },
                        {
                          onSuccess: () => toast.show('Question added to the plan.'),
                          onError: (err) => toast.show(errorMessage(err), { tone: 'error' }),
                        },
                      )
                    }
                  >
                    {inPlan ? (
                      'In plan'
                    ) : (
                      <>
                        <Plus size={14} aria-hidden="true" /> Add
                      </>
                    )}
                  </Button>
                </li>
              );
            })}
          </ul>
          {matches.length > shown.length && (
            <div>
              <Button variant="ghost" size="sm" onClick={() => setLimit(limit + SHOWN)}>
                Show more ({matches.length - shown.length} left)
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
