import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
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
import { MARKER_INFO, withMarker } from './markers.js';
import { useNotes } from './use-notes.js';
import { interviewKeys } from '../../../api/keys.js';

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
    () =>
      sync.onSaved(
        (touchedConcern) => void (touchedConcern && queryClient.invalidateQueries({ queryKey: interviewKeys.concerns(interviewId) })),
      ),
    [sync, queryClient, interviewId],
  );
  const hintId = useId();
  // The composer's text is a note of its own from the first keystroke (saved like any other), shown here until Enter.
  const [composerId, setComposerId] = useState(() => uuidv7());
  const [draft, setDraft] = useState('');
  const composer = useRef<HTMLTextAreaElement>(null);
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

  const write = (text: string) => {
    setDraft(text);
    void sync.edit(composerId, { text }, conversationId);
  };

  /** A marker button: the sign at the start of the current line, as if typed; the keyboard stays open. */
  const insertMarker = (sign: string) => {
    const box = composer.current;
    const next = withMarker(draft, box?.selectionStart ?? draft.length, sign);
    write(next.text);
    requestAnimationFrame(() => {
      box?.focus();
      box?.setSelectionRange(next.caret, next.caret);
    });
  };

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

      {/* Pinned to the bottom of the screen (above the keyboard on a phone), so it never scrolls away or moves. */}
      <div className="sticky bottom-0 z-10 -mx-3 -mb-3 flex flex-col gap-1.5 rounded-b-xl border-t border-line bg-surface px-3 pt-2 pb-[max(0.75rem,env(safe-area-inset-bottom))] sm:-mx-4 sm:-mb-4 sm:px-4">
        <div className="flex items-center justify-between gap-2">
          <label htmlFor={composerId} className="text-sm font-medium text-fg">
            Write a note
          </label>
          <span aria-live="polite" className="min-h-6">
            <MarkerTag marker={marker} />
          </span>
        </div>
        <textarea
          ref={composer}
          id={composerId}
          data-note-box=""
          value={draft}
          rows={2}
          maxLength={20_000}
          disabled={!snapshot.loaded}
          aria-describedby={hintId}
          className={clsx(controlClass, 'min-h-16 text-base sm:min-h-24')}
          onChange={(e) => write(e.target.value)}
          onKeyDown={onComposerKey}
        />
        <div className="flex items-center justify-between gap-2">
          <div role="group" aria-label="Start the line with a marker" className="flex gap-1">
            {Object.values(MARKER_INFO).map((m) => (
              <button
                key={m.sign}
                type="button"
                aria-label={`${m.sign} ${m.label}`}
                title={`Start the line with ${m.sign}: ${m.hint}`}
                disabled={!snapshot.loaded}
                // Keeps the focus (and a phone's keyboard) in the note box.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => insertMarker(m.sign)}
                className="inline-flex size-11 items-center justify-center rounded-lg border border-line-strong font-mono text-lg font-semibold hover:bg-accent-soft"
              >
                {m.sign}
              </button>
            ))}
          </div>
          <button type="button" className={buttonClass('primary', 'md', 'min-h-11')} disabled={!draft.trim()} onClick={commit}>
            Add note
          </button>
        </div>
        <div>
          <p id={hintId} className="max-w-prose text-xs text-muted max-lg:sr-only">
            Enter adds the note, Shift+Enter starts a new line, ↑ in an empty box edits the last note. Start a line with <kbd>?</kbd> for a
            question you asked, <kbd>!</kbd> for a concern they raised, <kbd>*</kbd> for a key point, <kbd>&gt;</kbd> for something you
            promised to follow up.
          </p>
        </div>
      </div>
    </section>
  );
}
