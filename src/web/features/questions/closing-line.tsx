import { useState } from 'react';
import { Button } from '../../components/ui/button.js';
import { Field, Textarea } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { useSetClosingLine } from './queries.js';
import type { QuestionPlan } from '../../../contracts/questions.js';

/** The line that ends each conversation: says you want the job and asks about doubts; editable, with a reset. */
export function ClosingLine({ opportunityId, plan }: { opportunityId: string; plan: QuestionPlan }) {
  const set = useSetClosingLine(opportunityId);
  const toast = useToast();
  const [text, setText] = useState(plan.closingLine);
  const [base, setBase] = useState(plan.closingLine);
  const [error, setError] = useState<string | undefined>();
  if (plan.closingLine !== base) {
    setBase(plan.closingLine);
    setText(plan.closingLine);
  }
  const onError = (err: unknown) => {
    if (err instanceof ApiError && err.field) setError(fieldMessage(err));
    else toast.show(errorMessage(err), { tone: 'error' });
  };

  return (
    <section aria-labelledby="closing-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="closing-h" className="text-base font-semibold">
        Closing line
      </h2>
      <p className="mt-1 text-sm text-muted">
        Say you want the job, then ask what might hold them back, so you can answer it while you are there.
      </p>
      <form
        className="mt-3 grid gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) {
            setError('Write a closing line, or reset to the suggested one.');
            return;
          }
          setError(undefined);
          set.mutate(text.trim(), { onSuccess: () => toast.show('Closing line saved.'), onError });
        }}
      >
        <Field
          label="What you will say at the end"
          error={error}
          hint={plan.closingLineIsDefault ? 'Suggested from the role and your research.' : 'Your own wording.'}
        >
          {({ id, describedBy, invalid }) => (
            <Textarea
              id={id}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className="min-h-24"
            />
          )}
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" size="sm" disabled={set.isPending || text === plan.closingLine}>
            Save closing line
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={set.isPending || plan.closingLineIsDefault}
            onClick={() => {
              setError(undefined);
              set.mutate(null, { onSuccess: () => toast.show('Back to the suggested closing line.'), onError });
            }}
          >
            Reset to suggested
          </Button>
        </div>
      </form>
    </section>
  );
}
