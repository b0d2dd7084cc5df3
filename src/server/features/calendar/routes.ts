import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CalendarFeedList, CalendarZoneQuery, CreateCalendarFeed, CreatedCalendarFeed, FeedQuery } from '../../../contracts/calendar.js';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import { isValidTimeZone } from '../../../core/followup/index.js';
import { AppError, notFound } from '../../errors.js';
import { createFeed, feedOwner, feedPath, listFeeds, revokeFeed } from './feeds.js';
import { followUpCalendar, fullCalendar, interviewCalendar } from './service.js';

const tags = ['Calendar'];
const errors = { 400: ErrorBody, 404: ErrorBody };
const ICS = 'text/calendar; charset=utf-8';

/** This server's address as the client reached it, for links inside events. */
function appUrl(req: FastifyRequest): string {
  return `${req.protocol}://${req.host}`;
}

/** A real IANA zone or a 400 naming the field. */
function zone(value: string | undefined, field: string): string | undefined {
  if (value !== undefined && !isValidTimeZone(value))
    throw new AppError('validation', `${field} is not a time zone this system knows`, { field });
  return value;
}

function sendIcs(reply: FastifyReply, ics: string, fileName: string) {
  return reply.type(ICS).header('content-disposition', `attachment; filename="${fileName}"`).header('cache-control', 'no-store').send(ics);
}

/** .ics downloads and the secret-token calendar feed (issue #7). */
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/interviews/:id/calendar.ics', {
    schema: {
      tags,
      summary: 'One interview as an .ics file, with reminders a day and an hour before',
      description: 'Times are written in UTC, so every calendar shows them in its own zone.',
      params: IdParams,
      response: { 200: z.string(), ...errors },
    },
    handler: async (req, reply) => {
      const { ics, fileName } = await interviewCalendar(req.ctx, req.params.id, { appUrl: appUrl(req) });
      return sendIcs(reply, ics, fileName);
    },
  });

  app.get('/api/opportunities/:id/follow-ups/calendar.ics', {
    schema: {
      tags,
      summary: "An opportunity's thank-you notes and check-ins as an .ics file",
      description:
        "As the follow-ups feature plans them (sent and skipped ones left out). Check-ins land at the rule's local hour in `timeZone` (default: this machine's zone); thank-you notes are the half hour before their 24-hour mark.",
      params: IdParams,
      querystring: CalendarZoneQuery,
      response: { 200: z.string(), ...errors },
    },
    handler: async (req, reply) => {
      const timeZone = zone(req.query.timeZone, 'timeZone');
      const { ics, fileName } = await followUpCalendar(req.ctx, req.params.id, { appUrl: appUrl(req), timeZone });
      return sendIcs(reply, ics, fileName);
    },
  });

  app.get('/api/calendar/feeds', {
    schema: {
      tags,
      summary: 'Your calendar feeds that still work (their secret URLs are not shown again)',
      response: { 200: CalendarFeedList },
    },
    handler: async (req) => ({ items: await listFeeds(req.ctx) }),
  });

  app.post('/api/calendar/feeds', {
    schema: {
      tags,
      summary: 'Make a calendar feed: answers its secret URL once',
      description:
        'The URL carries a random 32-byte token; only its SHA-256 is stored, so the URL cannot be shown again. Anyone with the URL can read the feed until it is revoked. `timeZone` (optional) is written into the URL for the local hour of check-ins.',
      body: CreateCalendarFeed.nullish(),
      response: { 201: CreatedCalendarFeed, 400: ErrorBody },
    },
    handler: async (req, reply) => {
      const timeZone = zone(req.body?.timeZone, 'timeZone');
      const { feed, token } = await createFeed(req.ctx);
      const path = feedPath(token, timeZone);
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send({ ...feed, path, url: `${appUrl(req)}${path}` });
    },
  });

  app.delete('/api/calendar/feeds/:id', {
    schema: {
      tags,
      summary: 'Revoke a calendar feed: its URL stops working at once',
      params: IdParams,
      response: { 204: z.null(), ...errors },
    },
    handler: async (req, reply) => {
      await revokeFeed(req.ctx, req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/calendar/:token.ics', {
    schema: {
      tags,
      summary: 'The calendar feed (subscribe to this URL; the token is the credential)',
      description: 'Interviews from the last 30 days on, follow-ups and offer deadlines. Unknown or revoked tokens answer 404.',
      params: z.object({ token: z.string() }),
      querystring: FeedQuery,
      response: { 200: z.string(), 404: ErrorBody },
    },
    handler: async (req, reply) => {
      const owner = await feedOwner(req.ctx.db, req.params.token);
      if (!owner) throw notFound('Calendar feed');
      const tz = req.query.tz && isValidTimeZone(req.query.tz) ? req.query.tz : undefined;
      const ics = await fullCalendar({ ...req.ctx, actor: { userId: owner } }, { appUrl: appUrl(req), timeZone: tz });
      return reply.type(ICS).header('cache-control', 'private, no-cache').header('x-robots-tag', 'noindex').send(ics);
    },
  });
};
