import clsx from 'clsx';
import { fitBadgeText, fitOf } from './fit-model.js';

/** A small, quiet fit summary for board cards and dashboard rows ("Fit 72 · 3 unknown"). */
export function FitBadge({ item, className }: { item: object; className?: string }) {
  const fit = fitOf(item);
  const text = fitBadgeText(fit);
  return (
    <span
      className={clsx('inline-flex items-center rounded-full border border-line-strong px-2 py-0.5 text-xs text-muted', className)}
      title={fit ? `Coverage ${Math.round(fit.coverage * 100)}%` : undefined}
    >
      {text}
    </span>
  );
}
