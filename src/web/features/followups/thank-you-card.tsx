import { useId, useState } from 'react';
import { Check, Copy, Mail, Undo2 } from 'lucide-react';
import { Button } from '../../components/ui/button.js';
import { Badge } from '../../components/ui/badge.js';
import { Input, Textarea } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { formatInstant } from '../../lib/dates.js';
import { mailtoLink } from '../../../core/followup/mailto.js';
import { usePatchFollowUp, type FollowUpRef } from './queries.js';
import { ConcernAnswerFields, DraftFindings, MentionField, PromiseChecklist, useDraftFindings } from './sayable-fields.js';
import { useAutosave, type AutosaveStatus } from './use-autosave.js';
import type { ThankYou, Tone } from '../../../contracts/followups.js';

// Type-only imports from the contracts keep zod out of this chunk.
const TONES: readonly Tone[] = ['brief', 'warm', 'formal'];
const TONE_LABEL: Record<Tone, string> = { brief: 'Brief', warm: 'Warm', formal: 'Formal' };
const SOURCE_LABEL = {
  story: 'from your story bank',
  answer: 'from your prepared answer',
  template: 'a constructive reply',
  own: 'in your words',
} as const;

function StatusBadge({ note }: { note: ThankYou }) {
  switch (note.status) {
    case 'sent':
      return <Badge tone="ok">Sent {note.sentAt ? formatInstant(note.sentAt) : ''}</Badge>;
    case 'dismissed':
      return <Badge>Not needed</Badge>;
    case 'not-yet':
      return <Badge>After the conversation</Badge>;
    case 'due':
      return <Badge tone="warn">Due by {formatInstant(note.dueAt)}</Badge>;
    case 'late':
      return <Badge tone="danger">Late: send it today</Badge>;
    case 'overdue':
      return <Badge tone="danger">Overdue</Badge>;
    case 'passed':
      return <Badge>Moment passed: send only if it still fits</Badge>;
  }
}

function SaveState({ status, id }: { status: AutosaveStatus; id: string }) {
  const text =
    status === 'saving'
      ? 'Saving…'
      : status === 'pending'
        ? 'Changes kept on this device, saving soon…'
        : status === 'error'
          ? 'Not saved yet: kept on this device, retrying.'
          : 'All changes saved.';
  return (
    <p id={id} role="status" className={status === 'error' ? 'text-xs text-danger' : 'text-xs text-muted'}>
      {text}
    </p>
  );
}

const NONE: readonly string[] = [];

