import { useState } from 'react';
import { ExternalLink, Pencil, Trash2 } from 'lucide-react';
import { Button } from '../../components/ui/button.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { formatDate } from '../../lib/dates.js';
import { MarkdownView } from './markdown-view.js';
import { FactForm } from './fact-form.js';
import { groupFacts, recreateBody, sourceHost } from './model.js';
import { useCreateFact, useDeleteFact } from './queries.js';
import type { Fact, Research } from '../../../contracts/research.js';

function FactItem({ fact, research }: { fact: Fact; research: Research }) {
  const [editing, setEditing] = useState(false);
  const del = useDeleteFact();
  const recreate = useCreateFact(research.employerId);
  const toast = useToast();
  if (editing)
    return (
      <li className="rounded-lg border border-accent p-4">
        <FactForm employerId={research.employerId} checklist={research.checklist} fact={fact} onDone={() => setEditing(false)} />
      </li>
    );
  const host = fact.sourceUrl ? sourceHost(fact.sourceUrl) : null;
  // mutateAsync, not mutate: the item unmounts once the list refreshes, and the Undo toast must still appear.
  function remove() {
    const fail = (e: unknown) => toast.show(errorMessage(e), { tone: 'error' });
    del
      .mutateAsync(fact.id)
      .then(() =>
        toast.show('Fact deleted.', { action: { label: 'Undo', onClick: () => recreate.mutateAsync(recreateBody(fact)).catch(fail) } }),
      )
      .catch(fail);
  }
  return (
    <li className="rounded-lg border border-line p-4" data-fact-id={fact.id}>
      <MarkdownView text={fact.statement} />
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-muted">
        {fact.sourceUrl && (
          <a
            href={fact.sourceUrl}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex items-center gap-1 text-accent underline underline-offset-2"
          >
            <ExternalLink size={12} aria-hidden="true" />
            {host ?? 'Source'}
            <span className="sr-only"> (source, opens in a new tab)</span>
          </a>
        )}
        {fact.notedOn && <span>Noted {formatDate(fact.notedOn)}</span>}
        <span className="ml-auto flex gap-1">
          <Button variant="ghost" size="sm" onClick={() => setEditing(true)} aria-label="Edit this fact">
            <Pencil size={14} aria-hidden="true" />
            Edit
          </Button>
          <Button variant="ghost" size="sm" onClick={remove} disabled={del.isPending} aria-label="Delete this fact">
            <Trash2 size={14} aria-hidden="true" />
            Delete
          </Button>
        </span>
      </div>
    </li>
  );
}

/** The employer's facts grouped by topic, each editable and deletable with Undo. */
export function FactList({ research }: { research: Research }) {
  const groups = groupFacts(research.facts);
  if (groups.length === 0)
    return (
      <p className="rounded-xl border border-dashed border-line-strong bg-surface p-5 text-sm text-muted">
        No facts yet about {research.employerName}. Start with what they do, then fill the gaps the checklist shows. Each fact keeps its
        source, so you can check it again before the interview.
      </p>
    );
  return (
    <div className="flex flex-col gap-6">
      {groups.map((g) => (
        <section key={g.topic} aria-labelledby={`topic-${g.topic}`}>
          <h3 id={`topic-${g.topic}`} className="mb-2 text-sm font-semibold">
            {g.label} <span className="font-normal text-muted">({g.facts.length})</span>
          </h3>
          <ul className="flex flex-col gap-3">
            {g.facts.map((f) => (
              <FactItem key={f.id} fact={f} research={research} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
