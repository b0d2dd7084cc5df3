import { useState } from 'react';
import { UnsavedGuard } from '../../forms/unsaved-guard.js';
import type { FormEvent } from 'react';
import { Button } from '../../components/ui/button.js';
import { Field, Input, Textarea } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { uuidv7 } from '../../../core/ids.js';
import type { Story } from '../../../contracts/practice.js';
import { splitList } from './model.js';
import { useCreateStory, useUpdateStory } from './queries.js';

type Key = 'title' | 'situation' | 'task' | 'action' | 'result' | 'skills' | 'numbers';
const TEXT_FIELDS: { key: 'situation' | 'task' | 'action' | 'result'; label: string; hint: string }[] = [
  { key: 'situation', label: 'Situation', hint: 'Where and when, and what was at stake.' },
  { key: 'task', label: 'Task', hint: 'What you had to achieve.' },
  { key: 'action', label: 'Action', hint: 'What you did yourself: say “I”.' },
  { key: 'result', label: 'Result', hint: 'What changed, with a number if you have one.' },
];

/** Adds or edits a STAR story; skills and numbers are typed as comma-separated lists. */
export function StoryForm({ story, onDone }: { story?: Story; onDone: () => void }) {
  const toast = useToast();
  const create = useCreateStory();
  const update = useUpdateStory();
  const [id] = useState(() => story?.id ?? uuidv7());
  const [v, setV] = useState<Record<Key, string>>({
    title: story?.title ?? '',
    situation: story?.situation ?? '',
    task: story?.task ?? '',
    action: story?.action ?? '',
    result: story?.result ?? '',
    skills: story?.skills.join(', ') ?? '',
    numbers: story?.numbers.join(', ') ?? '',
  });
  const [start] = useState(v);
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const set = (k: Key) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });

  function onError(err: unknown) {
    const f = err instanceof ApiError ? (err.field?.split('.')[0] as Key | undefined) : undefined;
    if (err instanceof ApiError && f && f in v) setErrors({ [f]: fieldMessage(err) });
    else toast.show(errorMessage(err), { tone: 'error' });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!v.title.trim()) {
      setErrors({ title: 'Give the story a short title.' });
      return;
    }
    setErrors({});
    const body = {
      title: v.title.trim(),
      situation: v.situation,
      task: v.task,
      action: v.action,
      result: v.result,
      skills: splitList(v.skills),
      numbers: splitList(v.numbers),
    };
    const ok = () => {
      toast.show(story ? 'Story saved.' : 'Story added.');
      onDone();
    };
    if (story) update.mutate({ id: story.id, body }, { onSuccess: ok, onError });
    else create.mutate({ id, ...body }, { onSuccess: ok, onError });
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-3" aria-label={story ? `Edit story ${story.title}` : 'Add a story'}>
      <UnsavedGuard
        dirty={
          !create.isPending && !update.isPending && !create.isSuccess && !update.isSuccess && JSON.stringify(v) !== JSON.stringify(start)
        }
      />
      <Field label="Title" required error={errors.title}>
        {({ id: fid, describedBy, invalid }) => (
          <Input
            id={fid}
            value={v.title}
            onChange={set('title')}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            placeholder="Rescued the billing migration"
          />
        )}
      </Field>
      <div className="grid gap-3 md:grid-cols-2">
        {TEXT_FIELDS.map((f) => (
          <Field key={f.key} label={f.label} hint={f.hint} error={errors[f.key]}>
            {({ id: fid, describedBy, invalid }) => (
              <Textarea
                id={fid}
                value={v[f.key]}
                onChange={set(f.key)}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                className="min-h-20"
              />
            )}
          </Field>
        ))}
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <Field label="Skills it shows" hint="Comma-separated, e.g. negotiation, SQL" error={errors.skills}>
          {({ id: fid, describedBy, invalid }) => (
            <Input id={fid} value={v.skills} onChange={set('skills')} aria-describedby={describedBy} aria-invalid={invalid} />
          )}
        </Field>
        <Field label="Numbers" hint="Comma-separated, e.g. 30% faster, 12 people" error={errors.numbers}>
          {({ id: fid, describedBy, invalid }) => (
            <Input id={fid} value={v.numbers} onChange={set('numbers')} aria-describedby={describedBy} aria-invalid={invalid} />
          )}
        </Field>
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={create.isPending || update.isPending}>
          {story ? 'Save story' : 'Add story'}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
