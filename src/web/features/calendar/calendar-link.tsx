import clsx from 'clsx';
import { CalendarPlus } from 'lucide-react';
import { buttonClass } from '../../components/ui/button.js';

/**
 * "Add to calendar (.ics)": downloads one interview as an iCalendar file with reminders a day and an hour before.
 * `label` names the interview for screen readers when several links share a page.
 */
export function CalendarLink({ interviewId, label, className }: { interviewId: string; label?: string; className?: string }) {
  return (
    <a
      href={`/api/interviews/${encodeURIComponent(interviewId)}/calendar.ics`}
      download
      className={clsx(buttonClass('secondary', 'sm'), className)}
    >
      <CalendarPlus size={14} aria-hidden="true" />
      Add to calendar (.ics)
      {label && <span className="sr-only"> {label}</span>}
    </a>
  );
}
