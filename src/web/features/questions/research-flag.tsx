import { SearchCheck } from 'lucide-react';
import { Button } from '../../components/ui/button.js';
import type { QuestionCheck } from '../../../contracts/questions.js';

/** The "answerable by research" flag: why, the dossier fact that answers it, and a deeper question to use instead. */
export function ResearchFlag({
  check,
  onUseDeeper,
  pending,
}: {
  check: QuestionCheck;
  onUseDeeper?: (deeper: string) => void;
  pending?: boolean;
}) {
  if (!check.answerableByResearch) return null;
  return (
    <div className="mt-2 rounded-lg border border-warn bg-warn-soft p-3 text-sm" data-testid="research-flag">
      <p className="flex items-start gap-2 font-semibold text-warn">
        <SearchCheck size={16} aria-hidden="true" className="mt-0.5 shrink-0" />
        Answerable by research
      </p>
      <p className="mt-1 text-fg">{check.reason}</p>
      {check.fact && (
        <p className="mt-1 text-fg">
          <span className="font-medium">From your research: </span>
          {check.fact.statement}
        </p>
      )}
      {check.deeper && (
        <div className="mt-2">
          <p className="text-fg">
            <span className="font-medium">Ask instead: </span>
            {check.deeper}
          </p>
          {onUseDeeper && (
            <Button size="sm" variant="secondary" className="mt-2" disabled={pending} onClick={() => onUseDeeper(check.deeper ?? '')}>
              Use the deeper question
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
