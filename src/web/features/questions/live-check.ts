import { useEffect, useMemo, useState } from 'react';
import type { Fact as CoreFact } from '../../../core/library/questions-to-ask/types.js';
import type { ResearchCheck } from '../../../core/planning/research-check/index.js';
import type { Fact } from '../../../contracts/research.js';

type CheckFn = (input: { question: string; facts?: readonly CoreFact[]; employerName?: string }) => ResearchCheck;

/** The dossier's facts in the shape the pure check reads (no nulls). */
export function toCoreFacts(facts: readonly Fact[]): CoreFact[] {
  return facts.map((f) => {
    const out: CoreFact = { id: f.id, topic: f.topic, statement: f.statement };
    if (f.sourceUrl) out.sourceUrl = f.sourceUrl;
    if (f.notedOn) out.notedOn = f.notedOn;
    return out;
  });
}

let loaded: Promise<CheckFn> | null = null;

// The check's patterns are a chunk of their own: loaded (and warmed up) when the Questions tab first needs them.
function loadCheck(): Promise<CheckFn> {
  loaded ??= import('../../../core/planning/research-check/index.js').then((m) => {
    m.warmUpResearchCheck();
    return m.checkQuestion;
  });
  return loaded;
}

/** Runs the "answerable by research" check live, on every keystroke, against the employer's facts; null while empty or loading. */
export function useLiveCheck(question: string, facts: readonly Fact[], employerName: string): ResearchCheck | null {
  const [check, setCheck] = useState<CheckFn | null>(null);
  useEffect(() => {
    let live = true;
    void loadCheck().then((fn) => {
      if (live) setCheck(() => fn);
    });
    return () => {
      live = false;
    };
  }, []);
  const coreFacts = useMemo(() => toCoreFacts(facts), [facts]);
  return useMemo(() => {
    if (!check || question.trim().length < 4) return null;
    return check({ question, facts: coreFacts, employerName });
  }, [check, question, coreFacts, employerName]);
}
