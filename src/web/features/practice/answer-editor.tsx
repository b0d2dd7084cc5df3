import { useRef, useState } from 'react';
import { Button } from '../../components/ui/button.js';
import { Field, Input } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { uuidv7 } from '../../../core/ids.js';
import type { Prompt } from '../../../core/library/prompts/index.js';
import type { Answer } from '../../../contracts/practice.js';
import { CoachedTextarea } from './coached-textarea.js';
import { VersionHistory } from './version-history.js';
import { CoachCommentsInline } from '../account/coach-comments.js';
import { WhyLeftGuide } from './why-left-guide.js';
import { useCreateAnswer, useSaveVersion } from './queries.js';
import { UnsavedGuard } from '../../forms/unsaved-guard.js';

interface Props {
  prompt: Prompt;
  opportunityId: string | null;
  /** The saved answer being edited; undefined until the first save. */
  answer: Answer | undefined;
  /** Text to start from (the saved answer, or the general answer when tailoring a new one). */
  initialText?: string;
}

/** Writes and saves an answer to one prompt, with live coach feedback and the version history. */
export function AnswerEditor({ prompt, opportunityId, answer, initialText }: Props) {
  const toast = useToast();
  const create = useCreateAnswer();
  const saveVersion = useSaveVersion();
  const [text, setText] = useState(answer?.text ?? initialText ?? '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const sectionRef = useRef<HTMLElement>(null);
  // Fixed per editor so a retried first save does not create two answers.
  const [ids] = useState(() => ({ answer: uuidv7(), version: uuidv7() }));
  const pending = create.isPending || saveVersion.isPending;
  const unchanged = answer !== undefined && text === answer.text && note.trim() === '';

  function onError(err: unknown) {
    if (err instanceof ApiError && err.field && /text/.test(err.field)) setError(fieldMessage(err));
    else toast.show(errorMessage(err), { tone: 'error' });
  }

  function save() {
    if (!text.trim()) {
      setError('Write your answer first.');
      sectionRef.current?.querySelector('textarea')?.focus();
      return;
    }
    setError(undefined);
    const done = () => {
      toast.show('Answer saved as a new version.');
      setNote('');
    };
    const trimmedNote = note.trim() || undefined;
    if (answer) {
      saveVersion.mutate(
        { answerId: answer.id, body: { id: uuidv7(), text, ...(trimmedNote ? { note: trimmedNote } : {}) } },
        { onSuccess: done, onError },
      );
    } else {
      create.mutate(
        { id: ids.answer, versionId: ids.version, promptId: prompt.id, opportunityId, text, ...(trimmedNote ? { note: trimmedNote } : {}) },
        { onSuccess: done, onError },
      );
    }
  }

  const dirty = text !== (answer?.text ?? initialText ?? '') || note.trim() !== '';
  return (
    <div className="flex flex-col gap-6">
      <UnsavedGuard dirty={dirty && !pending} />
      {prompt.category === 'why-left' && <WhyLeftGuide onUse={(draft) => setText(draft)} />}
      <section ref={sectionRef} aria-labelledby="answer-h" className="rounded-xl border border-line bg-surface p-5">
        <h2 id="answer-h" className="mb-3 text-base font-semibold">
          Your answer
        </h2>
        <div
          className="flex flex-col gap-4"
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              save();
            }
          }}
        >
          <Field
            label="Answer"
            error={error}
            hint="Feedback updates as you type and never leaves this device. Ctrl+Enter (⌘+Enter) saves a version."
          >
            {({ id, describedBy, invalid }) => (
              <CoachedTextarea id={id} value={text} onChange={setText} prompt={prompt} describedBy={describedBy} invalid={invalid} />
            )}
          </Field>
          <div className="flex flex-wrap items-end gap-3">
            <Field label="Note for this version (optional)" className="min-w-0 flex-1">
              {({ id }) => <Input id={id} value={note} onChange={(e) => setNote(e.target.value)} placeholder="What changed" />}
            </Field>
            <Button onClick={save} disabled={pending || unchanged} aria-keyshortcuts="Control+Enter Meta+Enter">
              {pending ? 'Saving…' : answer ? 'Save new version' : 'Save answer'}
            </Button>
          </div>
        </div>
      </section>
      {answer && <CoachCommentsInline targetKind="answer" targetId={answer.id} />}
      {answer && <VersionHistory answerId={answer.id} onRestore={(t) => setText(t)} />}
    </div>
  );
}
