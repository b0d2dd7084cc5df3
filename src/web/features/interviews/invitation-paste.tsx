import { useState } from 'react';
import { Button } from '../../components/ui/button.js';
import { Field, Textarea } from '../../components/ui/field.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { useParseInvitation } from './queries.js';
import type { InvitationDraft } from '../../../contracts/interviews.js';

/** "Paste the invitation": reads the text on the server into a draft for the form; nothing is saved here. */
export function InvitationPaste({
  opportunityId,
  timeZone,
  onRead,
  onCancel,
}: {
  opportunityId: string;
  timeZone: string;
  onRead: (result: InvitationDraft) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const parse = useParseInvitation();

  return (
    <form
      aria-label="Paste the invitation"
      noValidate
      className="grid gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) {
          setError('Paste the invitation’s text first.');
          return;
        }
        setError(undefined);
        parse.mutate(
          { text, timeZone, now: new Date().toISOString(), opportunityId },
          {
            onSuccess: onRead,
            onError: (err) => setError(err instanceof ApiError && err.field ? fieldMessage(err) : errorMessage(err)),
          },
        );
      }}
    >
      <Field
        label="The invitation"
        error={error}
        hint="Paste the email or calendar text as it came: date, time, place or link, who you will meet and the schedule. You review everything before it is saved."
      >
        {({ id, describedBy, invalid }) => (
          <Textarea
            id={id}
            value={text}
            maxLength={20_000}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className="min-h-40"
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" className="min-h-11" disabled={parse.isPending}>
          {parse.isPending ? 'Reading…' : 'Read the invitation'}
        </Button>
        <Button variant="ghost" className="min-h-11" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
