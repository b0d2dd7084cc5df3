import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import {
  Comment,
  CommentList,
  CommentsQuery,
  CreateComment,
  CreateShare,
  Share,
  SharedContent,
  ShareLists,
} from '../../../contracts/sharing.js';
import * as sharing from './sharing-service.js';

const tags = ['Sharing'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Server mode: a candidate shares an opportunity or their answers with a coach, who reads and comments. */
export const sharingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/shares', {
    schema: { tags, summary: 'What you share with coaches, and what candidates share with you', response: { 200: ShareLists, ...errors } },
    handler: (req) => sharing.listShares(req.ctx),
  });

  app.post('/api/shares', {
    schema: {
      tags,
      summary: 'Share an opportunity (with its question plan and answers) or all your answers with a coach',
      description:
        'The coach reads what is shared and comments on answers and plans, until you revoke the share. Sharing again the same thing answers the existing share.',
      body: CreateShare,
      response: { 200: Share, 201: Share, ...errors },
    },
    handler: async (req, reply) => {
      const { share, created } = await sharing.createShare(req.ctx, req.body, req.ip ?? null);
      return reply.code(created ? 201 : 200).send(share);
    },
  });

  app.delete('/api/shares/:id', {
    schema: { tags, summary: 'Revoke a share: the coach loses access at once', params: IdParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await sharing.revokeShare(req.ctx, req.params.id, req.ip ?? null);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/shares/:id/content', {
    schema: { tags, summary: 'What a share lets its coach read', params: IdParams, response: { 200: SharedContent, ...errors } },
    handler: (req) => sharing.sharedContent(req.ctx, req.params.id),
  });

  app.get('/api/shares/:id/comments', {
    schema: { tags, summary: "A share's comments, oldest first", params: IdParams, response: { 200: CommentList, ...errors } },
    handler: async (req) => ({ items: await sharing.shareComments(req.ctx, req.params.id) }),
  });

  app.post('/api/shares/:id/comments', {
    schema: {
      tags,
      summary: 'Comment on a shared answer or question plan',
      params: IdParams,
      body: CreateComment,
      response: { 201: Comment, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await sharing.addComment(req.ctx, req.params.id, req.body)),
  });

  app.get('/api/comments', {
    schema: {
      tags,
      summary: "Coaches' comments on one of your answers or question plans",
      querystring: CommentsQuery,
      response: { 200: CommentList, ...errors },
    },
    handler: async (req) => ({ items: await sharing.commentsOn(req.ctx, req.query) }),
  });
};
