import { useCallback, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { CheckCircle2, RotateCcw, Trash2 } from 'lucide-react';
import { Badge } from '../../components/ui/badge.js';
import { Button } from '../../components/ui/button.js';
import { Field, Input, Select, Textarea } from '../../components/ui/field.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useToast } from '../../components/ui/toast.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { uuidv7 } from '../../../core/ids.js';
import { ConcernReply } from './concern-reply.js';
import { interviewKeys, useConcerns, useCreateConcern, useDeleteConcern, useUpdateConcern } from './queries.js';
import { concernWrite, withQueued, type ConcernChange, type QueuedWrite } from './notes/queued-writes.js';
import { useDayWrites } from './notes/use-day-writes.js';
import type { Concern } from '../../../contracts/interviews.js';
import type { Person } from '../../../contracts/people.js';

interface Props {
  interviewId: string;
  opportunityId: string;
  conversationId: string | null;
  /** Who a new concern is raised by unless changed: the conversation's first interviewer. */
  defaultRaisedBy: string | null;
  people: readonly Person[];
}

/** The interview's concerns: the `!` lines of your notes and those added here; who raised each, and how you answered it. */
export function ConcernsPanel({ interviewId, opportunityId, conversationId, defaultRaisedBy, people }: Props) {
  const q = useConcerns(interviewId, true);
  const refreshes = useCallback(
    (w: QueuedWrite) => (w.key.startsWith('concern:') ? { queryKey: interviewKeys.concerns(interviewId), answerIsData: false } : null),
    [interviewId],
  );
  const { sync, waiting } = useDayWrites(interviewId, refreshes);
  // As this device has them: changes waiting for the server laid over the list last read.
  const shown = (q.data ?? []).map((c) => withQueued(c, waiting, [`concern:${c.id}:addressed`, `concern:${c.id}:raised-by`]));
  const open = shown.filter((c) => c.status === 'open').length;
  const queue = (concernId: string, change: ConcernChange) => sync.queue(concernWrite(interviewId, concernId, change));
  return (
    <section aria-labelledby="concerns-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="concerns-h" className="text-lg font-semibold">
        Concerns
      </h2>
      <p className="mt-1 text-sm text-muted">
        Doubts they raised. A note line starting with “!” lands here too. Answer each before you leave, or in the thank-you note.
      </p>
      <AddConcern
        key={`${conversationId}-${defaultRaisedBy}`}
        {...{ interviewId, opportunityId, conversationId, defaultRaisedBy, people }}
      />
      {q.isPending ? (
        <Loading label="Loading concerns…" />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        <p className="mt-4 text-sm text-muted">No concerns noted yet.</p>
      ) : (
        <>
          <p className="mt-4 text-sm font-medium">{open === 0 ? 'All addressed.' : open === 1 ? '1 open' : `${open} open`}</p>
          <ul className="mt-2 flex flex-col gap-3" aria-label="Concerns raised">
            {shown.map((c) => (
              <ConcernRow
                key={c.id}
                concern={c}
                people={people}
                queue={queue}
                refused={
                  [waiting.get(`concern:${c.id}:addressed`)?.failure, waiting.get(`concern:${c.id}:raised-by`)?.failure].find(Boolean) ??
                  null
                }
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AddConcern({ interviewId, opportunityId, conversationId, defaultRaisedBy, people }: Props) {
  const create = useCreateConcern(opportunityId);
  const toast = useToast();
  const [text, setText] = useState('');
  const [by, setBy] = useState(defaultRaisedBy ?? '');
  const [error, setError] = useState<string | undefined>();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) {
      setError('Write what they were unsure about.');
      return;
    }
    setError(undefined);
    create.mutate(
      { id: uuidv7(), text: text.trim(), interviewId, conversationId, raisedByPersonId: by || null },
      {
        onSuccess: () => {
          setText('');
          toast.show('Concern added.');
        },
        onError: (err) =>
          err instanceof ApiError && err.field === 'text' ? setError(fieldMessage(err)) : toast.show(errorMessage(err), { tone: 'error' }),
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Add a concern"
      className="mt-3 grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem] sm:items-start"
    >
      <Field label="A concern they raised" error={error}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={text}
            maxLength={1000}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className="min-h-11"
          />
        )}
      </Field>
      <Field label="Raised by">
        {({ id }) => (
          <Select id={id} value={by} onChange={(e) => setBy(e.target.value)} className="min-h-11">
            <option value="">Not noted</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" variant="secondary" className="min-h-11" disabled={create.isPending}>
          Add concern
        </Button>
      </div>
    </form>
  );
}

/**
 * One concern. Who raised it and whether (and how) it was addressed are kept on the device first and sent with the
 * notes, so they can be changed offline; what is waiting shows at once.
 */
function ConcernRow({
  concern: c,
  people,
  queue,
  refused,
}: {
  concern: Concern;
  people: readonly Person[];
  queue: (concernId: string, change: ConcernChange) => Promise<void>;
  refused: string | null;
}) {
  const change = (body: ConcernChange) => void queue(c.id, body).catch((err: unknown) => onError(err));
  const update = useUpdateConcern();
  const del = useDeleteConcern();
  const create = useCreateConcern(c.opportunityId);
  const toast = useToast();
  const uid = useId();
  const [answering, setAnswering] = useState(false);
  const [how, setHow] = useState(c.howAddressed);
  const onError = (err: unknown) => toast.show(errorMessage(err), { tone: 'error' });

  function remove() {
    del.mutate(c.id, {
      onError,
      onSuccess: () =>
        toast.show('Concern removed.', {
          action: {
            label: 'Undo',
            onClick: () =>
              create.mutate(
                {
                  id: c.id,
                  text: c.text,
                  interviewId: c.interviewId,
                  conversationId: c.conversationId,
                  raisedByPersonId: c.raisedByPersonId,
                },
                {
                  onError,
                  onSuccess: () =>
                    c.status === 'addressed' || c.howAddressed
                      ? update.mutate({ id: c.id, body: { status: c.status, howAddressed: c.howAddressed } }, { onError })
                      : undefined,
                },
              ),
          },
        }),
    });
  }

  return (
    <li className="rounded-lg border border-line p-3" data-concern-id={c.id}>
      <p className="text-base">{c.text}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={c.status === 'open' ? 'warn' : 'ok'}>{c.status === 'open' ? 'Open' : 'Addressed'}</Badge>
        {c.noteId && <Badge>From your notes</Badge>}
        <label htmlFor={`${uid}-by`} className="text-muted">
          Raised by
        </label>
        <Select
          id={`${uid}-by`}
          value={c.raisedByPersonId ?? ''}
          onChange={(e) => change({ raisedByPersonId: e.target.value || null })}
          className="min-h-11 max-w-56"
        >
          <option value="">Not noted</option>
          {c.raisedByPersonId && !people.some((p) => p.id === c.raisedByPersonId) && (
            <option value={c.raisedByPersonId}>{c.raisedByName ?? 'Someone'}</option>
          )}
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </div>
      {refused && <p className="mt-2 text-sm text-danger">Not saved to the server: {refused}</p>}
      {c.status === 'addressed' && c.howAddressed && !answering && (
        <p className="mt-2 text-sm text-muted">How you addressed it: {c.howAddressed}</p>
      )}
      {c.status === 'open' && !answering && <ConcernReply concern={c} />}
      {answering ? (
        <form
          className="mt-3 grid gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            change({ status: 'addressed', howAddressed: how.trim() });
            setAnswering(false);
          }}
        >
          <Field label="How you addressed it">
            {({ id }) => (
              <Textarea id={id} value={how} maxLength={5000} onChange={(e) => setHow(e.target.value)} className="min-h-20" autoFocus />
            )}
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" className="min-h-11">
              Save as addressed
            </Button>
            <Button variant="ghost" className="min-h-11" onClick={() => setAnswering(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="mt-2 flex flex-wrap gap-2">
          {c.status === 'open' ? (
            <Button variant="secondary" className="min-h-11" onClick={() => setAnswering(true)}>
              <CheckCircle2 size={16} aria-hidden="true" /> Mark addressed…
            </Button>
          ) : (
            <>
              <Button variant="secondary" className="min-h-11" onClick={() => setAnswering(true)}>
                Edit how
              </Button>
              <Button variant="ghost" className="min-h-11" onClick={() => change({ status: 'open' })}>
                <RotateCcw size={16} aria-hidden="true" /> Reopen
              </Button>
            </>
          )}
          {!c.noteId && (
            <Button variant="ghost" className="min-h-11" aria-label={`Remove concern “${c.text}”`} onClick={remove}>
              <Trash2 size={16} aria-hidden="true" /> Remove
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
