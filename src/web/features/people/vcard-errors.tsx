import clsx from 'clsx';
import { AlertTriangle } from 'lucide-react';
import type { VCardParseResult } from '../../../core/contacts/index.js';

/** The parts of a vCard file that could not be read, by line. Renders nothing when all were read. */
export function VCardErrors({ errors, className }: { errors: VCardParseResult['errors']; className?: string }) {
  if (errors.length === 0) return null;
  return (
    <div className={clsx('rounded-lg border border-warn bg-warn-soft p-3 text-sm text-warn', className)}>
      <p className="flex items-center gap-2 font-medium">
        <AlertTriangle size={14} aria-hidden="true" />
        {errors.length === 1 ? 'One part could not be read' : `${errors.length} parts could not be read`}
      </p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((er) => (
          <li key={`${er.line}-${er.message}`}>
            Line {er.line}: {er.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
