import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from '../../components/ui/button.js';
import { Input } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { followUpKeys } from '../followups/queries.js';
import { useUpdateConcern } from './queries.js';
import type { Concern } from '../../../contracts/interviews.js';

/**
 * What the thank-you note says about a concern, in the user's words: how it refers to the concern
 * ("your question about …") and the answer in one sentence, offered from their stories, answers or
 * our wording and edited before use. The concern as noted stays private.
 */
export function ConcernReply({ concern: c }: { concern: Concern }) {
  const update = useUpdateConcern();
  const qc = useQueryClient();
  const toast = useToast();
  const uid = useId();
  const [open, setOpen] = useState(false);
  const [reference, setReference] = useState(c.replyReference || c.suggestedReference);
  const [line, setLine] = useState(c.replyLine);
  const who = c.raisedByName ? c.raisedByName.split(/\s+/)[0] : 'them';

  if (!open) {
    return (
      <div className="mt-2 text-sm">
        {c.replyLine ? <p className="text-muted">Your answer for the note: {c.replyLine}</p> : null}
        <Button variant="ghost" className="min-h-11" onClick={() => setOpen(true)}>
          {c.replyLine ? 'Edit the answer for your thank-you' : `Answer it in your thank-you to ${who}…`}
        </Button>
      </div>
    );
  }
  return (
    <form
      className="mt-3 grid gap-2"
      aria-label="Answer for the thank-you note"
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate(
          { id: c.id, body: { replyReference: reference.trim(), replyLine: line.trim() } },
          {
            onSuccess: () => {
              setOpen(false);
              void qc.invalidateQueries({ queryKey: followUpKeys.all });
              toast.show(`Your thank-you to ${who} will answer it.`);
            },
            onError: (err) => toast.show(errorMessage(err), { tone: 'error' }),
          },
        );
      }}
    >
      <label htmlFor={`${uid}-line`} className="text-sm font-medium">
        How you’d put the answer in one sentence
      </label>
      <div className="flex flex-wrap gap-2">
        <Input
          id={`${uid}-line`}
          value={line}
          onChange={(e) => setLine(e.target.value)}
          maxLength={1000}
          placeholder={c.suggestedLine}
          className="min-h-11 min-w-64 flex-1"
        />
        {line !== c.suggestedLine && (
          <Button variant="secondary" className="min-h-11" onClick={() => setLine(c.suggestedLine)}>
            Start from the suggestion
          </Button>
        )}
      </div>
      <label htmlFor={`${uid}-ref`} className="text-sm font-medium">
        How the note refers to it
      </label>
      <Input id={`${uid}-ref`} value={reference} onChange={(e) => setReference(e.target.value)} maxLength={300} className="min-h-11" />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" className="min-h-11" disabled={update.isPending}>
          Save the answer
        </Button>
        <Button variant="ghost" className="min-h-11" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
