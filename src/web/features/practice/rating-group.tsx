import clsx from 'clsx';

const LABELS = ['Rough', 'Shaky', 'OK', 'Good', 'Nailed it'];

/** Self-rating 1–5 as a radio group (arrow keys move between choices natively). */
export function RatingGroup({
  value,
  onChange,
  error,
}: {
  value: number | null;
  onChange: (n: number) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset aria-describedby={error ? 'rating-error' : undefined}>
      <legend className="mb-1.5 text-sm font-medium">How did it go?</legend>
      <div className="flex flex-wrap gap-2">
        {LABELS.map((label, i) => {
          const n = i + 1;
          return (
            <label
              key={n}
              className={clsx(
                'flex cursor-pointer items-center gap-1.5 rounded-lg border px-3 py-1.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent',
                value === n ? 'border-accent bg-accent-soft text-accent' : 'border-line-strong',
              )}
            >
              <input type="radio" name="self-rating" value={n} checked={value === n} onChange={() => onChange(n)} className="sr-only" />
              {n} · {label}
            </label>
          );
        })}
      </div>
      {error && (
        <p id="rating-error" className="mt-1 text-sm text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
