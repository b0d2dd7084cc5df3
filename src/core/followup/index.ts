/** Follow-up rules and drafts: thank-you notes, check-in schedule, closing notes, mail links. */
export { draftDecline, draftWithdrawal } from './closing-notes.js';
export { mailtoLink } from './mailto.js';
export { isValidTimeZone } from './zoned-time.js';
export type * from './types.js';
