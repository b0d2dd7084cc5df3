/** iCalendar files for interviews, follow-ups and offer deadlines (pure: runs in browser, server and CLI). */
export { escapeText, foldLine, formatDate, formatUtc, PRODUCT_ID, triggerBefore, writeIcs, type IcsAlarm, type IcsCalendar, type IcsEvent } from './ics.js';
export {
  CHECK_IN_MINUTES,
  DEADLINE_ALARM_MINUTES,
  firstLink,
  followUpEvent,
  INTERVIEW_ALARMS,
  interviewEvent,
  offerDeadlineEvent,
  THANK_YOU_MINUTES,
  zonedTime,
  type CalendarFollowUp,
  type CalendarInterview,
  type CalendarOfferDeadline,
  type EventOptions,
} from './events.js';
