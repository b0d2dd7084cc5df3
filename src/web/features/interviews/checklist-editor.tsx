import { useState } from 'react';
import type { FormEvent } from 'react';
import { Pencil, Plus, Trash2 } from 'lucide-react';
import clsx from 'clsx';
import { Button } from '../../components/ui/button.js';
import { Input } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { uuidv7 } from '../../../core/ids.js';
import { addItem, checklistProgress, removeItem, renameItem, toggleItem } from './model.js';
import { useUpdateInterview } from './queries.js';
import type { ChecklistItem, Interview } from '../../../contracts/interviews.js';

/** The interview's checklist (by kind to begin with): tick, add, rename and remove items; every change is saved. */
export function ChecklistEditor({ interview }: { interview: Interview }) {
  const update = useUpdateInterview();
  const toast = useToast();
  const [items, setItems] = useState<ChecklistItem[]>(interview.checklist);
  const [base, setBase] = useState(interview.checklist);
  const [adding, setAdding] = useState('');
  const [editing, setEditing] = useState<{ id: string; label: string } | null>(null);
  if (interview.checklist !== base) {
    setBase(interview.checklist);
    setItems(interview.checklist);
  }
  const { done, total } = checklistProgress(items);

  function save(next: ChecklistItem[], message?: string, undo?: ChecklistItem[]) {
    const before = items;
    setItems(next);
    update.mutate(
      { id: interview.id, body: { checklist: next } },
      {
        onError: (err) => {
          setItems(before);
          toast.show(errorMessage(err), { tone: 'error' });
        },
        onSuccess: () => {
          if (message) toast.show(message, undo ? { action: { label: 'Undo', onClick: () => save(undo) } } : undefined);
        },
      },
    );
  }

  function onAdd(e: FormEvent) {
    e.preventDefault();
    if (!adding.trim()) return;
    save(addItem(items, adding, `own-${uuidv7()}`));
    setAdding('');
  }

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted" aria-live="polite">
        {done} of {total} done
      </p>
      <ul className="flex flex-col gap-1" aria-label="Checklist">
        {items.map((item) => (
          <li key={item.id} className="flex min-h-11 items-center gap-2 rounded-lg px-2 hover:bg-accent-soft">
            {editing?.id === item.id ? (
              <form
                className="flex flex-1 flex-wrap items-center gap-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  save(renameItem(items, item.id, editing.label));
                  setEditing(null);
                }}
              >
                <Input
                  aria-label={`New wording for “${item.label}”`}
                  value={editing.label}
                  maxLength={200}
                  onChange={(e) => setEditing({ id: item.id, label: e.target.value })}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') setEditing(null);
                  }}
                  className="min-w-0 flex-1"
                  autoFocus
                />
                <Button type="submit" size="sm">
                  Save
                </Button>
                <Button size="sm" variant="ghost" onClick={() => setEditing(null)}>
                  Cancel
                </Button>
              </form>
            ) : (
              <>
                <label className="flex min-h-11 flex-1 cursor-pointer items-center gap-3 text-sm">
                  <input
                    type="checkbox"
                    className="size-5 shrink-0 accent-accent"
                    checked={item.done}
                    onChange={() => save(toggleItem(items, item.id))}
                  />
                  <span className={clsx(item.done && 'text-muted line-through')}>{item.label}</span>
                </label>
                <Button
                  size="sm"
                  variant="ghost"
                  className="size-11 px-0"
                  aria-label={`Rename “${item.label}”`}
                  onClick={() => setEditing({ id: item.id, label: item.label })}
                >
                  <Pencil size={16} aria-hidden="true" />
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  className="size-11 px-0"
                  aria-label={`Remove “${item.label}”`}
                  onClick={() => save(removeItem(items, item.id), `Removed “${item.label}”.`, items)}
                >
                  <Trash2 size={16} aria-hidden="true" />
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={onAdd} className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label className="sr-only" htmlFor={`add-check-${interview.id}`}>
            Add a checklist item
          </label>
          <Input
            id={`add-check-${interview.id}`}
            placeholder="Add an item, e.g. Print two copies of the CV"
            value={adding}
            maxLength={200}
            onChange={(e) => setAdding(e.target.value)}
          />
        </div>
        <Button type="submit" variant="secondary" className="min-h-11" disabled={!adding.trim()}>
          <Plus size={16} aria-hidden="true" /> Add
        </Button>
      </form>
    </div>
  );
}
