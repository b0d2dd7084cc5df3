import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../contracts/common.js';
import { Dashboard, DashboardQuery } from '../../../contracts/dashboard.js';
import { localDate } from '../../../core/dates.js';
import { requestTimeZone } from '../followups/zone.js';
import { DashboardCache, readRevision } from './cache.js';
import { getDashboard } from './service.js';

/** The "what do I do next?" view across all opportunities. */
export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const cache = new DashboardCache();
  app.get('/api/dashboard', {
    schema: {
      tags: ['Dashboard'],
      summary: 'Next actions, counts by stage and pipeline health',
      description:
        "Pass `today` (the user's calendar date) and `timeZone` (their IANA zone) so \"overdue\" and due dates follow the user's calendar; the server's date and zone are the defaults.",
      querystring: DashboardQuery,
      response: { 200: Dashboard, 400: ErrorBody },
    },
    handler: async (req, reply) => {
      const timeZone = requestTimeZone(req.query.timeZone);
      const today = req.query.today ?? localDate(req.ctx.now(), timeZone);
      const key = `${req.ctx.actor.userId}:${today}:${timeZone}`;
      // Read the revision first: a change made while we compute only makes the entry stale sooner.
      const revision = await readRevision(req.ctx);
      const nowMs = req.ctx.now().getTime();
      let body = cache.get(key, revision, nowMs);
      if (body === undefined) {
        const { dashboard, nextChangeAt } = await getDashboard(req.ctx, today, timeZone);
        body = JSON.stringify(Dashboard.parse(dashboard));
        cache.set(key, revision, body, nextChangeAt ? Date.parse(nextChangeAt) : Number.POSITIVE_INFINITY);
      }
      // A string sent as JSON goes out as is (the body was checked against the contract when made);
      // the schema stays on the route for validation of the query and for the OpenAPI document.
      return reply.type('application/json; charset=utf-8').send(body as unknown as Dashboard);
    },
  });
};
