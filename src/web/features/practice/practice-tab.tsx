import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { buttonClass } from '../../components/ui/button.js';
import { Field, Select } from '../../components/ui/field.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { Badge } from '../../components/ui/badge.js';
import { getPrompt, PROMPTS } from '../../../core/library/prompts/index.js';
import { formatInstant } from '../../lib/dates.js';
import type { Opportunity } from '../../../contracts/opportunities.js';
import { useAnswers } from './queries.js';
import { WeakestList } from './weakest-list.js';

/** The Practice tab: prepared answers tailored to this opportunity, and rehearsal of its five weakest questions. */
export function PracticeTab({ opportunity }: { opportunity: Opportunity }) {
  const answers = useAnswers({ opportunityId: opportunity.id });
  const tailored = answers.data?.filter((a) => a.opportunityId === opportunity.id) ?? [];
  const [pick, setPick] = useState(PROMPTS[0]?.id ?? '');
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <WeakestList opportunityId={opportunity.id} title="5 for this opportunity, weakest first" />
      <section aria-labelledby="tailored-h" className="rounded-xl border border-line bg-surface p-5">
        <h2 id="tailored-h" className="mb-3 text-base font-semibold">
          Answers tailored to {opportunity.employerName}
        </h2>
        {answers.isPending ? (
          <Loading label="Loading answers…" />
        ) : answers.isError ? (
          <LoadError error={answers.error} onRetry={() => void answers.refetch()} />
        ) : tailored.length === 0 ? (
          <p className="text-sm text-muted">None yet. Open a question above to tailor your answer to this role.</p>
        ) : (
          <ul className="flex flex-col gap-2 text-sm">
            {tailored.map((a) => (
              <li key={a.id}>
                <Link
                  to="/practice/$promptId"
                  params={{ promptId: a.promptId }}
                  search={{ opportunity: opportunity.id }}
                  className="font-medium text-accent underline-offset-2 hover:underline"
                >
                  {getPrompt(a.promptId)?.text ?? a.promptId}
                </Link>
                <span className="ml-2 inline-flex gap-1.5 align-middle">
                  <Badge tone={a.score >= 80 ? 'ok' : 'warn'}>Score {a.score}</Badge>
                  <span className="text-muted">
                    {a.versionCount} version{a.versionCount === 1 ? '' : 's'} · {formatInstant(a.updatedAt)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-4 flex flex-wrap items-end gap-2">
          <Field label="Tailor another answer" className="min-w-0 flex-1">
            {({ id }) => (
              <Select id={id} value={pick} onChange={(e) => setPick(e.target.value)}>
                {PROMPTS.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.text}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Link
            to="/practice/$promptId"
            params={{ promptId: pick }}
            search={{ opportunity: opportunity.id }}
            className={buttonClass('secondary')}
          >
            Open
          </Link>
        </div>
      </section>
    </div>
  );
}
