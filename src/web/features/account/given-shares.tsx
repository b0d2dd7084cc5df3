import { Link } from '@tanstack/react-router';
import type { Share } from '../../../contracts/sharing.js';
import { Button } from '../../components/ui/button.js';
import { Field, Input } from '../../components/ui/field.js';

/** What a share covers, in words. */
export function describeShare(share: Share): string {
  return share.scope === 'answers' ? 'All your practice answers' : (share.opportunityTitle ?? 'An opportunity');
}

/** The coach's email input of a share form. */
export function CoachEmailField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <Field label="Coach’s email" required error={error}>
      {({ id, describedBy, invalid }) => (
        <Input
          id={id}
          name="coachEmail"
          type="email"
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required
        />
      )}
    </Field>
  );
}

interface GivenSharesProps {
  shares: Share[];
  label: string;
  /** The row's first line: what is shared (account page) or with whom (one opportunity). */
  title: (share: Share) => string;
  /** The row's second line, before the link to the comments. */
  detail: (share: Share) => string;
  onStop: (share: Share) => void;
  stopping: boolean;
}

/** Shares the candidate gives, each with a link to its comments and "Stop sharing". */
export function GivenShares({ shares, label, title, detail, onStop, stopping }: GivenSharesProps) {
  return (
    <ul className="divide-y divide-line" aria-label={label}>
      {shares.map((s) => (
        <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
          <div className="min-w-0 text-sm">
            <p className="font-medium break-words">{title(s)}</p>
            <p className="text-xs text-muted break-words">
              {detail(s)} ·{' '}
              <Link to="/shared/$id" params={{ id: s.id }} className="text-accent underline">
                see comments
              </Link>
            </p>
          </div>
          <Button
            size="sm"
            variant="danger"
            onClick={() => onStop(s)}
            disabled={stopping}
            aria-label={`Stop sharing ${describeShare(s)} with ${s.coachName}`}
          >
            Stop sharing
          </Button>
        </li>
      ))}
    </ul>
  );
}
