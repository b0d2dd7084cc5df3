/** iCalendar files for interviews, follow-ups and offer deadlines (pure: runs in browser, server and CLI). */
export { writeIcs, type IcsEvent } from './ics.js';
export { followUpEvent, interviewEvent, offerDeadlineEvent, type CalendarFollowUp, type CalendarInterview } from './events.js';
