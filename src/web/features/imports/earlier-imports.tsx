import { Button } from '../../components/ui/button.js';
import { useToast } from '../../components/ui/toast.js';
import { formatInstant } from '../../lib/dates.js';
import { useImports, useUndoImport } from './queries.js';

/** The recent imports that still have opportunities, each with Undo. */
export function EarlierImports() {
  const q = useImports();
  const undo = useUndoImport();
  const toast = useToast();
  const items = (q.data?.items ?? []).filter((i) => i.opportunities > 0);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="earlier-imports-h" data-earlier-imports className="flex flex-col gap-2">
      <h2 id="earlier-imports-h" className="text-base font-semibold">
        Earlier imports
      </h2>
      <ul className="flex flex-col gap-2 text-sm">
        {items.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center gap-3">
            <span className="flex-1">
              {i.fileName}, {formatInstant(i.createdAt)}: {i.opportunities} opportunit{i.opportunities === 1 ? 'y' : 'ies'}
            </span>
            <Button
              variant="secondary"
              size="sm"
              aria-label={`Undo the import of ${i.fileName}`}
              disabled={undo.isPending}
              onClick={() =>
                undo.mutate(i.id, {
                  onSuccess: (r) => toast.show(`Import undone: ${r.removed} opportunit${r.removed === 1 ? 'y' : 'ies'} removed.`),
                })
              }
            >
              Undo import
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
