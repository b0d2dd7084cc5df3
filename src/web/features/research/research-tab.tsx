import { useState } from 'react';
import { LoadError, Loading } from '../../components/ui/status.js';
import type { FactTopic } from '../../../core/research/index.js';
import { Checklist } from './checklist.js';
import { FactForm } from './fact-form.js';
import { FactList } from './fact-list.js';
import { useResearch } from './queries.js';

/** The Research tab: the employer's dossier, an always-ready add-fact form and the checklist of gaps. */
export function ResearchTab({ opportunityId }: { opportunityId: string }) {
  const q = useResearch(opportunityId);
  // A checklist topic clicked: the add-fact form takes that topic and its statement gets the focus.
  const [pick, setPick] = useState<{ topic: FactTopic; at: number } | null>(null);
  if (q.isPending) return <Loading label="Loading research…" />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data;
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
        <section aria-labelledby="add-fact-h" className="rounded-xl border border-line bg-surface p-5">
          <h2 id="add-fact-h" className="mb-4 text-base font-semibold">
            Add a fact about {r.employerName}
          </h2>
          <FactForm employerId={r.employerId} checklist={r.checklist} pick={pick} />
        </section>
        <section aria-labelledby="facts-h">
          <h2 id="facts-h" className="mb-3 text-base font-semibold">
            What you know
          </h2>
          <FactList research={r} />
        </section>
      </div>
      <Checklist checklist={r.checklist} onPick={(topic) => setPick({ topic, at: Date.now() })} />
    </div>
  );
}
