import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import clsx from 'clsx';
import { CircleAlert, GitFork, Pencil, Trash2 } from 'lucide-react';
import { Badge } from '../../../components/ui/badge.js';
import { controlClass } from '../../../components/ui/field.js';
import { MarkedText } from './marker-tag.js';
import { clockTime } from './markers.js';
import type { NoteView } from './status-store.js';

interface NoteEntryProps {
  note: NoteView;
  editing: boolean;
  onStartEdit: () => void;
  onEndEdit: () => void;
  onChange: (text: string) => void;
  onDelete: () => void;
}

/** The start of a note's first line, to tell notes of the same minute apart in button names. */
function snippet(text: string): string {
  const first = text.trim().split('\n')[0] ?? '';
  return first.length > 40 ? `${first.slice(0, 40)}…` : first;
}

/** At least 44 px square: easy to hit on a tablet. */
export const iconButton =
  'inline-flex size-11 shrink-0 items-center justify-center rounded-lg border border-transparent text-muted hover:bg-accent-soft hover:text-fg';

/** One note: its time, its markers, and in-place editing (every keystroke saved like the composer's). */
export function NoteEntry({ note, editing, onStartEdit, onEndEdit, onChange, onDelete }: NoteEntryProps) {
  const time = clockTime(note.writtenAt);
  const name = `note at ${time}: ${snippet(note.text)}`;
  const editor = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (editing) {
      const el = editor.current;
      el?.focus();
      el?.setSelectionRange(el.value.length, el.value.length);
    } else if (wasEditing.current) {
      editButton.current?.focus();
    }
    wasEditing.current = editing;
  }, [editing]);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Escape' || (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing)) {
      e.preventDefault();
      onEndEdit();
    }
  };

  return (
    <li data-note-id={note.id} className={clsx('rounded-lg border bg-surface px-3 py-2', note.keptBoth ? 'border-warn' : 'border-line')}>
      <div className="flex items-start gap-3">
        <time dateTime={note.writtenAt} className="pt-1 font-mono text-sm text-muted tabular-nums">
          {time}
        </time>
        <div className="min-w-0 flex-1">
          {(note.keptBoth || note.failure) && (
            <div className="mb-1 flex flex-wrap gap-1">
              {note.keptBoth && (
                <Badge tone="warn">
                  <GitFork size={12} aria-hidden="true" />
                  Kept both versions
                </Badge>
              )}
              {note.failure && (
                <Badge tone="danger">
                  <CircleAlert size={12} aria-hidden="true" />
                  Not saved to the server
                </Badge>
              )}
            </div>
          )}
          {editing ? (
            <textarea
              ref={editor}
              aria-label={`Edit note at ${time}`}
              value={note.text}
              rows={Math.min(8, Math.max(2, note.text.split('\n').length))}
              maxLength={20_000}
              className={clsx(controlClass, 'text-base')}
              onChange={(e) => onChange(e.target.value)}
              onKeyDown={onKeyDown}
              onBlur={onEndEdit}
            />
          ) : (
            <p className="py-1 text-base text-fg">
              <MarkedText text={note.text} />
            </p>
          )}
        </div>
        {!editing && (
          <div className="flex shrink-0 gap-1">
            <button ref={editButton} type="button" className={iconButton} aria-label={`Edit ${name}`} onClick={onStartEdit}>
              <Pencil size={18} aria-hidden="true" />
            </button>
            <button type="button" className={iconButton} aria-label={`Delete ${name}`} onClick={onDelete}>
              <Trash2 size={18} aria-hidden="true" />
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
