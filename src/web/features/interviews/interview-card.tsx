import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { ExternalLink, MapPin, Pencil, Play, Trash2 } from 'lucide-react';
import { Badge } from '../../components/ui/badge.js';
import { Button, buttonClass } from '../../components/ui/button.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { CalendarLink } from '../calendar/calendar-link.js';
import { ChecklistEditor } from './checklist-editor.js';
import { InterviewForm } from './interview-form.js';
import { ReflectionSection } from './reflection-form.js';
import { draftFromInterview } from './form-model.js';
import { KIND_LABELS, checklistProgress, dayIn, locationLink, locationParts, namesOf, timeIn, whenText } from './model.js';
import { useDeleteInterview, useRestoreInterview } from './queries.js';
import type { Interview } from '../../../contracts/interviews.js';
import type { Person } from '../../../contracts/people.js';

interface Props {
  interview: Interview;
  people: readonly Person[];
  employerName: string;
  userZone: string;
  past: boolean;
}

/** One interview in the list: when (in its zone and yours), where, who, concerns, and the ways into it. */
export function InterviewCard({ interview: i, people, employerName, userZone, past }: Props) {
  const [open, setOpen] = useState<'none' | 'edit' | 'reflect'>('none');
  const del = useDeleteInterview();
  const restore = useRestoreInterview();
  const toast = useToast();
  const when = whenText(i, userZone);
  const link = locationLink(i.location);
  const name = i.title || `${KIND_LABELS[i.kind]} interview`;
  const headingId = `iv-${i.id}`;
  const progress = checklistProgress(i.checklist);

  function onDelete() {
    del.mutate(i.id, {
      onError: (err) => toast.show(errorMessage(err), { tone: 'error' }),
      onSuccess: () =>
        toast.show(`Deleted “${name}”.`, {
          action: {
            label: 'Undo',
            onClick: () => restore.mutate(i.id, { onError: (err) => toast.show(errorMessage(err), { tone: 'error' }) }),
          },
        }),
    });
  }

  return (
    <li className="rounded-xl border border-line bg-surface p-5" aria-labelledby={headingId} data-interview-id={i.id}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-base font-semibold">
            {name}
            <Badge tone="accent">{KIND_LABELS[i.kind]}</Badge>
            {i.openConcerns > 0 && <Badge tone="warn">{i.openConcerns === 1 ? '1 open concern' : `${i.openConcerns} open concerns`}</Badge>}
            {i.hasReflection && <Badge tone="ok">Reflection written</Badge>}
          </h3>
          <p className="mt-1 text-sm">{when.inZone}</p>
          {when.inUserZone && <p className="text-sm text-muted">Your time: {when.inUserZone}</p>}
          {i.location && (
            <p className="mt-1 flex items-start gap-1.5 text-sm break-words text-muted">
              {link ? (
                <ExternalLink size={14} className="mt-0.5 shrink-0" aria-hidden="true" />
              ) : (
                <MapPin size={14} className="mt-0.5 shrink-0" aria-hidden="true" />
              )}
              {link ? (
                <span className="min-w-0">
                  <a href={link} target="_blank" rel="noreferrer noopener" className="break-all text-accent underline">
                    {link}
                  </a>
                  {locationParts(i.location).details && <span> · {locationParts(i.location).details}</span>}
                </span>
              ) : (
                <span className="min-w-0">{i.location}</span>
              )}
            </p>
          )}
        </div>
        <Link to="/interviews/$id" params={{ id: i.id }} className={buttonClass(past ? 'secondary' : 'primary', 'md', 'min-h-11')}>
          <Play size={16} aria-hidden="true" /> {past ? 'Open interview mode' : 'Start interview mode'}
        </Link>
      </div>

      <ol className="mt-4 flex flex-col gap-1 border-l-2 border-line pl-3 text-sm" aria-label={`Conversations of ${name}`}>
        {i.conversations.map((c) => {
          const names = namesOf(c.personIds, people);
          return (
            <li key={c.id}>
              <span className="font-medium tabular-nums">
                {timeIn(c.startsAt, i.timeZone)}–
                {timeIn(new Date(new Date(c.startsAt).getTime() + c.durationMinutes * 60_000).toISOString(), i.timeZone)}
              </span>{' '}
              {names.length > 0 ? names.join(', ') : <span className="text-muted">Interviewers not named yet</span>}
              {c.topic && <span className="text-muted"> · {c.topic}</span>}
            </li>
          );
        })}
      </ol>

      <details className="mt-4 rounded-lg border border-line">
        <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-medium">
          Checklist · {progress.done} of {progress.total} done
        </summary>
        <div className="border-t border-line p-3">
          <ChecklistEditor interview={i} />
        </div>
      </details>

      <div className="mt-4 flex flex-wrap gap-2">
        <Button
          variant="secondary"
          className="min-h-11"
          aria-expanded={open === 'edit'}
          onClick={() => setOpen(open === 'edit' ? 'none' : 'edit')}
        >
          <Pencil size={16} aria-hidden="true" /> Edit
        </Button>
        {/* There is nothing to reflect on before the interview has begun. */}
        {(i.hasReflection || Date.parse(i.startsAt) <= Date.now()) && (
          <Button
            variant="secondary"
            className="min-h-11"
            aria-expanded={open === 'reflect'}
            onClick={() => setOpen(open === 'reflect' ? 'none' : 'reflect')}
          >
            {i.hasReflection ? 'Your reflection' : 'Reflect on it'}
          </Button>
        )}
        <CalendarLink interviewId={i.id} label={name} className="min-h-11" />
        <Button variant="danger" className="min-h-11" disabled={del.isPending} onClick={onDelete} aria-label={`Delete “${name}”`}>
          <Trash2 size={16} aria-hidden="true" /> Delete
        </Button>
      </div>

      {open === 'edit' && (
        <section aria-label={`Edit ${name}`} className="mt-4 border-t border-line pt-4">
          <InterviewForm
            opportunityId={i.opportunityId}
            employerName={employerName}
            people={people}
            initial={draftFromInterview(i)}
            saved={i}
            onDone={() => setOpen('none')}
            onCancel={() => setOpen('none')}
          />
        </section>
      )}
      {open === 'reflect' && (
        <section aria-labelledby={`${headingId}-r`} className="mt-4 border-t border-line pt-4">
          <h4 id={`${headingId}-r`} className="mb-3 text-base font-semibold">
            Reflection on {name} ({dayIn(i.startsAt, i.timeZone)})
          </h4>
          <ReflectionSection interviewId={i.id} />
        </section>
      )}
    </li>
  );
}
