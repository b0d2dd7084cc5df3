import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import { Fit, PriorityList, UpdateFit } from '../../../contracts/priorities.js';
import * as service from './service.js';

const tags = ['Priorities and fit'];
const errors = { 400: ErrorBody, 404: ErrorBody };

/** What matters to the user, and how each opportunity measures up. */
export const priorityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/priorities', {
    schema: { tags, summary: 'Your priorities (the built-in ones until you save your own)', response: { 200: PriorityList } },
    handler: async (req) => ({ items: await service.getPriorities(req.ctx) }),
  });

  app.put('/api/priorities', {
    schema: {
      tags,
      summary: 'Save your priorities (the whole ordered list)',
      body: PriorityList,
      response: { 200: PriorityList, ...errors },
    },
    handler: async (req) => ({ items: await service.setPriorities(req.ctx, req.body.items) }),
  });

  app.get('/api/opportunities/:id/fit', {
    schema: { tags, summary: "An opportunity's fit against your priorities", params: IdParams, response: { 200: Fit, ...errors } },
    handler: (req) => service.getFit(req.ctx, req.params.id),
  });

  app.put('/api/opportunities/:id/fit', {
    schema: {
      tags,
      summary: 'Rate an opportunity on some priorities',
      params: IdParams,
      body: UpdateFit,
      response: { 200: Fit, ...errors },
    },
    handler: (req) => service.rateFit(req.ctx, req.params.id, req.body),
  });
};
