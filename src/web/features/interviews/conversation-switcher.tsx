import clsx from 'clsx';
import { conversationTitle, namesOf, slotState, timeIn } from './model.js';
import type { Conversation } from '../../../contracts/interviews.js';
import type { Person } from '../../../contracts/people.js';

interface Props {
  conversations: readonly Conversation[];
  people: readonly Person[];
  timeZone: string;
  activeId: string | null;
  /** The conversation the clock points at. */
  clockId: string | null;
  now: number;
  onPick: (id: string) => void;
}

/** The day's conversations in order; the one on screen is pressed, the one the clock says is marked "Now". */
export function ConversationSwitcher({ conversations, people, timeZone, activeId, clockId, now, onPick }: Props) {
  return (
    <nav aria-label="Conversations" className="min-w-0 max-w-full">
      <ul className="flex gap-2 overflow-x-auto pb-1">
        {conversations.map((c, index) => {
          const names = namesOf(c.personIds, people);
          const end = new Date(new Date(c.startsAt).getTime() + c.durationMinutes * 60_000).toISOString();
          const state = slotState(c, now);
          const active = c.id === activeId;
          return (
            <li key={c.id} className="shrink-0">
              <button
                type="button"
                aria-pressed={active}
                aria-keyshortcuts={index < 9 ? `Alt+${index + 1}` : undefined}
                onClick={() => onPick(c.id)}
                className={clsx(
                  'flex min-h-12 min-w-40 flex-col items-start rounded-lg border px-3 py-2 text-left',
                  active ? 'border-accent bg-accent-soft' : 'border-line-strong bg-surface hover:bg-accent-soft',
                  state.phase === 'after' && !active && 'text-muted',
                )}
              >
                <span className="flex items-center gap-2 text-xs font-medium tabular-nums text-muted">
                  {timeIn(c.startsAt, timeZone)}–{timeIn(end, timeZone)}
                  {c.id === clockId && state.phase === 'during' && (
                    <span className="rounded-full bg-accent px-1.5 text-accent-fg">Now</span>
                  )}
                </span>
                <span className="text-sm font-semibold">{conversationTitle(c, names, index)}</span>
                {names.length > 0 && c.topic && <span className="text-xs text-muted">{c.topic}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
