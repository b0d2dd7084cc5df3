import clsx from 'clsx';
import { CalendarPlus } from 'lucide-react';
import { buttonClass } from '../../components/ui/button.js';

function zone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/**
 * "Add to calendar (.ics)": downloads one interview as an iCalendar file with reminders a day and an hour before.
 * `label` names the interview for screen readers when several links share a page.
 */
export function CalendarLink({ interviewId, label, className }: { interviewId: string; label?: string; className?: string }) {
  return (
    <a href={`/api/interviews/${encodeURIComponent(interviewId)}/calendar.ics`} download className={clsx(buttonClass('secondary', 'sm'), className)}>
      <CalendarPlus size={14} aria-hidden="true" />
      Add to calendar (.ics)
      {label && <span className="sr-only"> {label}</span>}
    </a>
  );
}

/** Downloads an opportunity's thank-you notes and check-ins as an .ics file, timed in the browser's zone. */
export function FollowUpsCalendarLink({ opportunityId, className }: { opportunityId: string; className?: string }) {
  const tz = zone();
  const query = tz ? `?timeZone=${encodeURIComponent(tz)}` : '';
  return (
    <a href={`/api/opportunities/${encodeURIComponent(opportunityId)}/follow-ups/calendar.ics${query}`} download className={clsx(buttonClass('secondary', 'sm'), className)}>
      <CalendarPlus size={14} aria-hidden="true" />
      Follow-ups to calendar (.ics)
    </a>
  );
}
