import { useTimeline } from './queries.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { STAGE_LABELS } from '../../lib/stages.js';
import { formatInstant } from '../../lib/dates.js';
import type { TimelineEvent } from '../../../contracts/opportunities.js';

/** One timeline entry in words. */
export function describeEvent(e: TimelineEvent): string {
  switch (e.kind) {
    case 'created':
      return e.toStage ? `Added as ${STAGE_LABELS[e.toStage]}` : 'Added';
    case 'stage':
      return e.fromStage && e.toStage
        ? `Moved from ${STAGE_LABELS[e.fromStage]} to ${STAGE_LABELS[e.toStage]}`
        : `Moved to ${e.toStage ? STAGE_LABELS[e.toStage] : 'another stage'}`;
    case 'archived':
      return 'Archived';
    case 'unarchived':
      return 'Restored from the archive';
    case 'interview': {
      const iv = e.interview;
      if (!iv) return 'Interview scheduled';
      const kind = iv.kind === 'onsite' ? 'An on-site' : iv.kind === 'video' ? 'A video' : 'A phone';
      return `${kind} interview scheduled for ${formatInstant(iv.startsAt)}`;
    }
    case 'offer':
      return 'Offer recorded';
  }
}

/** The opportunity's history, newest first. */
export function Timeline({ id }: { id: string }) {
  const q = useTimeline(id);
  return (
    <section aria-labelledby="timeline-h" className="self-start rounded-xl border border-line bg-surface p-5">
      <h2 id="timeline-h" className="text-base font-semibold">
        Timeline
      </h2>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <ol className="mt-3 space-y-3 border-l border-line pl-4">
          {[...q.data]
            .sort((a, b) => b.at.localeCompare(a.at))
            .map((e) => (
              <li key={e.id} className="relative text-sm">
                <span className="absolute -left-[1.3rem] top-1.5 size-2 rounded-full bg-accent" aria-hidden="true" />
                <p>{describeEvent(e)}</p>
                <p className="text-xs text-muted">
                  <time dateTime={e.at}>{formatInstant(e.at)}</time>
                </p>
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}
