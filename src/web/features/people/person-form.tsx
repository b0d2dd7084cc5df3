import { useState } from 'react';
import type { FormEvent } from 'react';
import clsx from 'clsx';
import { Button } from '../../components/ui/button.js';
import { Field, Input, Select, controlClass } from '../../components/ui/field.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { PERSON_ROLES, isPersonRole } from '../../../core/contacts/index.js';
import { ROLE_LABELS, parseLinks } from './model.js';
import type { Person } from '../../../contracts/people.js';
import type { PersonRole } from '../../../core/contacts/index.js';
import { UnsavedGuard } from '../../forms/unsaved-guard.js';

/** What the person form edits; the same shape serves add and edit. */
export interface PersonDraft {
  name: string;
  title: string;
  role: PersonRole;
  email: string;
  phone: string;
  links: string;
  background: string;
  inCommon: string;
}

type Errors = Partial<Record<keyof PersonDraft, string>>;
const KEYS: readonly string[] = ['name', 'title', 'role', 'email', 'phone', 'links', 'background', 'inCommon'];

/** The form's starting values for a person, or blank ones. */
export function draftOf(p?: Person): PersonDraft {
  return {
    name: p?.name ?? '',
    title: p?.title ?? '',
    role: p?.role ?? 'interviewer',
    email: p?.email ?? '',
    phone: p?.phone ?? '',
    links: p?.links.join('\n') ?? '',
    background: p?.background ?? '',
    inCommon: p?.inCommon ?? '',
  };
}

/** The API body fields of a draft (blank optional fields become null). */
export function bodyOf(d: PersonDraft) {
  return {
    name: d.name.trim(),
    title: d.title.trim() || null,
    role: d.role,
    email: d.email.trim() || null,
    phone: d.phone.trim() || null,
    links: parseLinks(d.links),
    background: d.background,
    inCommon: d.inCommon,
  };
}

/** Add or edit a person: the short form first, "More details" for links, background and what you share. */
export function PersonForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: PersonDraft;
  submitLabel: string;
  onSubmit: (d: PersonDraft) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const [d, setD] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [more, setMore] = useState(Boolean(initial.links || initial.background || initial.inCommon));
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const set = (k: keyof PersonDraft) => (v: string) => setD((x) => ({ ...x, [k]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!d.name.trim()) {
      setErrors({ name: 'Enter the person’s name.' });
      return;
    }
    setErrors({});
    setFormError(null);
    setBusy(true);
    try {
      await onSubmit(d);
    } catch (err) {
      const f = err instanceof ApiError ? (err.field?.split('.').find((s) => KEYS.includes(s)) ?? null) : null;
      if (f && err instanceof ApiError) {
        setErrors({ [f]: fieldMessage(err) });
        if (f === 'links' || f === 'background' || f === 'inCommon') setMore(true);
      } else setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const text = (k: keyof PersonDraft, label: string, type = 'text', required = false) => (
    <Field label={label} error={errors[k]} required={required}>
      {({ id, describedBy, invalid }) => (
        <Input
          id={id}
          type={type}
          value={d[k]}
          onChange={(e) => set(k)(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    </Field>
  );
  const area = (k: keyof PersonDraft, label: string, hint?: string) => (
    <Field label={label} error={errors[k]} {...(hint ? { hint } : {})}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          className={clsx(controlClass, 'min-h-20')}
          value={d[k]}
          onChange={(e) => set(k)(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="grid gap-4">
      <UnsavedGuard dirty={!busy && JSON.stringify(d) !== JSON.stringify(initial)} />
      <div className="grid gap-4 sm:grid-cols-2">
        {text('name', 'Name', 'text', true)}
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
        {text('title', 'Job title')}
        {text('email', 'Email', 'email')}
        {text('phone', 'Phone', 'tel')}
      </div>
      {more ? (
        <div className="grid gap-4">
          {area('links', 'Links', 'One per line: profile pages, personal site.')}
          {area('background', 'Background', 'Markdown works.')}
          {area('inCommon', 'In common', 'A school, a former employer, an interest: something to talk about.')}
        </div>
      ) : (
        <div>
          <Button variant="ghost" size="sm" onClick={() => setMore(true)}>
            More details (links, background, in common)
          </Button>
        </div>
      )}
      {formError && (
        <p role="alert" className="text-sm text-danger">
          {formError}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
