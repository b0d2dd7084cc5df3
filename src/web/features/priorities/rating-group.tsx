import clsx from 'clsx';
import { FIT_RATINGS } from '../../../core/research/index.js';
import type { FitRating } from '../../../contracts/priorities.js';
import { RATING_LABELS } from './fit-model.js';

/** Five ratings as one native radio group drawn as segmented buttons: arrow keys move, Tab leaves. */
export function RatingGroup({
  name,
  label,
  value,
  onChange,
}: {
  name: string;
  label: string;
  value: FitRating;
  onChange: (r: FitRating) => void;
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">Rating for {label}</legend>
      <div className="inline-flex flex-wrap overflow-hidden rounded-lg border border-line-strong">
        {FIT_RATINGS.map((r) => (
          <label
            key={r}
            className={clsx(
              'cursor-pointer border-line-strong px-2.5 py-2 text-xs sm:py-1.5 font-medium [&:not(:first-child)]:border-l has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent',
              value === r ? (r === 'unknown' ? 'bg-bg text-fg' : 'bg-accent text-accent-fg') : 'bg-surface text-muted hover:bg-accent-soft',
            )}
          >
            <input type="radio" className="sr-only" name={name} value={r} checked={value === r} onChange={() => onChange(r)} />
            {RATING_LABELS[r]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
