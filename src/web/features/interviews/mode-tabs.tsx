import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import clsx from 'clsx';

/** The panels of interview mode. */
export type ModePanel = 'notes' | 'questions' | 'concerns' | 'wrapup';

const PANELS: readonly { id: ModePanel; label: string }[] = [
  { id: 'notes', label: 'Notes' },
  { id: 'questions', label: 'Questions' },
  { id: 'concerns', label: 'Concerns' },
  { id: 'wrapup', label: 'Wrap-up' },
];

/** The tab bar of interview mode on tablets and phones (arrow keys move between tabs). */
export function ModeTabs({
  active,
  onChange,
  openConcerns,
}: {
  active: ModePanel;
  onChange: (p: ModePanel) => void;
  openConcerns: number;
}) {
  const refs = useRef(new Map<ModePanel, HTMLButtonElement>());
  function onKeyDown(e: KeyboardEvent) {
    const at = PANELS.findIndex((p) => p.id === active);
    const to =
      e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? PANELS.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = PANELS[(to + PANELS.length) % PANELS.length]!;
    onChange(next.id);
    refs.current.get(next.id)?.focus();
  }
  return (
    <div
      role="tablist"
      aria-label="Interview sections"
      className="grid grid-cols-4 gap-1 rounded-xl border border-line bg-surface p-1"
      onKeyDown={onKeyDown}
    >
      {PANELS.map((p) => (
        <button
          key={p.id}
          ref={(el) => {
            if (el) refs.current.set(p.id, el);
            else refs.current.delete(p.id);
          }}
          type="button"
          role="tab"
          id={`mode-tab-${p.id}`}
          aria-selected={active === p.id}
          aria-controls={`mode-panel-${p.id}`}
          tabIndex={active === p.id ? 0 : -1}
          onClick={() => onChange(p.id)}
          className={clsx(
            'relative min-h-11 min-w-0 rounded-lg px-1 text-sm font-medium',
            active === p.id ? 'bg-accent text-accent-fg' : 'text-muted hover:bg-accent-soft hover:text-fg',
          )}
        >
          {p.label}
          {/* The count sits in the corner, so four tabs fit side by side on a 390 px phone. */}
          {p.id === 'concerns' && openConcerns > 0 && (
            <span className="absolute top-0.5 right-0.5 rounded-full border border-line bg-surface px-1 text-xs leading-4 text-fg tabular-nums">
              <span className="sr-only"> (</span>
              {openConcerns}
              <span className="sr-only"> open)</span>
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
