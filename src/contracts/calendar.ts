import { z } from 'zod';
import { Id, Instant } from './common.js';
import { TimeZone } from './interviews.js';

/** Query of the .ics downloads: the user's zone, for the local hour of check-ins (default: the interview's zone). */
export const CalendarZoneQuery = z.strictObject({ timeZone: TimeZone.optional() });
export type CalendarZoneQuery = z.infer<typeof CalendarZoneQuery>;

/** Body of `POST /api/calendar/feeds` (may be empty). */
export const CreateCalendarFeed = z.strictObject({
  /** The user's zone, carried in the feed URL so check-ins land at the right local hour. */
  timeZone: TimeZone.optional(),
});
export type CreateCalendarFeed = z.infer<typeof CreateCalendarFeed>;

/** A calendar feed as listed: the token is never shown again after creation. */
export const CalendarFeed = z.object({
  id: Id,
  createdAt: Instant,
});
export type CalendarFeed = z.infer<typeof CalendarFeed>;
export const CalendarFeedList = z.object({ items: z.array(CalendarFeed) });

/** Answer of `POST /api/calendar/feeds`: the feed and its secret URL, shown this once. */
export const CreatedCalendarFeed = CalendarFeed.extend({
  /** Path of the feed on this server, with the token (`/calendar/<token>.ics`). */
  path: z.string(),
  /** The full URL to paste into a calendar app (this server's address plus `path`). */
  url: z.string(),
});
export type CreatedCalendarFeed = z.infer<typeof CreatedCalendarFeed>;

/** Query of the feed itself: the zone chosen when it was made. */
export const FeedQuery = z.object({ tz: z.string().max(64).optional() });
