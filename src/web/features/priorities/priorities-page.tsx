import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { Button } from '../../components/ui/button.js';
import { Field, Input, Select } from '../../components/ui/field.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { PageHeader } from '../../components/ui/page.js';
import { useToast } from '../../components/ui/toast.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { BUILT_IN_PRIORITY_KEYS } from '../../../core/research/index.js';
import { WEIGHT_LABELS, move, uniqueKey, validatePriorities } from './model.js';
import { usePriorities, useSavePriorities } from './queries.js';
import type { Priority } from '../../../contracts/priorities.js';
import { UnsavedGuard } from '../../forms/unsaved-guard.js';

const BUILT_IN: readonly string[] = BUILT_IN_PRIORITY_KEYS;

/** A number input's value as an optional whole number (empty → null). */
function numberOrNull(v: string): number | null {
  if (v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : Number.NaN;
}

function PriorityRow({
  p,
  index,
  count,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  p: Priority;
  index: number;
  count: number;
  errors: Record<string, string>;
  onChange: (p: Priority) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const custom = !BUILT_IN.includes(p.key);
  return (
    <li className="rounded-xl border border-line bg-surface p-4" aria-label={p.name || 'New priority'}>
      <div className="grid gap-4 sm:grid-cols-[1fr_14rem]">
        <div className="min-w-0">
          {custom ? (
            <Field label="Name" error={errors[`${index}.name`]}>
              {({ id, describedBy, invalid }) => (
                <Input
                  id={id}
                  value={p.name}
                  onChange={(e) => onChange({ ...p, name: e.target.value })}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                />
              )}
            </Field>
          ) : (
            <h2 className="text-base font-semibold">{p.name}</h2>
          )}
          {p.description && <p className="mt-1 text-sm text-muted">{p.description}</p>}
        </div>
        <Field label={`Weight of ${p.name || 'this priority'}`} error={errors[`${index}.weight`]}>
          {({ id, describedBy, invalid }) => (
            <Select
              id={id}
              value={p.weight}
              onChange={(e) => onChange({ ...p, weight: Number(e.target.value) })}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              {WEIGHT_LABELS.map((l, w) => (
                <option key={w} value={w}>
                  {l}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {p.key === 'location-and-commute' && (
        <Field className="mt-4 max-w-xs" label="Longest commute you accept (minutes, one way)" error={errors[`${index}.maxCommuteMinutes`]}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              type="number"
              min={1}
              max={600}
              value={p.maxCommuteMinutes ?? ''}
              onChange={(e) => onChange({ ...p, maxCommuteMinutes: numberOrNull(e.target.value) })}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
      )}
      {p.key === 'pay' && (
        <Field className="mt-4 max-w-xs" label="Pay floor (the least you accept per year)" error={errors[`${index}.payFloor`]}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              type="number"
              min={0}
              step={1000}
              value={p.payFloor ?? ''}
              onChange={(e) => onChange({ ...p, payFloor: numberOrNull(e.target.value) })}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
      )}
      <div className="mt-3 flex flex-wrap gap-1">
        <Button variant="ghost" size="sm" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move ${p.name} up`}>
          <ArrowUp size={14} aria-hidden="true" /> Up
        </Button>
        <Button variant="ghost" size="sm" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Move ${p.name} down`}>
          <ArrowDown size={14} aria-hidden="true" /> Down
        </Button>
        {custom && (
          <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove ${p.name || 'this priority'}`}>
            <Trash2 size={14} aria-hidden="true" /> Remove
          </Button>
        )}
      </div>
    </li>
  );
}

function PriorityEditor({ initial }: { initial: Priority[] }) {
  const save = useSavePriorities();
  const toast = useToast();
  const [items, setItems] = useState<Priority[]>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [newName, setNewName] = useState('');
  const [newError, setNewError] = useState<string | undefined>();
  useEffect(() => setItems(initial), [initial]);

  function add(e: FormEvent) {
    e.preventDefault();
    const name = newName.trim();
    if (!name) {
      setNewError('Name the priority first.');
      return;
    }
    const key = uniqueKey(
      name,
      items.map((p) => p.key),
    );
    setItems([...items, { key, name, weight: 3 }]);
    setNewName('');
    setNewError(undefined);
  }

  function remove(index: number) {
    const removed = items[index];
    if (!removed) return;
    setItems(items.filter((_, i) => i !== index));
    toast.show(`Removed ${removed.name}. Save to keep the change.`, {
      action: { label: 'Undo', onClick: () => setItems((all) => [...all.slice(0, index), removed, ...all.slice(index)]) },
    });
  }

  function submit() {
    const found = validatePriorities(items);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body = items.map((p) => ({ ...p, name: p.name.trim() }));
    save.mutate(body, {
      onSuccess: () => toast.show('Priorities saved.'),
      onError: (err) => {
        // The server names the field as items.<index>.<field>; show it beside that field.
        const m = err instanceof ApiError && err.field ? /(\d+)\.(\w+)$/.exec(err.field) : null;
        if (m && err instanceof ApiError) setErrors({ [`${m[1]}.${m[2]}`]: fieldMessage(err) });
        else toast.show(errorMessage(err), { tone: 'error' });
      },
    });
  }

  const problems = Object.keys(errors).length;
  const dirty = JSON.stringify(items) !== JSON.stringify(initial) || newName.trim() !== '';
  return (
    <>
      <UnsavedGuard dirty={dirty} />
      <ol className="flex flex-col gap-3">
        {items.map((p, i) => (
          <PriorityRow
            key={p.key}
            p={p}
            index={i}
            count={items.length}
            errors={errors}
            onChange={(next) => setItems(items.map((x, j) => (j === i ? next : x)))}
            onMove={(by) => setItems(move(items, i, by))}
            onRemove={() => remove(i)}
          />
        ))}
      </ol>
      <form
        onSubmit={add}
        noValidate
        className="mt-6 flex flex-wrap items-end gap-3 rounded-xl border border-dashed border-line-strong p-4"
      >
        <Field label="Add your own priority" error={newError} className="min-w-0 flex-1">
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              placeholder="e.g. Team size"
            />
          )}
        </Field>
        <Button type="submit" variant="secondary">
          <Plus size={16} aria-hidden="true" /> Add priority
        </Button>
      </form>
      <div className="sticky bottom-0 mt-6 flex flex-wrap items-center gap-3 border-t border-line bg-bg py-4">
        <Button onClick={submit} disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save priorities'}
        </Button>
        {problems > 0 && (
          <p role="alert" className="text-sm text-danger">
            {problems === 1 ? 'One value needs fixing' : `${problems} values need fixing`} before saving.
          </p>
        )}
        {errors['list'] && <p className="text-sm text-danger">{errors['list']}</p>}
      </div>
    </>
  );
}

/** The user's own criteria for wanting a job, weighted 0–5, in their order; fit is measured against them. */
export function PrioritiesPage() {
  const q = usePriorities();
  return (
    <>
      <PageHeader
        title="Your priorities"
        lead="What makes a job right for you. Weight 0 ignores a priority; 5 makes it a deal-breaker. Each opportunity's fit is measured against these."
      />
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <PriorityEditor initial={q.data} />
      )}
    </>
  );
}
