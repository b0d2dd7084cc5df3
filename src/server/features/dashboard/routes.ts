import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../contracts/common.js';
import { Dashboard, DashboardQuery } from '../../../contracts/dashboard.js';
import { localDate } from '../../../core/dates.js';
import { AnswerCache, answerFromCache } from '../../http/answer-cache.js';
import { requestTimeZone } from '../followups/zone.js';
import { getDashboard } from './service.js';

/** The "what do I do next?" view across all opportunities. */
export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  // Dashboards as sent, per owner, day and zone, while the owner's revision stands and the clock has not moved them on.
  const cache = new AnswerCache({ entries: 1000, bytes: 16 * 1024 * 1024 });
  app.get('/api/dashboard', {
    schema: {
      tags: ['Dashboard'],
      summary: 'Next actions, counts by stage and pipeline health',
      description:
        "Pass `today` (the user's calendar date) and `timeZone` (their IANA zone) so \"overdue\" and due dates follow the user's calendar; the server's date and zone are the defaults.",
      querystring: DashboardQuery,
      response: { 200: Dashboard, 400: ErrorBody },
    },
    handler: (req, reply) => {
      const timeZone = requestTimeZone(req.query.timeZone);
      const today = req.query.today ?? localDate(req.ctx.now(), timeZone);
      return answerFromCache(req, reply, cache, `${req.ctx.actor.userId}:${today}:${timeZone}`, async () => {
        const { dashboard, nextChangeAt } = await getDashboard(req.ctx, today, timeZone);
        return { value: dashboard, validUntil: nextChangeAt ? Date.parse(nextChangeAt) : Number.POSITIVE_INFINITY };
      });
    },
  });
};
