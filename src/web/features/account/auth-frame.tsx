import type { ReactNode } from 'react';
import { usePageTitle } from '../../components/ui/page.js';

/** The frame of the pages used before signing in: the name of the app and one card. */
export function AuthFrame({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6 py-6 sm:py-12">
      <div className="flex items-center gap-2 text-lg font-semibold tracking-tight">
        <span className="grid size-7 place-items-center rounded-lg bg-accent text-sm font-bold text-accent-fg" aria-hidden="true">
          O
        </span>
        Offerbook
      </div>
      <div className="rounded-xl border border-line bg-surface p-6">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {lead && <p className="mt-1 text-sm text-muted">{lead}</p>}
        <div className="mt-6">{children}</div>
      </div>
    </div>
  );
}

/** A form-level message (wrong password, too many attempts), announced when it appears. */
export function FormAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-lg border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
      {message}
    </p>
  );
}
