import { useState } from 'react';
import { Link, useSearch } from '@tanstack/react-router';
import { PageHeader } from '../../components/ui/page.js';
import { Button, buttonClass } from '../../components/ui/button.js';
import { EmptyState } from '../../components/ui/empty-state.js';
import { getPrompt } from '../../../core/library/prompts/index.js';
import { parsePromptIds } from './model.js';
import { RehearsalRun } from './rehearsal.js';
import { RehearsalHistory } from './rehearsal-history.js';

/** `/practice/rehearse?prompts=…`: a timed round through several prompts, one after the other. */
export function RehearsePage() {
  const search = useSearch({ from: '/practice/rehearse' });
  const ids = parsePromptIds(search.prompts, (id) => getPrompt(id) !== undefined);
  const [index, setIndex] = useState(0);
  const prompt = getPrompt(ids[Math.min(index, ids.length - 1)] ?? '');
  if (!prompt) {
    return (
      <EmptyState
        title="Nothing to rehearse"
        actions={
          <Link to="/practice" className={buttonClass()}>
            Pick questions
          </Link>
        }
      >
        Choose questions on the practice page, or rehearse the weakest five.
      </EmptyState>
    );
  }
  const opportunityId = search.opportunity ?? null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Rehearsal"
        lead={`Question ${Math.min(index, ids.length - 1) + 1} of ${ids.length}`}
        actions={
          <>
            <Button variant="secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
              Previous question
            </Button>
            <Button variant="secondary" disabled={index >= ids.length - 1} onClick={() => setIndex(index + 1)}>
              Next question
            </Button>
          </>
        }
      />
      <h2 className="text-xl font-semibold">{prompt.text}</h2>
      <p className="-mt-4 text-sm text-muted">{prompt.intent}</p>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <RehearsalRun key={prompt.id} prompt={prompt} opportunityId={opportunityId} />
        </div>
        <RehearsalHistory promptId={prompt.id} opportunityId={search.opportunity} />
      </div>
    </div>
  );
}
