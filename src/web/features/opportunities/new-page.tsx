import { useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { buttonClass } from '../../components/ui/button.js';
import { PageHeader } from '../../components/ui/page.js';
import { uuidv7 } from '../../../core/ids.js';
import { EMPTY_FORM } from './form-model.js';
import { OpportunityForm } from './opportunity-form.js';
import { useCreateOpportunity } from './mutations.js';

/** Adding an opportunity: only employer and role are required. */
export function NewOpportunityPage() {
  const create = useCreateOpportunity();
  const navigate = useNavigate();
  // One id per visit, so a retried submit cannot create a duplicate.
  const id = useIdOnce();
  return (
    <div className="max-w-3xl">
      <PageHeader title="Add an opportunity" lead="Only the employer and the role are needed now; fill in the rest whenever you like." />
      <div className="rounded-xl border border-line bg-surface p-6">
        <OpportunityForm
          initial={EMPTY_FORM}
          sections="all"
          submitLabel="Add opportunity"
          onSubmit={async (body) => {
            const o = await create.mutateAsync({ ...body, id });
            await navigate({ to: '/opportunities/$id', params: { id: o.id } });
          }}
          extraActions={
            <Link to="/" className={buttonClass('ghost')}>
              Cancel
            </Link>
          }
        />
      </div>
    </div>
  );
}

function useIdOnce(): string {
  const [id] = useState(() => uuidv7());
  return id;
}
