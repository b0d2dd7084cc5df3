import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { KeyboardEvent } from 'react';
import clsx from 'clsx';
import { uuidv7 } from '../../../../core/ids.js';
import { controlClass } from '../../../components/ui/field.js';
import { useToast } from '../../../components/ui/toast.js';
import { buttonClass } from '../../../components/ui/button.js';
import { MarkerTag } from './marker-tag.js';
import { markerOf } from '../../../../core/followup/notes.js';
import { NoteEntry } from './note-entry.js';
import { useNotes } from './use-notes.js';

/** What the notes pane needs: the interview, and the conversation whose notes it shows (null: general notes). */
export interface NotesPaneProps {
  interviewId: string;
  conversationId: string | null;
  /** Accessible name of the pane, e.g. "Notes with Dana Ruiz". */
  label: string;
}

/** The notes of one conversation, saved on the device at each keystroke and synced to the server. */
export function NotesPane({ interviewId, conversationId, label }: NotesPaneProps) {
  const { sync, snapshot } = useNotes(interviewId);
  const toast = useToast();
  const queryClient = useQueryClient();
  // A `!` note keeps a concern on the server: show the change in the concerns list without waiting for its poll.
  useEffect(
    () => sync.onSaved((touchedConcern) => void (touchedConcern && queryClient.invalidateQueries({ queryKey: ['interviews', 'concerns', interviewId] }))),
    [sync, queryClient, interviewId],
  );
  const hintId = useId();
  // The composer's text is a note of its own from the first keystroke (saved like any other), shown here until Enter.
  const [composerId, setComposerId] = useState(() => uuidv7());
  const [draft, setDraft] = useState('');
  const [editingId, setEditingId] = useState<string | null>(null);

  const notes = useMemo(
    () =>
      snapshot.notes.filter(
        (n) => n.conversationId === conversationId && n.id !== composerId && ((!n.deleted && n.text.trim() !== '') || n.id === editingId),
      ),
    [snapshot.notes, conversationId, composerId, editingId],
  );

  const commit = useCallback(() => {
    if (!draft.trim()) return;
    setComposerId(uuidv7());
    setDraft('');
    sync.flushNow();
  }, [draft, sync]);

  const onComposerKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      commit();
    } else if (e.key === 'ArrowUp' && draft === '' && notes.length > 0) {
      e.preventDefault();
      setEditingId(notes[notes.length - 1]!.id);
    }
  };

  const remove = (id: string) => {
    void sync.edit(id, { deleted: true });
    toast.show('Note deleted.', { action: { label: 'Undo', onClick: () => void sync.edit(id, { deleted: false }) } });
  };

  const marker = markerOf(draft);

  return (
    <section aria-label={label} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-3 sm:p-4">
      <p className="text-sm text-muted">{notes.length === 1 ? '1 note' : `${notes.length} notes`}</p>

      {snapshot.loaded && notes.length === 0 && (
        <p className="rounded-lg border border-dashed border-line-strong px-4 py-6 text-center text-sm text-muted">
          No notes yet. Write below: every keystroke is kept on this device at once, even with no connection.
        </p>
      )}

      {notes.length > 0 && (
        <ol aria-label="Notes so far" className="flex flex-col gap-2">
          {notes.map((n) => (
            <NoteEntry
              key={n.id}
              note={n}
              editing={editingId === n.id}
              onStartEdit={() => setEditingId(n.id)}
              onEndEdit={() => {
                setEditingId((current) => (current === n.id ? null : current));
                sync.flushNow();
              }}
              onChange={(text) => void sync.edit(n.id, { text })}
              onDelete={() => remove(n.id)}
            />
          ))}
        </ol>
      )}

      <div className="flex flex-col gap-1.5">
        <div className="flex items-center justify-between gap-2">
          <label htmlFor={composerId} className="text-sm font-medium text-fg">
            Write a note
          </label>
          <span aria-live="polite" className="min-h-6">
            <MarkerTag marker={marker} />
          </span>
        </div>
        <textarea
          id={composerId}
          value={draft}
          rows={3}
          maxLength={20_000}
          disabled={!snapshot.loaded}
          aria-describedby={hintId}
          className={clsx(controlClass, 'min-h-24 text-base')}
          onChange={(e) => {
            setDraft(e.target.value);
            void sync.edit(composerId, { text: e.target.value }, conversationId);
          }}
          onKeyDown={onComposerKey}
        />
        <div className="flex flex-wrap items-start justify-between gap-2">
          <p id={hintId} className="max-w-prose flex-1 text-xs text-muted">
            Enter adds the note, Shift+Enter starts a new line, ↑ in an empty box edits the last note. Start a line with{' '}
            <kbd>?</kbd> for a question you asked, <kbd>!</kbd> for a concern they raised, <kbd>*</kbd> for a key point,{' '}
            <kbd>&gt;</kbd> for something you promised to follow up.
          </p>
          <button type="button" className={buttonClass('primary', 'md', 'min-h-11')} disabled={!draft.trim()} onClick={commit}>
            Add note
          </button>
        </div>
      </div>
    </section>
  );
}
