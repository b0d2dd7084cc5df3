import { useId, useState } from 'react';
import { UnsavedGuard } from '../../forms/unsaved-guard.js';
import type { FormEvent, ReactNode } from 'react';
import { Button } from '../../components/ui/button.js';
import { Field, Input, Select } from '../../components/ui/field.js';
import { useToast, type ToastAction } from '../../components/ui/toast.js';
import { INTERVIEW_KIND_VALUES as INTERVIEW_KINDS } from '../../../core/interviews/types.js';
import { ConversationsEditor } from './conversations-editor.js';
import { InvitedPeople } from './invited-people.js';
import { KIND_LABELS, timeZoneOptions } from './model.js';
import { useSaveInterview } from './save-interview.js';
import type { FormErrors, InterviewDraft } from './form-model.js';
import type { Interview, InterviewKind } from '../../../contracts/interviews.js';
import type { Person } from '../../../contracts/people.js';

interface Props {
  opportunityId: string;
  employerName: string;
  people: readonly Person[];
  initial: InterviewDraft;
  /** The saved interview when editing; null to create. */
  saved: Interview | null;
  /** What the invitation reader found and missed, shown above the form for review. */
  review?: { found: string[]; missing: string[] } | undefined;
  onDone: (interview: Interview) => void;
  onCancel: () => void;
  /** After a create: the message to show instead of "Interview added." (and its action). */
  added?: (() => { message: string; action?: ToastAction }) | undefined;
}

/** Create or edit an interview: kind, when (with its time zone), length, place or link, and its conversations. */
export function InterviewForm({ opportunityId, employerName, people, initial, saved, review, onDone, onCancel, added }: Props) {
  const [d, setD] = useState<InterviewDraft>(initial);
  const [start] = useState<InterviewDraft>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  // Set while a save is under way or done, so the move that follows a save is not questioned.
  const [leaving, setLeaving] = useState(false);
  const { save, pending } = useSaveInterview(opportunityId, employerName);
  const toast = useToast();
  const zonesId = useId();
  const [zones] = useState(() => timeZoneOptions(initial.timeZone));
  const set = <K extends keyof InterviewDraft>(k: K, v: InterviewDraft[K]) => setD((old) => ({ ...old, [k]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setLeaving(true);
    const result = await save(d, saved);
    if (!result.ok) setLeaving(false);
    if (result.ok) {
      setErrors({});
      const notice = saved ? { message: 'Interview saved.' } : (added?.() ?? { message: 'Interview added.' });
      toast.show(notice.message, notice.action ? { action: notice.action } : undefined);
      onDone(result.interview);
      return;
    }
    setErrors(result.errors);
    if (result.message) toast.show(result.message, { tone: 'error' });
    const first = Object.keys(result.errors)[0];
    if (first) document.querySelector<HTMLElement>(`[data-field="${first}"] :is(input,select,textarea)`)?.focus();
  }

  const field = (
    name: keyof InterviewDraft & string,
    label: string,
    control: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode,
    hint?: string,
  ) => (
    <div data-field={name}>
      <Field label={label} error={errors[name]} {...(hint ? { hint } : {})}>
        {control}
      </Field>
    </div>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={saved ? 'Edit the interview' : 'New interview'} className="grid gap-5">
      <UnsavedGuard dirty={!leaving && !pending && JSON.stringify(d) !== JSON.stringify(start)} />
      {review && (
        <div className="rounded-xl border border-accent bg-accent-soft p-4 text-sm" role="status">
          <p className="font-medium">Check what was read from the invitation. Nothing is saved until you press “Save interview”.</p>
          {review.found.length > 0 && (
            <>
              <h4 className="mt-3 font-semibold">Found</h4>
              <ul className="mt-1 list-disc pl-5" aria-label="Found in the invitation">
                {review.found.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </>
          )}
          {review.missing.length > 0 && (
            <>
              <h4 className="mt-3 font-semibold">Not found — fill in below</h4>
              <ul className="mt-1 list-disc pl-5" aria-label="Missing from the invitation">
                {review.missing.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {field('kind', 'Kind', ({ id, describedBy, invalid }) => (
          <Select
            id={id}
            value={d.kind}
            onChange={(e) => set('kind', e.target.value as InterviewKind)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          >
            {INTERVIEW_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </Select>
        ))}
        {field('title', 'Title', ({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={d.title}
            maxLength={200}
            placeholder="e.g. Final round"
            onChange={(e) => set('title', e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {field('date', 'Date', ({ id, describedBy, invalid }) => (
          <Input
            id={id}
            type="date"
            required
            value={d.date}
            onChange={(e) => set('date', e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        ))}
        {field('time', 'Start time', ({ id, describedBy, invalid }) => (
          <Input
            id={id}
            type="time"
            required
            value={d.time}
            onChange={(e) => set('time', e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        ))}
        {field('durationMinutes', 'Length in minutes', ({ id, describedBy, invalid }) => (
          <Input
            id={id}
            inputMode="numeric"
            required
            value={d.durationMinutes}
            onChange={(e) => set('durationMinutes', e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        ))}
        {field(
          'timeZone',
          'Time zone',
          ({ id, describedBy, invalid }) => (
            <>
              <Input
                id={id}
                list={zonesId}
                required
                value={d.timeZone}
                autoComplete="off"
                onChange={(e) => set('timeZone', e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              />
              <datalist id={zonesId}>
                {zones.map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
            </>
          ),
          'Where the interview happens.',
        )}
      </div>
      {field(
        'location',
        d.kind === 'onsite' ? 'Place' : d.kind === 'video' ? 'Video link' : 'Phone number or who calls whom',
        ({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={d.location}
            maxLength={2000}
            onChange={(e) => set('location', e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        ),
      )}
      {d.invited && d.invited.length > 0 && (
        <InvitedPeople
          people={d.invited}
          onChange={(invited, dropped) =>
            setD((old) => ({
              ...old,
              invited,
              conversations: dropped
                ? old.conversations.map((c) => ({ ...c, newNames: c.newNames.filter((n) => n !== dropped) }))
                : old.conversations,
            }))
          }
        />
      )}
      <ConversationsEditor
        opportunityId={opportunityId}
        employerName={employerName}
        draft={d}
        people={people}
        errors={errors}
        onChange={(conversations) => set('conversations', conversations)}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" className="min-h-11" disabled={pending}>
          {pending ? 'Saving…' : 'Save interview'}
        </Button>
        <Button variant="ghost" className="min-h-11" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
