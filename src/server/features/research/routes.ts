import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Id, IdParams } from '../../../contracts/common.js';
import { CreateFact, Fact, Research, UpdateFact } from '../../../contracts/research.js';
import * as service from './service.js';

const tags = ['Research'];
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** The employer dossier: facts with sources, and the research checklist. */
export const researchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/opportunities/:id/research', {
    schema: {
      tags,
      summary: "The opportunity's employer dossier and research checklist",
      params: IdParams,
      response: { 200: Research, ...errors },
    },
    handler: (req) => service.getResearch(req.ctx, req.params.id),
  });

  app.post('/api/employers/:employerId/facts', {
    schema: {
      tags,
      summary: 'Note a fact about an employer',
      params: z.strictObject({ employerId: Id }),
      body: CreateFact,
      response: { 200: Fact, 201: Fact, ...errors },
    },
    handler: async (req, reply) => {
      const { fact, created } = await service.recordFact(req.ctx, req.params.employerId, req.body);
      return reply.code(created ? 201 : 200).send(fact);
    },
  });

  app.patch('/api/facts/:id', {
    schema: { tags, summary: 'Edit a fact', params: IdParams, body: UpdateFact, response: { 200: Fact, ...errors } },
    handler: (req) => service.updateFact(req.ctx, req.params.id, req.body),
  });

  app.delete('/api/facts/:id', {
    schema: { tags, summary: 'Delete a fact', params: IdParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await service.deleteFact(req.ctx, req.params.id);
      return reply.code(204).send(null);
    },
  });
};
