import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import { OpportunityPrepPlan, PrepPlanList, PrepPlanQuery } from '../../../contracts/prep.js';
import { opportunityPrepPlan, upcomingPrepPlans } from './service.js';

const tags = ['Prep plan'];
const HOW =
  "A time-boxed plan of the most valuable preparation, in order, scaled to the time left (research gaps, interviewers, question plan, weakest answers, logistics, brief, rest), each step with its reason. `now` fixes the clock; `timeZone` is the user's zone (default: the interview's), which keeps preparation out of the night.";

/** The short-notice prep plan for upcoming interviews (issue #7). */
export const prepRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/opportunities/:id/prep-plan', {
    schema: {
      tags,
      summary: "The prep plan for the opportunity's next interview (interview and plan null when none is coming)",
      description: HOW,
      params: IdParams,
      querystring: PrepPlanQuery,
      response: { 200: OpportunityPrepPlan, 400: ErrorBody, 404: ErrorBody },
    },
    handler: (req) => opportunityPrepPlan(req.ctx, req.params.id, req.query),
  });

  app.get('/api/prep-plans', {
    schema: {
      tags,
      summary: 'A prep plan for each interview starting within 48 hours, soonest first',
      description: HOW,
      querystring: PrepPlanQuery,
      response: { 200: PrepPlanList, 400: ErrorBody },
    },
    handler: async (req) => ({ items: await upcomingPrepPlans(req.ctx, req.query) }),
  });
};
