import { useState } from 'react';
import type { FormEvent } from 'react';
import { CalendarClock } from 'lucide-react';
import { Button } from '../../components/ui/button.js';
import { Field, Input } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { dueLabel, formatDate, localDate } from '../../lib/dates.js';
import { useUpdateOpportunity } from './mutations.js';
import type { Opportunity } from '../../../contracts/opportunities.js';

/** The one next step for this opportunity and its due date: the dashboard is built from these. */
export function NextActionEditor({ o }: { o: Opportunity }) {
  const update = useUpdateOpportunity(o.id);
  const toast = useToast();
  const [action, setAction] = useState(o.nextAction ?? '');
  const [due, setDue] = useState(o.nextActionDue ?? '');
  const [errors, setErrors] = useState<{ nextAction?: string; nextActionDue?: string }>({});
  const today = localDate(new Date());
  const dirty = action.trim() !== (o.nextAction ?? '') || due !== (o.nextActionDue ?? '');

  function submit(e: FormEvent) {
    e.preventDefault();
    const a = action.trim();
    if (due && !a) {
      setErrors({ nextAction: 'Say what to do by that date.' });
      return;
    }
    setErrors({});
    update.mutate(
      { nextAction: a || null, nextActionDue: due || null },
      {
        onSuccess: () => toast.show(a ? 'Next action saved.' : 'Next action cleared.'),
        onError: (err) => {
          const f = err instanceof ApiError ? err.field?.split('.').pop() : undefined;
          if ((f === 'nextAction' || f === 'nextActionDue') && err instanceof ApiError) setErrors({ [f]: fieldMessage(err) });
          else toast.show(errorMessage(err), { tone: 'error' });
        },
      },
    );
  }

  const label = dueLabel(today, o.nextActionDue);
  return (
    <section aria-labelledby="next-action-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="next-action-h" className="flex items-center gap-2 text-base font-semibold">
        <CalendarClock size={18} aria-hidden="true" className="text-accent" />
        Next action
      </h2>
      <p className="mt-1 text-sm text-muted">
        {o.nextAction
          ? `${o.nextAction}${o.nextActionDue ? ` · ${formatDate(o.nextActionDue)} (${label})` : ''}`
          : 'None yet. One small, concrete step keeps this opportunity moving.'}
      </p>
      <form onSubmit={submit} noValidate className="mt-4 grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-start">
        <Field label="What to do next" error={errors.nextAction}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              name="nextAction"
              value={action}
              onChange={(e) => setAction(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              placeholder="e.g. Write to the recruiter"
            />
          )}
        </Field>
        <Field label="Due date" error={errors.nextActionDue}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              name="nextActionDue"
              type="date"
              value={due}
              onChange={(e) => setDue(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
        <Button type="submit" className="sm:mt-7" disabled={update.isPending || !dirty}>
          {update.isPending ? 'Saving…' : 'Save next action'}
        </Button>
      </form>
    </section>
  );
}
