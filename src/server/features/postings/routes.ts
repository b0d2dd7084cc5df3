import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import { CapturePostingRequest, PostingCopy, PostingPreview, SavePostingCopy } from '../../../contracts/postings.js';
import * as service from './service.js';

const tags = ['Postings'];
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Adding an opportunity from its posting, and the dated copy of the posting kept on it. */
export const postingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/postings/preview', {
    schema: {
      tags,
      summary: 'Read a job posting (text, page HTML, JSON-LD) into fields, with the existing opportunities it may repeat; saves nothing',
      body: CapturePostingRequest,
      response: { 200: PostingPreview, ...errors },
    },
    handler: (req) => service.previewPosting(req.ctx, req.body),
  });

  app.get('/api/opportunities/:id/posting', {
    schema: {
      tags,
      summary: 'The dated copy of the posting kept on an opportunity (null when none is kept)',
      params: IdParams,
      response: { 200: PostingCopy.nullable(), ...errors },
    },
    handler: (req) => service.getPostingCopy(req.ctx, req.params.id),
  });

  app.put('/api/opportunities/:id/posting', {
    schema: {
      tags,
      summary: 'Keep a copy of the posting on an opportunity (replaces an earlier copy; HTML is sanitised)',
      params: IdParams,
      body: SavePostingCopy,
      response: { 200: PostingCopy, 201: PostingCopy, ...errors },
    },
    handler: async (req, reply) => {
      const { copy, created } = await service.savePostingCopy(req.ctx, req.params.id, req.body);
      return reply.code(created ? 201 : 200).send(copy);
    },
  });
};
