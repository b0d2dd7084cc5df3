import { useState } from 'react';
import { uuidv7 } from '../../../core/ids.js';
import { Link, useNavigate } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, buttonClass } from '../../components/ui/button.js';
import type { PostingPreview } from '../../../contracts/postings.js';
import { STAGE_LABELS } from '../../lib/stages.js';
import { invalidateOpportunity } from '../opportunities/mutations.js';
import { OpportunityForm } from '../opportunities/opportunity-form.js';
import { FIELD_LABELS, SOURCE_WORDS, formFromPreview } from './model.js';
import { addFact, createOpportunity, savePostingCopy } from './queries.js';

interface Props {
  preview: PostingPreview;
  /** One id per capture, so a retried save cannot add the opportunity twice. */
  id: string;
  onStartOver: () => void;
}

/** The preview: where each field came from, "did I already apply?", the facts to keep, and the form to correct and save. */
export function CapturePreview({ preview, id, onStartOver }: Props) {
  const [addAnyway, setAddAnyway] = useState(false);
  const [keep, setKeep] = useState<boolean[]>(() => preview.facts.map(() => true));
  // Ids minted once, so a retried save records each fact once.
  const [factIds] = useState<string[]>(() => preview.facts.map(() => uuidv7()));
  const navigate = useNavigate();
  const qc = useQueryClient();
  const known = Object.entries(preview.sources).filter(
    ([k]) => FIELD_LABELS[k] && preview.fields[k as keyof PostingPreview['fields']] !== null,
  );
  const showForm = preview.duplicates.length === 0 || addAnyway;

  return (
    <div className="flex flex-col gap-6">
      {preview.duplicates.length > 0 && (
        <section aria-labelledby="dupes-title" className="rounded-xl border border-accent bg-accent-soft p-5">
          <h2 id="dupes-title" className="text-base font-semibold text-fg">
            You may have this one already
          </h2>
          <ul className="mt-3 flex flex-col gap-2">
            {preview.duplicates.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-3">
                <span className="text-sm text-fg">
                  {d.roleTitle} at {d.employerName} · {STAGE_LABELS[d.stage]} ·{' '}
                  {d.reason === 'same-url' ? 'same posting address' : 'same employer, similar title'}
                </span>
                <Link to="/opportunities/$id" params={{ id: d.id }} className={buttonClass('secondary', 'sm')}>
                  Open it
                </Link>
              </li>
            ))}
          </ul>
          {!addAnyway && (
            <Button className="mt-4" variant="primary" size="sm" onClick={() => setAddAnyway(true)}>
              Add anyway
            </Button>
          )}
        </section>
      )}

      <section aria-labelledby="found-title" className="rounded-xl border border-line bg-surface p-5">
        <h2 id="found-title" className="text-base font-semibold text-fg">
          What the posting says
        </h2>
        {known.length === 0 ? (
          <p className="mt-2 text-sm text-muted">Nothing recognised; fill in the form yourself.</p>
        ) : (
          <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
            {known.map(([k, source]) => (
              <div key={k} className="flex gap-2">
                <dt className="font-medium text-fg">{FIELD_LABELS[k]}</dt>
                <dd className="text-muted">{SOURCE_WORDS[source] ?? source}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      {preview.facts.length > 0 && (
        <fieldset className="rounded-xl border border-line bg-surface p-5">
          <legend className="px-1 text-base font-semibold text-fg">About the employer: keep as research</legend>
          <ul className="mt-2 flex flex-col gap-2">
            {preview.facts.map((f, i) => (
              <li key={`${f.topic}-${i}`}>
                <label className="flex items-start gap-2 text-sm text-fg">
                  <input
                    type="checkbox"
                    className="mt-1"
                    checked={keep[i] ?? false}
                    onChange={(e) => setKeep((prev) => prev.map((v, j) => (j === i ? e.target.checked : v)))}
                  />
                  <span>{f.statement}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      {showForm && (
        <div className="rounded-xl border border-line bg-surface p-6">
          <OpportunityForm
            initial={formFromPreview(preview)}
            sections="all"
            submitLabel="Save opportunity"
            onSubmit={async (body) => {
              const o = await createOpportunity({ ...body, id });
              const sourceUrl = body.sourceUrl ?? null;
              await savePostingCopy(o.id, {
                text: preview.text || preview.fields.description || `${o.roleTitle} at ${o.employerName}`,
                html: preview.html,
                sourceUrl,
                closesAt: preview.fields.closesAt,
                postedAt: preview.fields.postedAt,
              });
              for (const [i, f] of preview.facts.entries()) {
                if (keep[i]) await addFact(o.employerId, { id: factIds[i], topic: f.topic, statement: f.statement, sourceUrl });
              }
              await invalidateOpportunity(qc);
              await navigate({ to: '/opportunities/$id', params: { id: o.id }, search: { tab: 'posting' } });
            }}
            extraActions={
              <Button variant="ghost" onClick={onStartOver}>
                Start over
              </Button>
            }
          />
        </div>
      )}
    </div>
  );
}