/** One thank-you note to one interviewer: due time, tone, editable text saved as you type, copy, mail link, mark sent. */
export function ThankYouCard({
  note,
  opportunityId,
  privateText = NONE,
  otherNames = NONE,
}: {
  note: ThankYou;
  opportunityId: string;
  privateText?: readonly string[];
  otherNames?: readonly string[];
}) {
  const patch = usePatchFollowUp(opportunityId);
  const toast = useToast();
  const ref: FollowUpRef = { kind: 'thank-you', interviewId: note.interviewId, personId: note.personId };
  const saveField = (field: 'draft' | 'subject') => (value: string) => patch.mutateAsync({ ref, body: { [field]: value } });
  const body = useAutosave({ storageKey: `offerbook:follow-up:${note.id}:draft`, serverValue: note.body, save: saveField('draft') });
  const subject = useAutosave({
    storageKey: `offerbook:follow-up:${note.id}:subject`,
    serverValue: note.subject,
    save: saveField('subject'),
  });
  const baseId = useId();
  const headingId = `${baseId}-h`;
  const statusId = `${baseId}-s`;
  const done = note.status === 'sent' || note.status === 'dismissed';
  // The tone picked shows at once; the server's answer follows.
  const [pendingTone, setPendingTone] = useState<Tone | null>(null);
  const findings = useDraftFindings(body.value, note.personName, privateText, otherNames);

  function markSent() {
    // Open findings (a placeholder, a copied note…) ask before the note counts as sent.
    if (
      findings.length > 0 &&
      !window.confirm(
        `The note to ${note.personName} still has ${findings.length} thing${findings.length === 1 ? '' : 's'} to fix. Mark it sent anyway?`,
      )
    )
      return;
    change({ sent: true }, `Marked the note to ${note.personName} as sent.`, { sent: false });
  }

  const change = (
    bodyChange: Parameters<typeof patch.mutate>[0]['body'],
    message: string,
    undo: Parameters<typeof patch.mutate>[0]['body'],
    extra: { onSettled?: () => void } = {},
  ) =>
    patch.mutate(
      { ref, body: bodyChange },
      {
        ...extra,
        onSuccess: () =>
          toast.show(message, {
            action: {
              label: 'Undo',
              onClick: () => patch.mutate({ ref, body: undo }, { onError: (e) => toast.show(errorMessage(e), { tone: 'error' }) }),
            },
          }),
        onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
      },
    );

  async function setTone(tone: Tone) {
    if (tone === note.tone) return;
    setPendingTone(tone);
    const settle = { onSettled: () => setPendingTone(null) };
    await Promise.all([body.flush(), subject.flush()]);
    const edited = note.edited || body.value !== note.body || subject.value !== note.subject;
    if (!edited) {
      patch.mutate({ ref, body: { tone } }, { ...settle, onError: (e) => toast.show(errorMessage(e), { tone: 'error' }) });
      return;
    }
    // Your own words are replaced by the new tone's draft, with Undo to get them back.
    change(
      { tone, draft: null, subject: null },
      `Rewrote the note in the ${TONE_LABEL[tone].toLowerCase()} tone.`,
      { tone: note.tone, draft: body.value, subject: subject.value },
      settle,
    );
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(`Subject: ${subject.value}\n\n${body.value}`);
      toast.show('Copied the note.');
    } catch {
      toast.show('Copying is blocked here: select the text and copy it yourself.', { tone: 'error' });
    }
  }

  const mailto = mailtoLink({ to: note.personEmail ?? [], subject: subject.value, body: body.value });

  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-line bg-surface p-5" data-follow-up={note.id}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="text-base font-semibold">
            Thank-you note to {note.personName}
          </h3>
          <p className="mt-0.5 text-sm text-muted">
            {note.interviewTitle ? `${note.interviewTitle} · ` : ''}
            {note.personEmail ?? 'No email address saved: add one on the People tab.'}
          </p>
        </div>
        <StatusBadge note={note} />
      </div>
      {!done && <p className="mt-2 text-sm text-muted">{note.reason}</p>}

      {done ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <Button
            variant="secondary"
            size="sm"
            onClick={() =>
              change(
                note.status === 'sent' ? { sent: false } : { dismissed: false },
                note.status === 'sent' ? `Marked the note to ${note.personName} as not sent.` : `Restored the note to ${note.personName}.`,
                note.status === 'sent' ? { sent: true } : { dismissed: true },
              )
            }
          >
            <Undo2 size={14} aria-hidden="true" />
            {note.status === 'sent' ? 'Mark not sent' : 'Restore'}
            <span className="sr-only"> for {note.personName}</span>
          </Button>
        </div>
      ) : (
        <>
          <div className="mt-3">
            <MentionField key={note.mention ?? ''} note={note} opportunityId={opportunityId} />
          </div>
          {note.concerns.length > 0 && (
            <div className="mt-3 rounded-lg bg-accent-soft px-3 py-2 text-sm">
              <p className="font-medium">Answers their open {note.concerns.length === 1 ? 'concern' : 'concerns'}:</p>
              {note.concerns.map((c) => (
                <div key={c.id}>
                  <p className="mt-1 text-muted">Answer {SOURCE_LABEL[c.source]}</p>
                  <ConcernAnswerFields
                    key={`${c.replyReference}|${c.replyLine}`}
                    concern={c}
                    personName={note.personName}
                    opportunityId={opportunityId}
                  />
                </div>
              ))}
            </div>
          )}
          <PromiseChecklist noteId={note.id} items={note.promises} />
          <fieldset className="mt-4">
            <legend className="text-sm font-medium">Tone</legend>
            <div className="mt-1 inline-flex rounded-lg border border-line-strong p-0.5">
              {TONES.map((t) => (
                <label
                  key={t}
                  className="cursor-pointer rounded-md px-3 py-1 text-sm has-[:checked]:bg-accent has-[:checked]:text-accent-fg has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent"
                >
                  <input
                    type="radio"
                    name={`${baseId}-tone`}
                    value={t}
                    checked={(pendingTone ?? note.tone) === t}
                    onChange={() => void setTone(t)}
                    className="sr-only"
                  />
                  {TONE_LABEL[t]}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="mt-4 flex flex-col gap-1.5">
            <label htmlFor={`${baseId}-subject`} className="text-sm font-medium">
              Subject
            </label>
            <Input
              id={`${baseId}-subject`}
              value={subject.value}
              onChange={(e) => subject.setValue(e.target.value)}
              onBlur={() => void subject.flush()}
              maxLength={300}
            />
          </div>
          <div className="mt-3 flex flex-col gap-1.5">
            <label htmlFor={`${baseId}-body`} className="text-sm font-medium">
              Note to {note.personName}
            </label>
            <Textarea
              id={`${baseId}-body`}
              value={body.value}
              onChange={(e) => body.setValue(e.target.value)}
              onBlur={() => void body.flush()}
              aria-describedby={statusId}
              maxLength={20_000}
              className="min-h-72 leading-relaxed"
            />
            <SaveState status={body.status === 'saved' ? subject.status : body.status} id={statusId} />
            <DraftFindings text={body.value} findings={findings} />
          </div>
          <div className="mt-4 flex flex-wrap gap-2">
            <Button size="sm" onClick={markSent} disabled={patch.isPending}>
              <Check size={14} aria-hidden="true" />
              Mark sent
              <span className="sr-only"> to {note.personName}</span>
            </Button>
            <a
              href={mailto}
              className="inline-flex h-8 items-center gap-1.5 rounded-lg border border-line-strong bg-surface px-3 text-sm font-medium hover:bg-accent-soft"
            >
              <Mail size={14} aria-hidden="true" />
              Open in mail app<span className="sr-only"> for the note to {note.personName}</span>
            </a>
            <Button variant="secondary" size="sm" onClick={() => void copy()}>
              <Copy size={14} aria-hidden="true" />
              Copy<span className="sr-only"> the note to {note.personName}</span>
            </Button>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => change({ dismissed: true }, `The note to ${note.personName} is set aside.`, { dismissed: false })}
            >
              Not needed<span className="sr-only"> for {note.personName}</span>
            </Button>
          </div>
        </>
      )}
    </article>
  );
}
