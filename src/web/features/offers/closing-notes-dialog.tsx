import { useState } from 'react';
import * as RadixDialog from '@radix-ui/react-dialog';
import { Copy, Mail, X } from 'lucide-react';
import { Badge } from '../../components/ui/badge.js';
import { Button, buttonClass } from '../../components/ui/button.js';
import { Field, Input, Textarea } from '../../components/ui/field.js';
import { errorMessage } from '../../api/client.js';
import { STAGE_LABELS } from '../../lib/stages.js';
import { mailtoLink } from '../../../core/followup/mailto.js';
import { DraftFindings, useDraftFindings } from '../followups/sayable-fields.js';
import { useCloseOther } from './queries.js';
import type { ClosingNoteDraft } from '../../../contracts/offers.js';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  lead: string;
  notes: ClosingNoteDraft[];
  /** Opportunities already closed by the action that made these drafts (no "mark" button for them). */
  alreadyClosed?: ReadonlySet<string>;
}

/**
 * Review of closing-note drafts: each can be edited, copied or opened in the user's mail app, and its opportunity
 * marked withdrawn (or its offer declined) with an Undo right there. Offerbook never sends anything itself.
 */
export function ClosingNotesDialog({ open, onOpenChange, title, lead, notes, alreadyClosed }: Props) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <RadixDialog.Content className="fixed left-1/2 top-1/2 z-50 flex max-h-[calc(100vh-2rem)] w-[calc(100vw-2rem)] max-w-2xl -translate-x-1/2 -translate-y-1/2 flex-col rounded-xl border border-line bg-surface shadow-xl">
          <div className="flex items-start justify-between gap-4 border-b border-line p-5">
            <div>
              <RadixDialog.Title className="text-lg font-semibold">{title}</RadixDialog.Title>
              <RadixDialog.Description className="mt-1 text-sm text-muted">{lead}</RadixDialog.Description>
            </div>
            <RadixDialog.Close className="rounded-md p-1 text-muted hover:bg-accent-soft" aria-label="Close">
              <X size={18} aria-hidden="true" />
            </RadixDialog.Close>
          </div>
          <div className="flex flex-col gap-5 overflow-y-auto p-5">
            {notes.length === 0 ? (
              <p className="text-sm text-muted">No other opportunity is waiting on you: there is nobody to write to.</p>
            ) : (
              notes.map((n) => <DraftCard key={n.opportunityId} note={n} closedAlready={alreadyClosed?.has(n.opportunityId) ?? false} />)
            )}
          </div>
          <div className="flex justify-end border-t border-line p-4">
            <RadixDialog.Close className={buttonClass('secondary')}>Done</RadixDialog.Close>
          </div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

const NO_PRIVATE_TEXT: readonly string[] = [];

function DraftCard({ note, closedAlready }: { note: ClosingNoteDraft; closedAlready: boolean }) {
  const [subject, setSubject] = useState(note.subject);
  const [body, setBody] = useState(note.body);
  const [status, setStatus] = useState<string>('');
  const [closed, setClosed] = useState(false);
  const close = useCloseOther();
  const hasOffer = note.kind === 'decline';
  const headingId = `note-${note.opportunityId}`;
  const who = `${note.employerName} · ${note.roleTitle}`;
  const findings = useDraftFindings(body, note.to.personId ? note.to.name : '', NO_PRIVATE_TEXT);
  const unnamed = body.includes('[Your name]');

  async function copy() {
    try {
      await navigator.clipboard.writeText(`Subject: ${subject}\n\n${body}`);
      setStatus('Note copied. Paste it into your message.');
    } catch {
      setStatus('Could not copy; select the text and copy it yourself.');
    }
  }

  function mark(undo: boolean) {
    close.mutate(
      { opportunityId: note.opportunityId, hasOffer, stage: undo ? (hasOffer ? 'reopen' : note.stage) : 'withdrawn' },
      {
        onSuccess: (stage) => {
          setClosed(!undo);
          setStatus(
            undo
              ? `Undone: ${note.employerName} is back to ${STAGE_LABELS[stage]}.`
              : `${note.employerName} marked ${hasOffer ? 'declined' : 'withdrawn'}.`,
          );
        },
        onError: (e) => setStatus(`Not changed: ${errorMessage(e)}`),
      },
    );
  }

  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-line p-4" data-opportunity={note.opportunityId}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {who}
        </h3>
        <Badge tone={hasOffer ? 'warn' : 'neutral'}>{hasOffer ? 'Decline the offer' : 'Withdraw'}</Badge>
      </div>
      <p className="mt-1 text-sm text-muted">
        To {note.to.name}
        {note.to.email ? ` <${note.to.email}>` : ' (no email address saved: copy the note instead)'}
      </p>
      <div className="mt-3 grid gap-3">
        <Field label={`Subject for ${note.employerName}`}>
          {({ id }) => <Input id={id} value={subject} onChange={(e) => setSubject(e.target.value)} />}
        </Field>
        <Field label={`Note to ${note.employerName}`}>
          {({ id }) => <Textarea id={id} value={body} onChange={(e) => setBody(e.target.value)} className="min-h-40" />}
        </Field>
        {unnamed && (
          <p role="note" className="rounded-lg border border-warn bg-warn-soft px-3 py-2 text-sm text-warn">
            Notes are signed “[Your name]” until you add your name in Settings.
          </p>
        )}
        <DraftFindings text={body} findings={findings} />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" onClick={() => void copy()}>
          <Copy size={14} aria-hidden="true" />
          Copy note<span className="sr-only"> for {note.employerName}</span>
        </Button>
        {note.to.email && (
          <a className={buttonClass('secondary', 'sm')} href={mailtoLink({ to: note.to.email, subject, body })}>
            <Mail size={14} aria-hidden="true" />
            Open in mail app<span className="sr-only"> for {note.employerName}</span>
          </a>
        )}
        {!closedAlready &&
          (closed ? (
            <Button variant="ghost" size="sm" disabled={close.isPending} onClick={() => mark(true)}>
              Undo<span className="sr-only"> closing {note.employerName}</span>
            </Button>
          ) : (
            <Button size="sm" disabled={close.isPending} onClick={() => mark(false)}>
              {hasOffer ? 'Mark offer declined' : 'Mark withdrawn'}
              <span className="sr-only"> for {note.employerName}</span>
            </Button>
          ))}
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm text-muted">
        {status}
      </p>
    </article>
  );
}
