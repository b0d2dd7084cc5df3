import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../components/ui/button.js';
import { Field, Input } from '../../components/ui/field.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useToast } from '../../components/ui/toast.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { useFollowUpSettings, useSaveFollowUpSettings } from '../followups/queries.js';
import type { FollowUpSettings, UpdateFollowUpSettings } from '../../../contracts/followups.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type NumberField = 'thankYouWithinHours' | 'checkInBusinessDaysWithoutDecision' | 'secondCheckInBusinessDays' | 'maxCheckIns';
const NUMBERS: { key: NumberField; label: string; min: number; max: number; hint: string }[] = [
  { key: 'thankYouWithinHours', label: 'Thank-you note within (hours)', min: 1, max: 72, hint: 'After each conversation. 24 is the norm.' },
  {
    key: 'checkInBusinessDaysWithoutDecision',
    label: 'First check-in without a decision date (business days)',
    min: 5,
    max: 7,
    hint: 'After your last interview, when they gave no decision date: 5 to 7.',
  },
  {
    key: 'secondCheckInBusinessDays',
    label: 'Next check-in after the previous one (business days)',
    min: 3,
    max: 10,
    hint: 'A working week is 5.',
  },
  {
    key: 'maxCheckIns',
    label: 'Check-ins before moving on',
    min: 1,
    max: 3,
    hint: 'After these go unanswered, Offerbook suggests putting your energy elsewhere.',
  },
];

type Errors = Partial<Record<NumberField | 'senderName' | 'checkInLocalTime' | 'weekendDays', string>>;

function Form({ saved }: { saved: FollowUpSettings }) {
  const save = useSaveFollowUpSettings();
  const toast = useToast();
  const [name, setName] = useState(saved.senderName);
  const [numbers, setNumbers] = useState<Record<NumberField, string>>(
    () => Object.fromEntries(NUMBERS.map((n) => [n.key, String(saved.rules[n.key])])) as Record<NumberField, string>,
  );
  const [time, setTime] = useState(saved.rules.checkInLocalTime);
  const [weekend, setWeekend] = useState<number[]>(saved.rules.weekendDays);
  const [errors, setErrors] = useState<Errors>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Errors = {};
    const rules: NonNullable<UpdateFollowUpSettings['rules']> = { checkInLocalTime: time, weekendDays: weekend };
    for (const n of NUMBERS) {
      const raw = numbers[n.key].trim();
      const value = Number(raw);
      if (!/^\d+$/.test(raw) || value < n.min || value > n.max) found[n.key] = `Enter a whole number from ${n.min} to ${n.max}.`;
      else rules[n.key] = value;
    }
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) found.checkInLocalTime = 'Enter a time such as 10:00.';
    if (weekend.length > 6) found.weekendDays = 'Leave at least one working day.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(
      { senderName: name, rules },
      {
        onSuccess: () => toast.show('Follow-up rules saved.'),
        onError: (err) => {
          const field = err instanceof ApiError && err.field ? (err.field.split('.')[1] ?? err.field) : '';
          if (err instanceof ApiError && field) setErrors({ [field]: fieldMessage(err) });
          else toast.show(errorMessage(err), { tone: 'error' });
        },
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="follow-up-rules-h"
      className="mt-6 flex max-w-xl flex-col gap-4 rounded-xl border border-line bg-surface p-6"
    >
      <div>
        <h2 id="follow-up-rules-h" className="text-base font-semibold">
          Follow-up rules
        </h2>
        <p className="mt-1 text-sm text-muted">
          How thank-you notes and check-ins are timed and signed. Dates always follow your own time zone.
        </p>
      </div>
      <Field
        label="Your name"
        error={errors.senderName}
        hint="Every note Offerbook drafts (thank-yous, check-ins, decline and withdrawal notes) is signed with it."
      >
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={100}
            autoComplete="name"
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {NUMBERS.map((n) => (
          <Field key={n.key} label={n.label} error={errors[n.key]} hint={n.hint}>
            {({ id, describedBy, invalid }) => (
              <Input
                id={id}
                type="number"
                inputMode="numeric"
                min={n.min}
                max={n.max}
                value={numbers[n.key]}
                onChange={(e) => setNumbers({ ...numbers, [n.key]: e.target.value })}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              />
            )}
          </Field>
        ))}
      </div>
      <Field label="Check-ins land at" error={errors.checkInLocalTime} hint="Your local time, on a working day.">
        {({ id, describedBy, invalid }) => (
          <div className="w-36">
            <Input
              id={id}
              type="time"
              value={time}
              onChange={(e) => setTime(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          </div>
        )}
      </Field>
      <fieldset aria-describedby={errors.weekendDays ? 'weekend-error' : undefined}>
        <legend className="text-sm font-medium">Days off (never a check-in)</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {DAYS.map((d, i) => (
            <label key={d} className="inline-flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={weekend.includes(i)}
                onChange={(e) => setWeekend(e.target.checked ? [...weekend, i].sort((a, b) => a - b) : weekend.filter((w) => w !== i))}
                className="size-4 accent-accent"
              />
              {d}
            </label>
          ))}
        </div>
        {errors.weekendDays && (
          <p id="weekend-error" className="mt-1 text-sm text-danger">
            {errors.weekendDays}
          </p>
        )}
      </fieldset>
      <div>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save follow-up rules'}
        </Button>
      </div>
    </form>
  );
}

/** The "Follow-up rules" section of the settings page. */
export function FollowUpRulesSection() {
  const q = useFollowUpSettings();
  if (q.isPending) return <Loading label="Loading follow-up rules…" />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  return <Form saved={q.data} />;
}
