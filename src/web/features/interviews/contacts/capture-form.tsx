import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../../components/ui/button.js';
import { Field, Input, Select } from '../../../components/ui/field.js';
import { ApiError, errorMessage, fieldMessage } from '../../../api/client.js';
import { PERSON_ROLES, isPersonRole } from '../../../../core/contacts/index.js';
import { ROLE_LABELS } from '../../people/model.js';
import type { CaptureDraft, DraftField } from './model.js';
import { draftFieldOf } from './model.js';

const CHECK_HINT = 'Check this: it was hard to read on the card.';

/**
 * The person to add, for review: every field editable, fields read with low confidence marked, saved only when the
 * user presses Save. Server errors land under the field they name.
 */
export function CaptureForm({
  initial,
  check = new Set(),
  otherCompany,
  autoFocusName = false,
  submitLabel = 'Save person',
  cancelLabel = 'Cancel',
  onSave,
  onCancel,
}: {
  initial: CaptureDraft;
  /** Fields to mark "check this". */
  check?: ReadonlySet<DraftField>;
  /** A company named on the card that is not this employer: offered as the employer with one click. */
  otherCompany?: string | null;
  autoFocusName?: boolean;
  submitLabel?: string;
  cancelLabel?: string;
  onSave: (d: CaptureDraft) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [d, setD] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: DraftField, v: string) => setD((x) => ({ ...x, [k]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!d.name.trim()) {
      setErrors({ name: 'Enter the person’s name.' });
      return;
    }
    setErrors({});
    setFormError(null);
    setBusy(true);
    try {
      await onSave(d);
    } catch (err) {
      const f = err instanceof ApiError ? draftFieldOf(err.field) : null;
      if (f && err instanceof ApiError) setErrors({ [f]: fieldMessage(err) });
      else setFormError(errorMessage(err));
      setBusy(false);
    }
  }

  const text = (k: DraftField, label: string, opts: { type?: string; required?: boolean; autoComplete?: string; hint?: string } = {}) => {
    const hint = opts.hint ?? (check.has(k) ? CHECK_HINT : undefined);
    return (
      <Field label={label} error={errors[k]} required={opts.required ?? false} {...(hint ? { hint } : {})}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name={k}
            type={opts.type ?? 'text'}
            value={d[k]}
            autoComplete={opts.autoComplete ?? 'off'}
            onChange={(e) => set(k, e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            data-check={check.has(k) ? 'true' : undefined}
            className={check.has(k) ? 'border-warn' : undefined}
            // The dialog opens on this field: typing a name and pressing Enter is the whole job.
            autoFocus={k === 'name' && autoFocusName}
          />
        )}
      </Field>
    );
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="grid gap-3" aria-label="Person to add">
      {text('name', 'Name', { required: true })}
      <div className="grid gap-3 sm:grid-cols-2">
        {text('title', 'Job title')}
        <Field label="Role" error={errors.role}>
          {({ id, describedBy, invalid }) => (
            <Select
              id={id}
              value={d.role}
              onChange={(e) => {
                const v = e.target.value;
                if (isPersonRole(v)) setD((x) => ({ ...x, role: v }));
              }}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              {PERSON_ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {text('email', 'Email', { type: 'email' })}
        {text('phone', 'Phone', { type: 'tel' })}
        {text('website', 'Website', { type: 'url' })}
        {text('employerName', 'Employer', {
          ...(otherCompany && otherCompany !== d.employerName ? { hint: `The card says “${otherCompany}”.` } : {}),
        })}
      </div>
      {otherCompany && otherCompany !== d.employerName && (
        <div>
          <Button variant="ghost" size="sm" onClick={() => set('employerName', otherCompany)}>
            Use “{otherCompany}” as the employer
          </Button>
        </div>
      )}
      {formError && (
        <p role="alert" className="text-sm text-danger">
          {formError}
        </p>
      )}
      <div className="flex flex-wrap justify-end gap-2 pt-1">
        <Button variant="ghost" onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </Button>
      </div>
    </form>
  );
}
