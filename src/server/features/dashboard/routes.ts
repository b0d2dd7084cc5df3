import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../contracts/common.js';
import { Dashboard, DashboardQuery } from '../../../contracts/dashboard.js';
import { getDashboard } from './service.js';

/** The "what do I do next?" view across all opportunities. */
export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/dashboard', {
    schema: {
      tags: ['Dashboard'],
      summary: 'Next actions, counts by stage and pipeline health',
      description: 'Pass `today` (the user\'s calendar date) so "overdue" follows the user\'s time zone; the server\'s date is the default.',
      querystring: DashboardQuery,
      response: { 200: Dashboard, 400: ErrorBody },
    },
    handler: (req) => getDashboard(req.ctx, req.query.today),
  });
};
