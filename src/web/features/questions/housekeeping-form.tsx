import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../components/ui/button.js';
import { Field, Input, Select, Textarea } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { usePeople } from '../people/queries.js';
import { housekeepingBody, housekeepingDraft } from './model.js';
import type { HousekeepingDraft, HousekeepingField } from './model.js';
import { questionKeys, useHousekeeping, useSaveHousekeeping } from './queries.js';
import { housekeepingWrite, withQueued, type QueuedWrite } from '../interviews/notes/queued-writes.js';
import { useDayWrites } from '../interviews/notes/use-day-writes.js';
import type { NotesSync } from '../interviews/notes/sync.js';
import type { Housekeeping, QuestionPlan } from '../../../contracts/questions.js';
import { UnsavedGuard } from '../../forms/unsaved-guard.js';

type Errors = Partial<Record<HousekeepingField, string>>;
const FIELDS: readonly string[] = [
  'nextSteps',
  'decisionDate',
  'candidateCount',
  'bestContactPersonId',
  'bestContact',
  'preferredChannel',
  'preferredTiming',
  'contactEmail',
  'contactPhone',
];

/** The housekeeping answers heard at the end of an interview; they later drive the follow-ups. */
export function HousekeepingSection({
  opportunityId,
  plan,
  interviewId,
}: {
  opportunityId: string;
  plan: QuestionPlan;
  interviewId?: string;
}) {
  const q = useHousekeeping(opportunityId);
  return (
    <section aria-labelledby="housekeeping-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="housekeeping-h" className="text-base font-semibold">
        Housekeeping
      </h2>
      <p className="mt-1 text-sm text-muted">Before you leave, ask:</p>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {plan.housekeeping.map((h) => (
          <li key={h.key}>{h.text}</li>
        ))}
      </ul>
      {q.isPending ? (
        <Loading label="Loading housekeeping…" />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : interviewId ? (
        <DayHousekeeping interviewId={interviewId} opportunityId={opportunityId} saved={q.data} />
      ) : (
        <HousekeepingForm key={q.data.updatedAt ?? 'new'} opportunityId={opportunityId} saved={q.data} />
      )}
    </section>
  );
}

/**
 * On the interview day (interview mode): each changed answer is kept on the device first and sent with the notes,
 * one answer at a time (so an answer changed elsewhere is not overwritten); what waits shows in the form.
 */
function DayHousekeeping({ interviewId, opportunityId, saved }: { interviewId: string; opportunityId: string; saved: Housekeeping }) {
  const refreshes = useCallback(
    (w: QueuedWrite) =>
      w.key.startsWith(`housekeeping:${opportunityId}:`)
        ? { queryKey: questionKeys.housekeeping(opportunityId), answerIsData: true }
        : null,
    [opportunityId],
  );
  const { sync, waiting } = useDayWrites(interviewId, refreshes);
  const keys = FIELDS.map((f) => `housekeeping:${opportunityId}:${f}`);
  const shown = withQueued(saved, waiting, keys);
  const refused = keys.map((k) => waiting.get(k)?.failure).filter(Boolean);
  const queued = keys.filter((k) => waiting.has(k)).length;
  return (
    <>
      <HousekeepingForm
        key={`${saved.updatedAt ?? 'new'}-${queued}`}
        opportunityId={opportunityId}
        saved={shown}
        day={{ sync, interviewId }}
      />
      {refused.length > 0 && <p className="mt-2 text-sm text-danger">Not saved to the server: {refused.join('; ')}</p>}
    </>
  );
}

function HousekeepingForm({
  opportunityId,
  saved,
  day,
}: {
  opportunityId: string;
  saved: Housekeeping;
  day?: { sync: NotesSync; interviewId: string };
}) {
  const people = usePeople(opportunityId);
  const save = useSaveHousekeeping(opportunityId);
  const toast = useToast();
  const [d, setD] = useState<HousekeepingDraft>(() => housekeepingDraft(saved));
  const [errors, setErrors] = useState<Errors>({});
  const set = (k: HousekeepingField) => (e: { target: { value: string } }) => setD({ ...d, [k]: e.target.value });
  const dirty = JSON.stringify(d) !== JSON.stringify(housekeepingDraft(saved));

  function submit(e: FormEvent) {
    e.preventDefault();
    const { body, errors: found } = housekeepingBody(d);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (day) {
      // Only the answers that changed, each on its own.
      const changed = Object.entries(body).filter(([k, v]) => (saved as Record<string, unknown>)[k] !== v);
      void Promise.all(changed.map(([k, v]) => day.sync.queue(housekeepingWrite(day.interviewId, opportunityId, k, v))))
        .then(() => toast.show('Housekeeping saved on this device; it goes to the server with your notes.'))
        .catch((err: unknown) => toast.show(errorMessage(err), { tone: 'error' }));
      return;
    }
    save.mutate(body, {
      onSuccess: () => toast.show('Housekeeping saved.'),
      onError: (err) => {
        const f = err instanceof ApiError && err.field ? (err.field.split('.').pop() ?? '') : '';
        if (err instanceof ApiError && FIELDS.includes(f)) setErrors({ [f]: fieldMessage(err) });
        else toast.show(errorMessage(err), { tone: 'error' });
      },
    });
  }

  const text = (
    k: HousekeepingField,
    label: string,
    type = 'text',
    extra: { inputMode?: 'email' | 'tel' | 'numeric'; hint?: string } = {},
  ) => (
    <Field label={label} error={errors[k]} {...(extra.hint ? { hint: extra.hint } : {})}>
      {({ id, describedBy, invalid }) => (
        <Input
          id={id}
          type={type}
          inputMode={extra.inputMode}
          value={d[k]}
          onChange={set(k)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Housekeeping answers" className="mt-4 grid gap-4">
      <UnsavedGuard dirty={dirty} />
      <Field label="Next steps" error={errors.nextSteps}>
        {({ id, describedBy, invalid }) => (
          <Textarea
            id={id}
            value={d.nextSteps}
            onChange={set('nextSteps')}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className="min-h-16"
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {text('decisionDate', 'Decision date', 'date')}
        {text('candidateCount', 'Number of candidates', 'text', { inputMode: 'numeric' })}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Best contact" error={errors.bestContactPersonId}>
          {({ id, describedBy, invalid }) => (
            <Select
              id={id}
              value={d.bestContactPersonId}
              onChange={set('bestContactPersonId')}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              <option value="">Someone else / not known</option>
              {(people.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {text('bestContact', 'Contact name or note')}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Preferred channel" error={errors.preferredChannel}>
          {({ id, describedBy, invalid }) => (
            <Select
              id={id}
              value={d.preferredChannel}
              onChange={set('preferredChannel')}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              <option value="">Not known</option>
              <option value="email">Email</option>
              <option value="phone">Phone</option>
              <option value="linkedin">LinkedIn</option>
              <option value="other">Other</option>
            </Select>
          )}
        </Field>
        {text('preferredTiming', 'Preferred timing', 'text', { hint: 'e.g. "Tuesday mornings", "after the 15th"' })}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {text('contactEmail', 'Contact email', 'email', { inputMode: 'email' })}
        {text('contactPhone', 'Contact phone', 'tel', { inputMode: 'tel' })}
      </div>
      <div>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save housekeeping'}
        </Button>
      </div>
    </form>
  );
}
