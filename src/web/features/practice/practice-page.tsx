import { PageHeader } from '../../components/ui/page.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { PROMPTS } from '../../../core/library/prompts/index.js';
import { libraryGroups } from './model.js';
import { PromptLibrary } from './prompt-library.js';
import { StoryBank } from './story-bank.js';
import { WeakestList } from './weakest-list.js';
import { useAnswers, useRehearsals } from './queries.js';

/** The practice library: standard prompts, prepared answers, stories and rehearsal. */
export function PracticePage() {
  const answers = useAnswers();
  const rehearsals = useRehearsals();
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Practice"
        lead="Prepare answers to the questions employers usually ask. The coach runs on this device as you type."
      />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          {answers.isPending || rehearsals.isPending ? (
            <Loading label="Loading your answers…" />
          ) : answers.isError || rehearsals.isError ? (
            <LoadError
              error={answers.error ?? rehearsals.error}
              onRetry={() => void Promise.all([answers.refetch(), rehearsals.refetch()])}
            />
          ) : (
            <PromptLibrary groups={libraryGroups(PROMPTS, answers.data, rehearsals.data)} />
          )}
        </div>
        <div className="flex min-w-0 flex-col gap-8">
          <WeakestList title="Weakest first" />
          <StoryBank />
        </div>
      </div>
    </div>
  );
}
