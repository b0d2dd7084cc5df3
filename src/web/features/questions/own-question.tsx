import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../components/ui/button.js';
import { Field, controlClass } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { useResearch } from '../research/queries.js';
import { useLiveCheck } from './live-check.js';
import { ResearchFlag } from './research-flag.js';
import { useAddItem } from './queries.js';

/** Type your own question; it is checked against the research as you type, before it joins the plan. */
export function OwnQuestion({ opportunityId, employerName }: { opportunityId: string; employerName: string }) {
  const research = useResearch(opportunityId);
  const add = useAddItem(opportunityId);
  const toast = useToast();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const check = useLiveCheck(text, research.data?.facts ?? [], employerName);

  function submit(e: FormEvent) {
    e.preventDefault();
    const t = text.trim();
    if (!t) {
      setError('Write the question you want to ask.');
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    add.mutate(
      { id: crypto.randomUUID(), text: t },
      {
        onSuccess: () => {
          toast.show('Question added to the plan.');
          setText('');
          inputRef.current?.focus();
        },
        onError: (err) => {
          if (err instanceof ApiError && err.field) setError(fieldMessage(err));
          else toast.show(errorMessage(err), { tone: 'error' });
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add your own question" className="grid gap-3">
      <Field label="Your own question" error={error} hint="Checked against your research as you type.">
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            ref={inputRef}
            className={controlClass}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            placeholder="What would you like to know?"
          />
        )}
      </Field>
      <div aria-live="polite">
        {check && !check.answerableByResearch && <p className="text-sm text-ok">Looks like something only they can answer.</p>}
        {check && (
          <ResearchFlag
            check={check}
            onUseDeeper={(deeper) => {
              setText(deeper);
              inputRef.current?.focus();
            }}
          />
        )}
      </div>
      <div>
        <Button type="submit" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add to plan'}
        </Button>
      </div>
    </form>
  );
}
