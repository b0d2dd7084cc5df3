import { Link, useParams, useSearch } from '@tanstack/react-router';
import { PageHeader } from '../../components/ui/page.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { EmptyState } from '../../components/ui/empty-state.js';
import { buttonClass } from '../../components/ui/button.js';
import { getPrompt } from '../../../core/library/prompts/index.js';
import type { Prompt } from '../../../core/library/prompts/index.js';
import { AnswerEditor } from './answer-editor.js';
import { SuggestedStories } from './suggested-stories.js';
import { RehearsalHistory } from './rehearsal-history.js';
import { RehearsalRun } from './rehearsal.js';
import { CATEGORY_LABELS, pickAnswer } from './model.js';
import { useAnswers } from './queries.js';
import { useOpportunity } from '../opportunities/queries.js';

/** `/practice/$promptId`: write and rehearse the answer to one prompt, optionally tailored to an opportunity. */
export function PromptPage() {
  const { promptId } = useParams({ from: '/practice/$promptId' });
  const { opportunity } = useSearch({ from: '/practice/$promptId' });
  const prompt = getPrompt(promptId);
  if (!prompt) {
    return (
      <EmptyState
        title="No such question"
        actions={
          <Link to="/practice" className={buttonClass()}>
            Back to practice
          </Link>
        }
      >
        This question is not in the library.
      </EmptyState>
    );
  }
  return <PromptWorkspace key={`${prompt.id}-${opportunity ?? ''}`} prompt={prompt} opportunityId={opportunity} />;
}

function TailoredTo({ opportunityId }: { opportunityId: string }) {
  const q = useOpportunity(opportunityId);
  return <>{q.data ? ` · tailored to ${q.data.employerName}, ${q.data.roleTitle}` : ' · tailored to an opportunity'}</>;
}

function PromptWorkspace({ prompt, opportunityId }: { prompt: Prompt; opportunityId: string | undefined }) {
  const answers = useAnswers({ promptId: prompt.id });
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        {opportunityId ? (
          <Link to="/opportunities/$id" params={{ id: opportunityId }} search={{ tab: 'practice' }} className="text-accent underline">
            ← Back to the opportunity
          </Link>
        ) : (
          <Link to="/practice" className="text-accent underline">
            ← All questions
          </Link>
        )}
      </nav>
      <PageHeader
        title={prompt.text}
        lead={
          <>
            {CATEGORY_LABELS[prompt.category]}
            {opportunityId && <TailoredTo opportunityId={opportunityId} />}
          </>
        }
      />
      <section aria-label="About this question" className="grid gap-3 rounded-xl border border-line bg-surface p-5 text-sm md:grid-cols-3">
        <div className="md:col-span-2">
          <h2 className="font-semibold">What they want to learn</h2>
          <p className="mt-1">{prompt.intent}</p>
          {prompt.pitfalls.length > 0 && (
            <>
              <h2 className="mt-3 font-semibold">Pitfalls</h2>
              <ul className="mt-1 list-disc pl-5">
                {prompt.pitfalls.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div>
          <h2 className="font-semibold">Target length</h2>
          <p className="mt-1">
            {prompt.targetSeconds.min}–{prompt.targetSeconds.max} seconds spoken
          </p>
        </div>
      </section>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          {answers.isPending ? (
            <Loading label="Loading your answer…" />
          ) : answers.isError ? (
            <LoadError error={answers.error} onRetry={() => void answers.refetch()} />
          ) : (
            <AnswerEditorFor prompt={prompt} opportunityId={opportunityId ?? null} answers={answers.data} />
          )}
          <RehearsalRun prompt={prompt} opportunityId={opportunityId ?? null} />
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          <SuggestedStories promptId={prompt.id} opportunityId={opportunityId} />
          <RehearsalHistory promptId={prompt.id} opportunityId={opportunityId} />
        </div>
      </div>
    </div>
  );
}

function AnswerEditorFor({
  prompt,
  opportunityId,
  answers,
}: {
  prompt: Prompt;
  opportunityId: string | null;
  answers: Parameters<typeof pickAnswer>[0];
}) {
  const answer = pickAnswer(answers, prompt.id, opportunityId);
  // A tailored answer starts from the general one, if there is one.
  const start = answer ?? (opportunityId ? pickAnswer(answers, prompt.id, null) : undefined);
  // Not keyed by the answer: the first save must not remount the editor (its toast and text would be lost).
  return <AnswerEditor prompt={prompt} opportunityId={opportunityId} answer={answer} initialText={start?.text ?? ''} />;
}
