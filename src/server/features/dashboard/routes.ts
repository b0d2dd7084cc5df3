import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../contracts/common.js';
import { Dashboard, DashboardQuery } from '../../../contracts/dashboard.js';
import { localDate } from '../../../core/dates.js';
import { DashboardCache, readRevision } from './cache.js';
import { getDashboard } from './service.js';

/** The "what do I do next?" view across all opportunities. */
export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const cache = new DashboardCache();
  app.get('/api/dashboard', {
    schema: {
      tags: ['Dashboard'],
      summary: 'Next actions, counts by stage and pipeline health',
      description: 'Pass `today` (the user\'s calendar date) so "overdue" follows the user\'s time zone; the server\'s date is the default.',
      querystring: DashboardQuery,
      response: { 200: Dashboard, 400: ErrorBody },
    },
    handler: async (req, reply) => {
      const today = req.query.today ?? localDate(req.ctx.now());
      const key = `${req.ctx.actor.userId}:${today}`;
      // Read the revision first: a change made while we compute only makes the entry stale sooner.
      const revision = await readRevision(req.ctx);
      let body = cache.get(key, revision);
      if (body === undefined) {
        body = JSON.stringify(Dashboard.parse(await getDashboard(req.ctx, today)));
        cache.set(key, revision, body);
      }
      // A string sent as JSON goes out as is (the body was checked against the contract when made);
      // the schema stays on the route for validation of the query and for the OpenAPI document.
      return reply.type('application/json; charset=utf-8').send(body as unknown as Dashboard);
    },
  });
};
