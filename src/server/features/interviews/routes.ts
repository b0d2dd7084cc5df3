import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import {
  ChecklistItemParams,
  Concern,
  ConcernList,
  Conversation,
  CreateConcern,
  CreateConversation,
  CreateInterview,
  Interview,
  InterviewList,
  InterviewsQuery,
  InvitationDraft,
  ParseInvitation,
  PutReflection,
  Reflection,
  SetChecklistItem,
  UpdateConcern,
  UpdateConversation,
  UpdateInterview,
} from '../../../contracts/interviews.js';
import { readInvitation } from './invitation.js';
import { setChecklistItem } from './checklist.js';
import * as concerns from './concerns.js';
import * as conversations from './conversations.js';
import * as reflections from './reflections.js';
import * as service from './service.js';

const tags = ['Interviews'];
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Interviews, conversations, checklists, concerns and reflections (issue #6). */
export const interviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/opportunities/:id/interviews', {
    schema: { tags, summary: "An opportunity's interviews, by start", params: IdParams, response: { 200: InterviewList, ...errors } },
    handler: async (req) => ({ items: await service.listOpportunityInterviews(req.ctx, req.params.id) }),
  });

  app.post('/api/opportunities/:id/interviews', {
    schema: {
      tags,
      summary: 'Add an interview',
      description:
        'Without a checklist it gets the default one of its kind; without conversations, one conversation spanning the interview. A known id answers the existing interview (200).',
      params: IdParams,
      body: CreateInterview,
      response: { 200: Interview, 201: Interview, ...errors },
    },
    handler: async (req, reply) => {
      const { interview, created } = await service.createInterview(req.ctx, req.params.id, req.body);
      return reply.code(created ? 201 : 200).send(interview);
    },
  });

  app.get('/api/interviews', {
    schema: {
      tags,
      summary: 'Interviews across opportunities overlapping [from, to), by start',
      querystring: InterviewsQuery,
      response: { 200: InterviewList, ...errors },
    },
    handler: async (req) => ({ items: await service.listInterviews(req.ctx, req.query) }),
  });

  app.post('/api/interviews/parse-invitation', {
    schema: {
      tags,
      summary: 'Read a pasted invitation into a draft interview (nothing is saved)',
      description:
        "Finds date, time, zone, length, kind, link or place, meeting ID/passcode/dial-in, the people it names (with a guessed role; the sender is the recruiter unless the text says they interview) and a schedule of conversations; says what it found and what is missing. With `opportunityId`, the title names its employer and the people are matched to the user's people of the opportunity or employer by name.",
      body: ParseInvitation,
      response: { 200: InvitationDraft, ...errors },
    },
    handler: (req) => readInvitation(req.ctx, req.body),
  });

  app.get('/api/interviews/:id', {
    schema: {
      tags,
      summary: 'Get an interview with its conversations and checklist',
      params: IdParams,
      response: { 200: Interview, ...errors },
    },
    handler: (req) => service.getInterview(req.ctx, req.params.id),
  });

  app.patch('/api/interviews/:id', {
    schema: {
      tags,
      summary: 'Edit an interview (moving it moves its conversations)',
      params: IdParams,
      body: UpdateInterview,
      response: { 200: Interview, ...errors },
    },
    handler: (req) => service.updateInterview(req.ctx, req.params.id, req.body),
  });

  app.patch('/api/interviews/:id/checklist/:checklistItemId', {
    schema: {
      tags,
      summary: 'Tick or untick one checklist item (nothing else of the checklist changes)',
      params: ChecklistItemParams,
      body: SetChecklistItem,
      response: { 200: Interview, ...errors },
    },
    handler: (req) => setChecklistItem(req.ctx, req.params.id, req.params.checklistItemId, req.body),
  });

  app.delete('/api/interviews/:id', {
    schema: {
      tags,
      summary: 'Delete an interview (restorable for a day); answers the deleted interview',
      params: IdParams,
      response: { 200: Interview, ...errors },
    },
    handler: (req) => service.deleteInterview(req.ctx, req.params.id),
  });

  app.post('/api/interviews/:id/restore', {
    schema: { tags, summary: 'Undo the delete of an interview', params: IdParams, response: { 200: Interview, ...errors } },
    handler: (req) => service.restoreInterview(req.ctx, req.params.id),
  });

  app.post('/api/interviews/:id/conversations', {
    schema: {
      tags,
      summary: 'Add a conversation (time slot) to an interview',
      params: IdParams,
      body: CreateConversation,
      response: { 200: Conversation, 201: Conversation, ...errors },
    },
    handler: async (req, reply) => {
      const { conversation, created } = await conversations.createConversation(req.ctx, req.params.id, req.body);
      return reply.code(created ? 201 : 200).send(conversation);
    },
  });

  app.patch('/api/conversations/:id', {
    schema: {
      tags,
      summary: 'Edit a conversation',
      params: IdParams,
      body: UpdateConversation,
      response: { 200: Conversation, ...errors },
    },
    handler: (req) => conversations.updateConversation(req.ctx, req.params.id, req.body),
  });

  app.delete('/api/conversations/:id', {
    schema: { tags, summary: 'Remove a conversation', params: IdParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await conversations.deleteConversation(req.ctx, req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/opportunities/:id/concerns', {
    schema: {
      tags,
      summary: "An opportunity's concerns (from notes and added directly)",
      params: IdParams,
      response: { 200: ConcernList, ...errors },
    },
    handler: async (req) => ({ items: await concerns.listOpportunityConcerns(req.ctx, req.params.id) }),
  });

  app.post('/api/opportunities/:id/concerns', {
    schema: {
      tags,
      summary: 'Add a concern the employer raised',
      params: IdParams,
      body: CreateConcern,
      response: { 200: Concern, 201: Concern, ...errors },
    },
    handler: async (req, reply) => {
      const { concern, created } = await concerns.createConcern(req.ctx, req.params.id, req.body);
      return reply.code(created ? 201 : 200).send(concern);
    },
  });

  app.get('/api/interviews/:id/concerns', {
    schema: { tags, summary: 'The concerns raised in an interview', params: IdParams, response: { 200: ConcernList, ...errors } },
    handler: async (req) => ({ items: await concerns.listInterviewConcerns(req.ctx, req.params.id) }),
  });

  app.patch('/api/concerns/:id', {
    schema: {
      tags,
      summary: 'Edit a concern, or mark it addressed and say how',
      params: IdParams,
      body: UpdateConcern,
      response: { 200: Concern, ...errors },
    },
    handler: (req) => concerns.updateConcern(req.ctx, req.params.id, req.body),
  });

  app.delete('/api/concerns/:id', {
    schema: { tags, summary: 'Remove a concern', params: IdParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await concerns.deleteConcern(req.ctx, req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/interviews/:id/reflection', {
    schema: {
      tags,
      summary: 'The reflection after an interview (404 until written)',
      params: IdParams,
      response: { 200: Reflection, ...errors },
    },
    handler: (req) => reflections.getReflection(req.ctx, req.params.id),
  });

  app.put('/api/interviews/:id/reflection', {
    schema: {
      tags,
      summary: 'Write the reflection after an interview',
      params: IdParams,
      body: PutReflection,
      response: { 200: Reflection, ...errors },
    },
    handler: (req) => reflections.putReflection(req.ctx, req.params.id, req.body),
  });
};
