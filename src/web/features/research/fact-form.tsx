import { useEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { Button } from '../../components/ui/button.js';
import clsx from 'clsx';
import { Field, Input, Select, controlClass } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { localDate } from '../../lib/dates.js';
import { FACT_TOPICS, toFactTopic } from '../../../core/research/index.js';
import type { FactTopic } from '../../../core/research/index.js';
import { useCreateFact, useUpdateFact } from './queries.js';
import { defaultTopic } from './model.js';
import type { Fact, Research } from '../../../contracts/research.js';
import { UnsavedGuard } from '../../forms/unsaved-guard.js';

type FieldName = 'topic' | 'statement' | 'sourceUrl' | 'notedOn';
type Errors = Partial<Record<FieldName, string>>;
const FIELDS: readonly string[] = ['topic', 'statement', 'sourceUrl', 'notedOn'];

/** The form field an API error names (the server may prefix it with the body's path). */
export function errorField(err: unknown): FieldName | null {
  if (!(err instanceof ApiError) || !err.field) return null;
  const f = err.field.split('.').pop() ?? '';
  return FIELDS.includes(f) ? (f as FieldName) : null;
}

interface Props {
  employerId: string;
  checklist: Research['checklist'] | undefined;
  /** Editing this fact; without it the form adds new facts, one after the other. */
  fact?: Fact;
  onDone?: () => void;
  /** A topic chosen from the checklist: the form switches to it and focuses the statement. */
  pick?: { topic: FactTopic; at: number } | null;
}

/** Adds or edits a fact; keyboard-first: Ctrl/Cmd+Enter saves, focus goes back to the statement for the next one. */
export function FactForm({ employerId, checklist, fact, onDone, pick }: Props) {
  const create = useCreateFact(employerId);
  const update = useUpdateFact();
  const toast = useToast();
  const statementRef = useRef<HTMLTextAreaElement>(null);
  // null: follow the first gap, so the next fact lands where the dossier is thinnest.
  const [topic, setTopic] = useState<FactTopic | null>(fact?.topic ?? null);
  const [statement, setStatement] = useState(fact?.statement ?? '');
  const [sourceUrl, setSourceUrl] = useState(fact?.sourceUrl ?? '');
  const [notedOn, setNotedOn] = useState(fact?.notedOn ?? localDate(new Date()));
  const [errors, setErrors] = useState<Errors>({});
  const pending = create.isPending || update.isPending;
  const shownTopic = topic ?? defaultTopic(checklist);
  useEffect(() => {
    if (!pick) return;
    setTopic(pick.topic);
    statementRef.current?.scrollIntoView({ block: 'center' });
    statementRef.current?.focus();
  }, [pick]);
  const dirty = statement.trim() !== (fact?.statement ?? '').trim() || sourceUrl.trim() !== (fact?.sourceUrl ?? '').trim();

  function onError(err: unknown) {
    const f = errorField(err);
    if (f && err instanceof ApiError) setErrors({ [f]: fieldMessage(err) });
    else toast.show(errorMessage(err), { tone: 'error' });
  }

  function submit(e?: FormEvent) {
    e?.preventDefault();
    const text = statement.trim();
    const url = sourceUrl.trim();
    const next: Errors = {};
    if (!text) next.statement = 'Write what you found out.';
    if (url && !/^https?:\/\//i.test(url)) next.sourceUrl = 'Start the link with http:// or https://.';
    setErrors(next);
    if (Object.keys(next).length > 0) {
      statementRef.current?.focus();
      return;
    }
    const body = { topic: shownTopic, statement: text, sourceUrl: url || null, notedOn: notedOn || null };
    if (fact) {
      update.mutate(
        { id: fact.id, body },
        {
          onSuccess: () => {
            toast.show('Fact saved.');
            onDone?.();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(body, {
      onSuccess: () => {
        toast.show('Fact added.');
        setStatement('');
        setSourceUrl('');
        setTopic(null);
        statementRef.current?.focus();
      },
      onError,
    });
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      submit();
    }
  }

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} noValidate className="grid gap-4" aria-label={fact ? 'Edit fact' : 'Add a fact'}>
      <UnsavedGuard dirty={dirty} />
      <Field label="Topic" error={errors.topic}>
        {({ id, describedBy, invalid }) => (
          <Select
            id={id}
            value={shownTopic}
            onChange={(e) => setTopic(toFactTopic(e.target.value))}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          >
            {FACT_TOPICS.map((t) => {
              const gap = checklist?.items.find((i) => i.topic === t.topic)?.gap ?? false;
              return (
                <option key={t.topic} value={t.topic}>
                  {t.label}
                  {gap ? ' (gap)' : ''}
                </option>
              );
            })}
          </Select>
        )}
      </Field>
      <Field label="What you found out" required error={errors.statement} hint="Markdown works. Ctrl+Enter (⌘+Enter on a Mac) saves.">
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            ref={statementRef}
            value={statement}
            onChange={(e) => setStatement(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            className={clsx(controlClass, 'min-h-24')}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-[1fr_11rem]">
        <Field label="Source link" error={errors.sourceUrl}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              type="url"
              inputMode="url"
              value={sourceUrl}
              onChange={(e) => setSourceUrl(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              placeholder="https://"
            />
          )}
        </Field>
        <Field label="Noted on" error={errors.notedOn}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              type="date"
              value={notedOn}
              onChange={(e) => setNotedOn(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : fact ? 'Save fact' : 'Add fact'}
        </Button>
        {onDone && (
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
