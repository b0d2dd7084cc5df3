import clsx from 'clsx';
import type { Metrics } from '../../../core/coach/index.js';
import type { Prompt } from '../../../core/library/prompts/index.js';
import { formatSeconds } from './highlight.js';

const DEFAULT_TARGET = { min: 60, max: 120 };

/** The coach's score, words, spoken time against the prompt's target, and fillers a minute, in one glanceable row. */
export function MetricsBar({ metrics, prompt, score }: { metrics: Metrics; prompt: Prompt | undefined; score?: number | undefined }) {
  const target = prompt?.targetSeconds ?? DEFAULT_TARGET;
  const s = metrics.speakingSeconds;
  const lengthTone = s > target.max ? 'text-danger' : s < target.min ? 'text-warn' : 'text-ok';
  return (
    <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-5" aria-label="Answer metrics">
      {score !== undefined && (
        <Item label="Score" value={`${score} / 100`} className={score >= 80 ? 'text-ok' : score >= 50 ? 'text-warn' : 'text-danger'} />
      )}
      <Item label="Words" value={String(metrics.words)} />
      <Item
        label="Spoken"
        value={`${formatSeconds(s)} of ${formatSeconds(target.min)}–${formatSeconds(target.max)}`}
        className={lengthTone}
      />
      <Item label="Sentences" value={String(metrics.sentences)} />
      {/* A rate over a few seconds of speech is noise ("1 um" in 5 s is not 12 a minute); like the coach, wait for 30 s. */}
      {s >= 30 ? (
        <Item
          label="Fillers a minute"
          value={`${metrics.fillersPerMinute.toFixed(1)} (${metrics.fillerCount})`}
          className={metrics.fillersPerMinute > 5 ? 'text-danger' : undefined}
        />
      ) : (
        <Item label="Fillers" value={String(metrics.fillerCount)} />
      )}
    </dl>
  );
}

function Item({ label, value, className }: { label: string; value: string; className?: string | undefined }) {
  return (
    <div className="rounded-lg border border-line bg-surface px-3 py-2">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className={clsx('font-medium tabular-nums', className)}>{value}</dd>
    </div>
  );
}
