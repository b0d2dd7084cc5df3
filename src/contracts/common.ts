import { z } from 'zod';

/** A UUID as any client may supply it (we mint v7; we accept any RFC 9562 UUID). */
export const Id = z.uuid({ message: 'must be a UUID' });

/** A calendar date, `YYYY-MM-DD`, with no time zone: a due date means a day on the user's calendar. */
export const CalendarDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

/** An instant in UTC, ISO 8601 with `Z`. */
export const Instant = z.iso.datetime({ message: 'must be an ISO 8601 date-time in UTC' });

/** An http(s) link; other schemes (javascript:, data:) are refused. */
export const WebLink = z.url({ protocol: /^https?$/, message: 'must be an http or https link' }).max(2000);

/** A short single-line text: trimmed, not empty. */
export function shortText(max = 200) {
  return z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `must be at most ${max} characters` });
}

/** A long text (Markdown allowed), may be empty. */
export function longText(max = 50_000) {
  return z.string().max(max, { message: `must be at most ${max} characters` });
}

/** Params of a route addressing one object by id. */
export const IdParams = z.strictObject({ id: Id });

/** The one error shape every failing request answers with. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
