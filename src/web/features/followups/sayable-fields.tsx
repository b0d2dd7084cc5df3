import { useId, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from '../../components/ui/button.js';
import { Input } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { buildNoteIndex, lintDraft, type DraftFinding } from '../../../core/followup/lint.js';
import { useUpdateConcern } from '../interviews/queries.js';
import { followUpKeys, usePatchFollowUp } from './queries.js';
import type { ThankYou } from '../../../contracts/followups.js';

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** "One thing you'd like to mention": text written to be said, suggested from the key points and edited before use. */
export function MentionField({ note, opportunityId }: { note: ThankYou; opportunityId: string }) {
  const patch = usePatchFollowUp(opportunityId);
  const toast = useToast();
  const id = useId();
  const [value, setValue] = useState(note.mention ?? '');
  const first = firstName(note.personName);
  const save = () =>
    patch.mutate(
      { ref: { kind: 'thank-you', interviewId: note.interviewId, personId: note.personId }, body: { mention: value.trim() || null } },
      {
        onSuccess: () => toast.show(value.trim() ? `Your note to ${first} will mention it.` : `Cleared what to mention to ${first}.`),
        onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
      },
    );
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        One thing you’d like to mention in your thank-you to {first}
      </label>
      <div className="flex flex-wrap gap-2">
        <Input
          id={id}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          maxLength={1000}
          placeholder={note.suggestedMention || 'In your words, to them'}
          className="min-w-64 flex-1"
        />
        {note.suggestedMention && value !== note.suggestedMention && (
          <Button variant="secondary" size="sm" onClick={() => setValue(note.suggestedMention)}>
            Start from the suggestion
          </Button>
        )}
        <Button size="sm" onClick={save} disabled={patch.isPending || value.trim() === (note.mention ?? '')}>
          Save<span className="sr-only"> what to mention to {first}</span>
        </Button>
      </div>
      <p className="text-xs text-muted">Written to {first}, in your own words: your private notes never go into the note.</p>
    </div>
  );
}

/** Per concern: how the note refers to it, and the answer in one sentence (from your stories or answers, or typed). */
export function ConcernAnswerFields({
  concern,
  personName,
  opportunityId,
}: {
  concern: ThankYou['concerns'][number];
  personName: string;
  opportunityId: string;
}) {
  const update = useUpdateConcern();
  const qc = useQueryClient();
  const toast = useToast();
  const id = useId();
  const [reference, setReference] = useState(concern.replyReference || concern.suggestedReference);
  const [line, setLine] = useState(concern.replyLine);
  const save = () =>
    update.mutate(
      { id: concern.id, body: { replyReference: reference.trim(), replyLine: line.trim() } },
      {
        onSuccess: () => {
          void qc.invalidateQueries({ queryKey: followUpKeys.opportunity(opportunityId) });
          toast.show(`Saved your answer for ${firstName(personName)}.`);
        },
        onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
      },
    );
  return (
    <div className="mt-2 flex flex-col gap-1.5 rounded-lg border border-line p-3" data-concern={concern.id}>
      <p className="text-sm">
        <span className="text-muted">Noted (private):</span> {concern.text}
      </p>
      <label htmlFor={`${id}-ref`} className="text-sm font-medium">
        How your note refers to it
      </label>
      <Input id={`${id}-ref`} value={reference} onChange={(e) => setReference(e.target.value)} maxLength={300} />
      <label htmlFor={`${id}-line`} className="text-sm font-medium">
        How you’d put the answer in one sentence
      </label>
      <div className="flex flex-wrap gap-2">
        <Input
          id={`${id}-line`}
          value={line}
          onChange={(e) => setLine(e.target.value)}
          maxLength={1000}
          placeholder={concern.suggestedLine}
          className="min-w-64 flex-1"
        />
        {line !== concern.suggestedLine && (
          <Button variant="secondary" size="sm" onClick={() => setLine(concern.suggestedLine)}>
            Start from the suggestion
          </Button>
        )}
        <Button size="sm" onClick={save} disabled={update.isPending}>
          Save<span className="sr-only"> the answer</span>
        </Button>
      </div>
    </div>
  );
}

/** The draft linter, run live on the text in the editor. */
export function useDraftFindings(
  text: string,
  recipientName: string,
  privateText: readonly string[],
  otherNames: readonly string[] = [],
): DraftFinding[] {
  const index = useMemo(() => buildNoteIndex(privateText), [privateText]);
  const names = otherNames.join('\n');
  return useMemo(
    () => lintDraft({ text, recipientName, privateNotes: index, otherNames: names.split('\n') }),
    [text, recipientName, index, names],
  );
}

/** What the linter found, each with the words it is about and how to fix it. */
export function DraftFindings({ text, findings }: { text: string; findings: readonly DraftFinding[] }) {
  if (findings.length === 0) return <p className="text-xs text-ok">Ready to send: nothing to fix.</p>;
  return (
    <div className="rounded-lg bg-warn-soft px-3 py-2 text-sm" role="status" aria-label="Before you send">
      <p className="font-medium">Before you send ({findings.length}):</p>
      <ul className="mt-1 list-disc pl-5">
        {findings.map((f, i) => (
          <li key={`${f.code}-${f.start}-${i}`}>
            {f.end > f.start && <q className="font-medium">{text.slice(f.start, f.end).slice(0, 80)}</q>} {f.message}{' '}
            <span className="text-muted">{f.fix}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The promises as the user's own checklist (kept on this device): never part of the note. */
export function PromiseChecklist({ noteId, items }: { noteId: string; items: readonly string[] }) {
  const key = `offerbook:follow-up:${noteId}:promises`;
  const [done, setDone] = useState<string[]>(() => {
    try {
      const saved: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      return Array.isArray(saved) ? saved.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  });
  if (items.length === 0) return null;
  const toggle = (item: string) => {
    const next = done.includes(item) ? done.filter((d) => d !== item) : [...done, item];
    setDone(next);
    try {
      localStorage.setItem(key, JSON.stringify(next));
    } catch {
      // Storage full or blocked: the ticks last for this visit.
    }
  };
  return (
    <fieldset className="mt-3 text-sm">
      <legend className="font-medium">You promised (your checklist, not sent)</legend>
      {items.map((item) => (
        <label key={item} className="mt-1 flex items-center gap-2">
          <input type="checkbox" checked={done.includes(item)} onChange={() => toggle(item)} />
          {item}
        </label>
      ))}
    </fieldset>
  );
}
