import { useState } from 'react';
import { UnsavedGuard } from '../../forms/unsaved-guard.js';
import type { FormEvent, ReactNode } from 'react';
import { Button } from '../../components/ui/button.js';
import { Field, Input, Select, Textarea } from '../../components/ui/field.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { STAGES, STAGE_LABELS } from '../../lib/stages.js';
import { formField, toPayload } from './form-model.js';
import type { FieldErrors, OpportunityFormValues } from './form-model.js';
import type { CreateOpportunity, UpdateOpportunity } from '../../../contracts/opportunities.js';

interface Props {
  initial: OpportunityFormValues;
  /** Which groups of fields to show: the full set when creating, the details when editing. */
  sections: 'all' | 'details';
  submitLabel: string;
  onSubmit: (body: CreateOpportunity & UpdateOpportunity) => Promise<unknown>;
  extraActions?: ReactNode;
}

/** The opportunity form: labelled controls, errors beside their field, keyboard submit, no double submit. */
export function OpportunityForm({ initial, sections, submitLabel, onSubmit, extraActions }: Props) {
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof OpportunityFormValues>(k: K) =>
    (e: { target: { value: string } }) =>
      setV((prev) => ({ ...prev, [k]: e.target.value as OpportunityFormValues[K] }));

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (saving) return;
    const { body, errors: found } = toPayload(v);
    setErrors(found);
    setFormError(null);
    const firstBad = Object.keys(found)[0];
    if (firstBad) {
      e.currentTarget.querySelector<HTMLElement>(`[name="${firstBad}"]`)?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSubmit(body);
    } catch (err) {
      const field = err instanceof ApiError ? formField(err.field) : null;
      if (field && err instanceof ApiError) setErrors({ [field]: fieldMessage(err) });
      else setFormError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  const text = (
    k: keyof OpportunityFormValues,
    label: string,
    opts: { required?: boolean; type?: string; hint?: string; placeholder?: string; autoFocus?: boolean } = {},
  ) => (
    <Field label={label} error={errors[k]} required={opts.required} {...(opts.hint ? { hint: opts.hint } : {})}>
      {({ id, describedBy, invalid }) => (
        <Input
          id={id}
          name={k}
          type={opts.type ?? 'text'}
          value={v[k]}
          onChange={set(k)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={opts.required}
          placeholder={opts.placeholder}
          autoFocus={opts.autoFocus}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="flex flex-col gap-6">
      <UnsavedGuard dirty={!saving && JSON.stringify(v) !== JSON.stringify(initial)} />
      {formError && (
        <p role="alert" className="rounded-lg border border-danger bg-danger-soft px-4 py-3 text-sm text-danger">
          {formError}
        </p>
      )}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="sr-only">The job</legend>
        {text('employerName', 'Employer', { required: true, autoFocus: sections === 'all' })}
        {text('roleTitle', 'Role', { required: true })}
        {text('location', 'Location', { placeholder: 'City, region' })}
        <Field label="Working arrangement" error={errors.remotePolicy}>
          {({ id, describedBy }) => (
            <Select id={id} name="remotePolicy" value={v.remotePolicy} onChange={set('remotePolicy')} aria-describedby={describedBy}>
              <option value="">Not known</option>
              <option value="onsite">On site</option>
              <option value="hybrid">Hybrid</option>
              <option value="remote">Remote</option>
            </Select>
          )}
        </Field>
        {text('sourceUrl', 'Job posting link', { type: 'url', placeholder: 'https://', hint: 'Where you found the job.' })}
      </fieldset>

      {sections === 'all' && (
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-semibold">Where it stands</legend>
          <Field label="Stage" error={errors.stage}>
            {({ id }) => (
              <Select id={id} name="stage" value={v.stage} onChange={set('stage')}>
                {STAGES.map((s) => (
                  <option key={s} value={s}>
                    {STAGE_LABELS[s]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Excitement" error={errors.excitement} hint="How much you want this one, 1 to 5.">
            {({ id, describedBy }) => (
              <Select id={id} name="excitement" value={v.excitement} onChange={set('excitement')} aria-describedby={describedBy}>
                <option value="">Not rated</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={String(n)}>
                    {n}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {text('nextAction', 'Next action', { placeholder: 'e.g. Send the application' })}
          {text('nextActionDue', 'Next action due', { type: 'date' })}
        </fieldset>
      )}

      <fieldset className="grid gap-4 sm:grid-cols-4">
        <legend className="mb-2 text-sm font-semibold">Pay (optional)</legend>
        {text('salaryMin', 'Minimum', { placeholder: 'e.g. 50000' })}
        {text('salaryMax', 'Maximum', { placeholder: 'e.g. 65000' })}
        {text('salaryCurrency', 'Currency', { placeholder: 'e.g. EUR' })}
        <Field label="Per" error={errors.salaryPeriod}>
          {({ id }) => (
            <Select id={id} name="salaryPeriod" value={v.salaryPeriod} onChange={set('salaryPeriod')}>
              <option value="">—</option>
              <option value="year">Year</option>
              <option value="month">Month</option>
              <option value="day">Day</option>
              <option value="hour">Hour</option>
            </Select>
          )}
        </Field>
      </fieldset>

      <Field label="Job description" error={errors.jobDescription} hint="Paste the posting; it is kept exactly as written.">
        {({ id, describedBy, invalid }) => (
          <Textarea
            id={id}
            name="jobDescription"
            rows={8}
            value={v.jobDescription}
            onChange={set('jobDescription')}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </Button>
        {extraActions}
      </div>
    </form>
  );
}
