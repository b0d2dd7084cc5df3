import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from '@tanstack/react-router';
import { Plus, Trash2 } from 'lucide-react';
import clsx from 'clsx';
import { Button } from '../../components/ui/button.js';
import { Field, Input, Select, Textarea } from '../../components/ui/field.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useToast } from '../../components/ui/toast.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { reflectionBody, reflectionDraft, reflectionField } from './reflection-model.js';
import type { ReflectionDraft } from './reflection-model.js';
import { usePrompts, usePutReflection, useReflection } from './queries.js';
import type { Reflection } from '../../../contracts/interviews.js';
import { UnsavedGuard } from '../../forms/unsaved-guard.js';

const RATINGS = ['Poorly', 'Below what I hoped', 'OK', 'Well', 'Very well'];

/** The reflection after an interview, loaded and ready to edit. */
export function ReflectionSection({ interviewId, onSaved }: { interviewId: string; onSaved?: () => void }) {
  const q = useReflection(interviewId);
  if (q.isPending) return <Loading label="Loading your reflection…" />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  return <ReflectionForm key={q.data?.updatedAt ?? 'new'} interviewId={interviewId} saved={q.data} {...(onSaved ? { onSaved } : {})} />;
}

/** How it went (1–5), what went well, what to improve, signals, and the questions that stumped you, each linkable to a practice prompt. */
export function ReflectionForm({ interviewId, saved, onSaved }: { interviewId: string; saved: Reflection | null; onSaved?: () => void }) {
  const [start] = useState<ReflectionDraft>(() => reflectionDraft(saved));
  const [d, setD] = useState<ReflectionDraft>(start);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const put = usePutReflection(interviewId);
  const prompts = usePrompts();
  const toast = useToast();
  const uid = useId();

  function submit(e: FormEvent) {
    e.preventDefault();
    const { body, errors: found, rowOf } = reflectionBody(d);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    put.mutate(body, {
      onSuccess: () => {
        toast.show('Reflection saved.');
        onSaved?.();
      },
      onError: (err) => {
        if (err instanceof ApiError && err.field) setErrors({ [reflectionField(err.field, rowOf)]: fieldMessage(err) });
        else toast.show(errorMessage(err), { tone: 'error' });
      },
    });
  }

  const text = (k: 'wentWell' | 'toImprove' | 'signals', label: string, hint: string) => (
    <Field label={label} hint={hint} error={errors[k]}>
      {({ id, describedBy, invalid }) => (
        <Textarea
          id={id}
          value={d[k]}
          maxLength={10_000}
          onChange={(e) => setD({ ...d, [k]: e.target.value })}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className="min-h-20"
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Reflection" className="grid gap-4">
      <UnsavedGuard dirty={!put.isSuccess && JSON.stringify(d) !== JSON.stringify(start)} />
      <fieldset aria-describedby={errors.rating ? `${uid}-rating` : undefined}>
        <legend className="mb-1.5 text-sm font-medium">How did it go?</legend>
        <div className="flex flex-wrap gap-2">
          {RATINGS.map((label, i) => {
            const n = i + 1;
            return (
              <label
                key={n}
                className={clsx(
                  'flex min-h-11 cursor-pointer items-center gap-1.5 rounded-lg border px-3 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent',
                  d.rating === n ? 'border-accent bg-accent-soft text-accent' : 'border-line-strong',
                )}
              >
                <input
                  type="radio"
                  name={`${uid}-rating`}
                  value={n}
                  checked={d.rating === n}
                  onChange={() => setD({ ...d, rating: n })}
                  className="sr-only"
                />
                {n} · {label}
              </label>
            );
          })}
          {d.rating !== null && (
            <Button variant="ghost" className="min-h-11" onClick={() => setD({ ...d, rating: null })}>
              Clear rating
            </Button>
          )}
        </div>
        {errors.rating && (
          <p id={`${uid}-rating`} className="mt-1 text-sm text-danger">
            {errors.rating}
          </p>
        )}
      </fieldset>
      {text('wentWell', 'What went well', 'Answers that landed, moments of rapport.')}
      {text('toImprove', 'What to improve', 'What you would say or do differently next time.')}
      {text(
        'signals',
        'Signals',
        'What they said or did that hints at their decision: next steps named, time over schedule, selling the role.',
      )}
      <fieldset className="grid gap-3">
        <legend className="text-sm font-medium">Questions that stumped you</legend>
        <p className="text-sm text-muted">Link each to a standard question so you can rehearse it.</p>
        {d.stumpers.length > 0 && (
          <ol className="grid gap-3" aria-label="Questions that stumped you">
            {d.stumpers.map((s, i) => (
              <li
                key={s.key}
                className="grid gap-2 rounded-xl border border-line bg-bg p-3 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)_auto] sm:items-end"
              >
                <Field label={`Question ${i + 1}`} error={errors[`stumpers.${i}.text`]}>
                  {({ id, describedBy, invalid }) => (
                    <Input
                      id={id}
                      value={s.text}
                      maxLength={1000}
                      onChange={(e) =>
                        setD({ ...d, stumpers: d.stumpers.map((x) => (x.key === s.key ? { ...x, text: e.target.value } : x)) })
                      }
                      aria-describedby={describedBy}
                      aria-invalid={invalid}
                    />
                  )}
                </Field>
                <Field label={`Practice prompt for question ${i + 1}`} error={errors[`stumpers.${i}.promptId`]}>
                  {({ id, describedBy, invalid }) => (
                    <Select
                      id={id}
                      value={s.promptId}
                      onChange={(e) =>
                        setD({ ...d, stumpers: d.stumpers.map((x) => (x.key === s.key ? { ...x, promptId: e.target.value } : x)) })
                      }
                      aria-describedby={describedBy}
                      aria-invalid={invalid}
                    >
                      <option value="">Not linked</option>
                      {(prompts.data ?? []).map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.text}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
                <div className="flex flex-wrap items-center gap-1">
                  {s.promptId && (
                    <Link
                      to="/practice/$promptId"
                      params={{ promptId: s.promptId }}
                      className="inline-flex min-h-11 items-center px-2 text-sm font-medium text-accent underline"
                    >
                      Rehearse this
                    </Link>
                  )}
                  <Button
                    variant="ghost"
                    className="size-11 px-0"
                    aria-label={`Remove question ${i + 1}`}
                    onClick={() => setD({ ...d, stumpers: d.stumpers.filter((x) => x.key !== s.key) })}
                  >
                    <Trash2 size={16} aria-hidden="true" />
                  </Button>
                </div>
              </li>
            ))}
          </ol>
        )}
        <div>
          <Button
            variant="secondary"
            className="min-h-11"
            disabled={d.stumpers.length >= 30}
            onClick={() =>
              setD({ ...d, stumpers: [...d.stumpers, { key: `s${Date.now()}-${d.stumpers.length}`, text: '', promptId: '' }] })
            }
          >
            <Plus size={16} aria-hidden="true" /> Add a question that stumped you
          </Button>
        </div>
      </fieldset>
      <div>
        <Button type="submit" className="min-h-11" disabled={put.isPending}>
          {put.isPending ? 'Saving…' : 'Save reflection'}
        </Button>
      </div>
    </form>
  );
}
