import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import {
  CreateOpportunity,
  ListOpportunitiesQuery,
  Opportunity,
  OpportunityList,
  Timeline,
  UpdateOpportunity,
} from '../../../contracts/opportunities.js';
import { AnswerCache, answerFromCache } from '../../http/answer-cache.js';
import { writtenWhole } from '../../http/serializer.js';
import { sampleOpportunity } from './sample.js';
import * as service from './service.js';

const tags = ['Opportunities'];
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** The opportunity pipeline: thin routes over the service. */
export const opportunityRoutes: FastifyPluginAsyncZod = async (app) => {
  // Pages of summaries as sent, per owner and query, while the owner's revision stands (32 MB at most:
  // a page of a thousand is 340 KB, plus 30 KB for each compressed copy).
  const lists = new AnswerCache({ entries: 500, bytes: 32 * 1024 * 1024 });
  app.get('/api/opportunities', {
    schema: {
      tags,
      summary: 'List opportunities as summaries, a page at a time',
      description:
        'Most recently changed first, at most `limit` (default and most 1000) a page; pass `nextCursor` as `cursor` for the next page. The full opportunity (job description, link, salary) is `GET /api/opportunities/:id`.',
      querystring: ListOpportunitiesQuery,
      // Summaries are built to the contract's exact shape; a thousand of them are written whole by JSON.stringify.
      response: { 200: writtenWhole(OpportunityList), 400: ErrorBody },
    },
    handler: (req, reply) =>
      answerFromCache(req, reply, lists, listKey(req.ctx.actor.userId, req.query), async () => ({
        value: await service.listOpportunities(req.ctx, req.query),
      })),
  });

  app.post('/api/opportunities', {
    schema: {
      tags,
      summary: 'Create an opportunity',
      description:
        'Supply `id` (a UUID, v7 preferred) to make a retried create idempotent: the same id answers the existing opportunity with 200.',
      body: CreateOpportunity,
      response: { 200: Opportunity, 201: Opportunity, ...errors },
    },
    handler: async (req, reply) => {
      const { opportunity, created } = await service.createOpportunity(req.ctx, req.body);
      return reply.code(created ? 201 : 200).send(opportunity);
    },
  });

  app.post('/api/opportunities/sample', {
    schema: { tags, summary: 'Create one clearly labelled sample opportunity', response: { 201: Opportunity } },
    handler: async (req, reply) => {
      const { opportunity } = await service.createOpportunity(req.ctx, sampleOpportunity(req.ctx.now()));
      return reply.code(201).send(opportunity);
    },
  });

  app.get('/api/opportunities/:id', {
    schema: { tags, summary: 'Get one opportunity', params: IdParams, response: { 200: Opportunity, ...errors } },
    handler: (req) => service.getOpportunity(req.ctx, req.params.id),
  });

  app.patch('/api/opportunities/:id', {
    schema: {
      tags,
      summary: 'Update an opportunity',
      description: 'Any subset of fields; `null` clears an optional one. A stage change is recorded on the timeline.',
      params: IdParams,
      body: UpdateOpportunity,
      response: { 200: Opportunity, ...errors },
    },
    handler: (req) => service.updateOpportunity(req.ctx, req.params.id, req.body),
  });

  app.post('/api/opportunities/:id/archive', {
    schema: { tags, summary: 'Archive an opportunity (undo with unarchive)', params: IdParams, response: { 200: Opportunity, ...errors } },
    handler: (req) => service.setArchived(req.ctx, req.params.id, true),
  });

  app.post('/api/opportunities/:id/unarchive', {
    schema: { tags, summary: 'Restore an archived opportunity', params: IdParams, response: { 200: Opportunity, ...errors } },
    handler: (req) => service.setArchived(req.ctx, req.params.id, false),
  });

  app.delete('/api/opportunities/:id', {
    schema: { tags, summary: 'Delete an opportunity and its timeline for good', params: IdParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await service.deleteOpportunity(req.ctx, req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/opportunities/:id/timeline', {
    schema: { tags, summary: "An opportunity's timeline", params: IdParams, response: { 200: Timeline, ...errors } },
    handler: async (req) => ({ items: await service.getTimeline(req.ctx, req.params.id) }),
  });
};

/** Everything a page of the list depends on besides the owner's data: who asks, and the query as parsed. */
function listKey(ownerId: string, q: ListOpportunitiesQuery): string {
  return JSON.stringify([ownerId, q.stage ?? null, q.archived, q.q ?? null, q.limit, q.cursor ?? null]);
}
