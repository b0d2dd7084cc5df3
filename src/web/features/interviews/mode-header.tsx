import { Link } from '@tanstack/react-router';
import { ArrowLeft } from 'lucide-react';
import { KIND_LABELS, dayIn, joinNames, slotState, timeIn, zoneLabel } from './model.js';
import { MODE_SHORTCUTS } from './mode-keys.js';
import { NotesSyncStatus } from './notes/sync-status.js';
import type { Conversation, Interview } from '../../../contracts/interviews.js';

interface Props {
  interview: Interview;
  now: number;
  userZone: string;
}

function where(c: Conversation, now: number, zone: string): string {
  const s = slotState(c, now);
  if (s.phase === 'before') {
    if (s.startsInMinutes <= 1) return 'Starts in a minute';
    if (s.startsInMinutes < 120) return `Starts in ${s.startsInMinutes} min`;
    return `Starts ${dayIn(c.startsAt, zone)}, ${timeIn(c.startsAt, zone)}`;
  }
  if (s.phase === 'during') return s.minutesLeft <= 1 ? 'About a minute left' : `${s.minutesLeft} min left`;
  return 'Over';
}

/** Where the conversation on screen stands, and with whom: the first line of interview mode's pinned top. */
export function SlotLine({
  conversation,
  names,
  now,
  userZone,
}: {
  conversation: Conversation;
  names: readonly string[];
  now: number;
  userZone: string;
}) {
  return (
    <p className="truncate text-base font-semibold" data-testid="slot-state">
      {names.length > 0 ? `${joinNames(names)}: ` : ''}
      {where(conversation, now, userZone)}
    </p>
  );
}

/** Who and what the interview is for, the clock and whether the notes are on the server. */
export function ModeHeader({ interview: i, now, userZone }: Props) {
  const nowIso = new Date(now).toISOString();
  return (
    <header className="mb-3">
      <Link
        to="/opportunities/$id"
        params={{ id: i.opportunityId }}
        search={{ tab: 'interviews' }}
        className="inline-flex min-h-11 items-center gap-1 text-sm text-muted hover:text-fg"
      >
        <ArrowLeft size={14} aria-hidden="true" /> Back to {i.employerName}
      </Link>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight break-words sm:text-2xl">
            {i.employerName} <span className="font-normal text-muted">· {i.roleTitle}</span>
          </h1>
          <p className="mt-1 text-sm text-muted">
            {i.title || `${KIND_LABELS[i.kind]} interview`} · {dayIn(i.startsAt, i.timeZone)}
          </p>
        </div>
        <div className="shrink-0 text-right">
          <p className="text-2xl font-semibold tabular-nums sm:text-3xl">
            <span className="sr-only">Time now </span>
            <time dateTime={nowIso}>{timeIn(nowIso, userZone)}</time>
          </p>
          {userZone !== i.timeZone && timeIn(nowIso, userZone) !== timeIn(nowIso, i.timeZone) && (
            <p className="text-sm text-muted">
              {timeIn(nowIso, i.timeZone)} {zoneLabel(i.timeZone)}
            </p>
          )}
        </div>
      </div>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <NotesSyncStatus interviewId={i.id} className="text-sm" />
        <details className="text-sm max-lg:hidden">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-muted">Keyboard shortcuts</summary>
          <dl className="mt-1 rounded-lg border border-line bg-surface p-3 text-left">
            {MODE_SHORTCUTS.map((s) => (
              <div key={s.label} className="flex items-center justify-between gap-4 py-1">
                <dt>{s.label}</dt>
                <dd className="flex gap-1">
                  {s.keys.map((k) => (
                    <kbd key={k} className="rounded border border-line-strong bg-bg px-1.5 py-0.5 font-mono text-xs">
                      {k}
                    </kbd>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
    </header>
  );
}
