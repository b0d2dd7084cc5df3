import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import {
  CheckInParams,
  FollowUps,
  FollowUpSettings,
  FollowUpsQuery,
  NextActionCountsResponse,
  NEXT_ACTIONS_LIMIT,
  NextActions,
  NextActionsListQuery,
  NextActionsQuery,
  PatchFollowUp,
  ThankYouParams,
  UpdateFollowUpSettings,
} from '../../../contracts/followups.js';
import { nextActionsCacheFor } from './next-actions.js';
import { getFollowUps, patchFollowUp } from './service.js';
import { getFollowUpSettings, updateFollowUpSettings } from './settings.js';
import { requestTimeZone, requestToday } from './zone.js';

const tags = ['Follow-ups'];
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Thank-you notes, the follow-up schedule, the follow-up rules and the next-actions list (issue #7). */
export const followupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/opportunities/:id/follow-ups', {
    schema: {
      tags,
      summary: "The opportunity's thank-you notes, check-ins and move-on suggestion",
      description:
        "Pass `timeZone` (the user's IANA zone) so check-ins land at a local hour on the user's calendar; the server's zone is the default.",
      params: IdParams,
      querystring: FollowUpsQuery,
      response: { 200: FollowUps, ...errors },
    },
    handler: (req) => getFollowUps(req.ctx, req.params.id, requestTimeZone(req.query.timeZone)),
  });

  app.patch('/api/follow-ups/thank-you/:interviewId/:personId', {
    schema: {
      tags,
      summary: 'Edit, re-tone, mark sent or dismiss the thank-you note to one interviewer',
      description:
        "The note is addressed by its interview and interviewer, so it can be changed before anything was stored for it. Answers the opportunity's follow-ups.",
      params: ThankYouParams,
      querystring: FollowUpsQuery,
      body: PatchFollowUp,
      response: { 200: FollowUps, ...errors },
    },
    handler: (req) => patchFollowUp(req.ctx, { kind: 'thank-you', ...req.params }, req.body, requestTimeZone(req.query.timeZone)),
  });

  app.patch('/api/follow-ups/check-in/:opportunityId/:sequence', {
    schema: {
      tags,
      summary: 'Edit, mark sent or skip a check-in',
      description:
        "Check-ins go out in order: a later one can be marked sent only after the earlier ones. Answers the opportunity's follow-ups.",
      params: CheckInParams,
      querystring: FollowUpsQuery,
      body: PatchFollowUp,
      response: { 200: FollowUps, ...errors },
    },
    handler: (req) => patchFollowUp(req.ctx, { kind: 'check-in', ...req.params }, req.body, requestTimeZone(req.query.timeZone)),
  });

  app.get('/api/next-actions', {
    schema: {
      tags,
      summary: 'Everything to do next across all opportunities, ranked',
      description:
        "Thank-you notes and check-ins due, interviews in the next 7 days, prep for an interview within 48 hours, offer deadlines and each opportunity's own next action; overdue first. Pass `today` and `timeZone` from the user's device. At most `limit` items (default 100, up to 5000; `truncated` says when some were left out); the counts always cover everything.",
      querystring: NextActionsListQuery,
      response: { 200: NextActions, 400: ErrorBody },
    },
    handler: async (req, reply) => {
      const timeZone = requestTimeZone(req.query.timeZone);
      const today = requestToday(req.query.today, timeZone, req.ctx.now());
      const body = await nextActionsCacheFor(req.ctx).body(req.ctx, today, timeZone, req.query.limit ?? NEXT_ACTIONS_LIMIT);
      // A string sent as JSON goes out as is; the schema stays for the query and the OpenAPI document.
      return reply.type('application/json; charset=utf-8').send(body as unknown as NextActions);
    },
  });

  app.get('/api/next-actions/counts', {
    schema: {
      tags,
      summary: 'How many next actions are overdue, due today, this week and later',
      description: '`attention` (overdue + due today) is what the navigation badge shows. Cheap: served from the same cache as the list.',
      querystring: NextActionsQuery,
      response: { 200: NextActionCountsResponse, 400: ErrorBody },
    },
    handler: async (req) => {
      const timeZone = requestTimeZone(req.query.timeZone);
      const { today, agenda } = await nextActionsCacheFor(req.ctx).get(
        req.ctx,
        requestToday(req.query.today, timeZone, req.ctx.now()),
        timeZone,
      );
      return { ...agenda.counts, date: today, attention: agenda.counts.overdue + agenda.counts.today };
    },
  });

  app.get('/api/follow-up-settings', {
    schema: { tags, summary: 'Your follow-up rules and the name your notes are signed with', response: { 200: FollowUpSettings } },
    handler: (req) => getFollowUpSettings(req.ctx),
  });

  app.patch('/api/follow-up-settings', {
    schema: {
      tags,
      summary: 'Change follow-up rules or your signing name (what is left out keeps its value)',
      body: UpdateFollowUpSettings,
      response: { 200: FollowUpSettings, 400: ErrorBody },
    },
    handler: (req) => updateFollowUpSettings(req.ctx, req.body),
  });
};
