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
  conversation: Conversation | null;
  names: readonly string[];
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

/** Who and what the interview is for, the clock, and where the conversation on screen stands. */
export function ModeHeader({ interview: i, now, userZone, conversation, names }: Props) {
  const nowIso = new Date(now).toISOString();
  return (
    <header className="mb-4 flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0">
        <Link to="/opportunities/$id" params={{ id: i.opportunityId }} search={{ tab: 'interviews' }} className="mb-2 inline-flex min-h-11 items-center gap-1 text-sm text-muted hover:text-fg">
          <ArrowLeft size={14} aria-hidden="true" /> Back to {i.employerName}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight break-words">
          {i.employerName} <span className="font-normal text-muted">· {i.roleTitle}</span>
        </h1>
        <p className="mt-1 text-sm text-muted">
          {i.title || `${KIND_LABELS[i.kind]} interview`} · {dayIn(i.startsAt, i.timeZone)}
        </p>
      </div>
      <div className="flex flex-col items-start gap-1 sm:items-end sm:text-right">
        <p className="text-3xl font-semibold tabular-nums">
          <span className="sr-only">Time now </span>
          <time dateTime={nowIso}>{timeIn(nowIso, userZone)}</time>
        </p>
        {userZone !== i.timeZone && timeIn(nowIso, userZone) !== timeIn(nowIso, i.timeZone) && (
          <p className="text-sm text-muted">
            {timeIn(nowIso, i.timeZone)} {zoneLabel(i.timeZone)}
          </p>
        )}
        <NotesSyncStatus interviewId={i.id} className="text-sm" />
        {conversation && (
          <p className="text-sm font-medium" data-testid="slot-state">
            {names.length > 0 ? `${joinNames(names)}: ` : ''}
            {where(conversation, now, userZone)}
          </p>
        )}
        <details className="text-sm">
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
