import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import {
  AddPlanItem,
  BriefQuery,
  CreateQuestion,
  DistributePlan,
  Housekeeping,
  LibraryQuestion,
  QuestionIdParams,
  QuestionLibrary,
  QuestionLibraryQuery,
  QuestionPlan,
  SetPlanInterviewers,
  UpdateHousekeeping,
  UpdatePlan,
  UpdatePlanItem,
  UpdateQuestion,
} from '../../../contracts/questions.js';
import { renderBrief } from './brief.js';
import * as housekeeping from './housekeeping.js';
import * as library from './library.js';
import * as plans from './plan-service.js';

const tags = ['Questions'];
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };
// The brief is a standalone page: its own inline print CSS, nothing else (no scripts, no fetches).
const BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/** Questions to ask: the library, question plans, housekeeping and the brief. */
export const questionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/questions', {
    schema: {
      tags,
      summary: 'The library of questions to ask (built-in, edited, own)',
      querystring: QuestionLibraryQuery,
      response: { 200: QuestionLibrary, ...errors },
    },
    handler: async (req) => ({ items: await library.listLibrary(req.ctx, req.query) }),
  });

  app.post('/api/questions', {
    schema: {
      tags,
      summary: 'Add your own question',
      body: CreateQuestion,
      response: { 200: LibraryQuestion, 201: LibraryQuestion, ...errors },
    },
    handler: async (req, reply) => {
      const { question, created } = await library.createQuestion(req.ctx, req.body);
      return reply.code(created ? 201 : 200).send(question);
    },
  });

  app.patch('/api/questions/:id', {
    schema: {
      tags,
      summary: 'Edit a question (a built-in gets your own copy)',
      params: QuestionIdParams,
      body: UpdateQuestion,
      response: { 200: LibraryQuestion, ...errors },
    },
    handler: (req) => library.updateQuestion(req.ctx, req.params.id, req.body),
  });

  app.delete('/api/questions/:id', {
    schema: {
      tags,
      summary: 'Delete your question, or your edit of a built-in',
      params: QuestionIdParams,
      response: { 204: z.null(), ...errors },
    },
    handler: async (req, reply) => {
      await library.deleteQuestion(req.ctx, req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/opportunities/:id/question-plan', {
    schema: { tags, summary: "The opportunity's question plan", params: IdParams, response: { 200: QuestionPlan, ...errors } },
    handler: (req) => plans.getPlan(req.ctx, req.params.id),
  });

  app.patch('/api/opportunities/:id/question-plan', {
    schema: { tags, summary: 'Edit the closing line', params: IdParams, body: UpdatePlan, response: { 200: QuestionPlan, ...errors } },
    handler: (req) => plans.updatePlan(req.ctx, req.params.id, req.body),
  });

  app.post('/api/opportunities/:id/question-plan/items', {
    schema: {
      tags,
      summary: 'Add a question to the plan',
      params: IdParams,
      body: AddPlanItem,
      response: { 200: QuestionPlan, 201: QuestionPlan, ...errors },
    },
    handler: async (req, reply) => {
      const { plan, created } = await plans.addItem(req.ctx, req.params.id, req.body);
      return reply.code(created ? 201 : 200).send(plan);
    },
  });

  app.post('/api/opportunities/:id/question-plan/distribute', {
    schema: {
      tags,
      summary: 'Give each interviewer 2–3 questions, keeping pinned ones',
      params: IdParams,
      body: DistributePlan,
      response: { 200: QuestionPlan, ...errors },
    },
    handler: (req) => plans.distribute(req.ctx, req.params.id, req.body),
  });

  app.put('/api/opportunities/:id/question-plan/interviewers', {
    schema: {
      tags,
      summary: "Set the plan's interviewers and their roles",
      params: IdParams,
      body: SetPlanInterviewers,
      response: { 200: QuestionPlan, ...errors },
    },
    handler: (req) => plans.setInterviewers(req.ctx, req.params.id, req.body),
  });

  app.patch('/api/question-plan-items/:id', {
    schema: { tags, summary: 'Edit a plan item', params: IdParams, body: UpdatePlanItem, response: { 200: QuestionPlan, ...errors } },
    handler: (req) => plans.updateItem(req.ctx, req.params.id, req.body),
  });

  app.delete('/api/question-plan-items/:id', {
    schema: { tags, summary: 'Remove a question from its plan', params: IdParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await plans.deleteItem(req.ctx, req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/opportunities/:id/housekeeping', {
    schema: { tags, summary: 'The housekeeping answers heard', params: IdParams, response: { 200: Housekeeping, ...errors } },
    handler: (req) => housekeeping.getHousekeeping(req.ctx, req.params.id),
  });

  app.put('/api/opportunities/:id/housekeeping', {
    schema: {
      tags,
      summary: 'Save housekeeping answers (fields left out keep their value)',
      params: IdParams,
      body: UpdateHousekeeping,
      response: { 200: Housekeeping, ...errors },
    },
    handler: (req) => housekeeping.updateHousekeeping(req.ctx, req.params.id, req.body),
  });

  app.get('/api/opportunities/:id/brief', {
    schema: {
      tags,
      summary: 'The one-page interview brief (html print page or md)',
      params: IdParams,
      querystring: BriefQuery,
      response: { 200: z.string(), ...errors },
    },
    handler: async (req, reply) => {
      const body = await renderBrief(req.ctx, req.params.id, req.query.format, req.query.timeZone);
      if (req.query.format === 'md') return reply.type('text/markdown; charset=utf-8').send(body);
      return reply.type('text/html; charset=utf-8').header('content-security-policy', BRIEF_CSP).send(body);
    },
  });
};
