import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../contracts/common.js';
import { SearchQuery, SearchResults } from '../../../contracts/search.js';
import { search } from './service.js';

/** One search box over everything. */
export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/search', {
    schema: {
      tags: ['Search'],
      summary: 'Full-text search over opportunities, facts, people, interviews, interview notes and concerns',
      description: 'Words are ANDed; "quoted phrases", `-excluded` words and `or` work as in a web search. Snippets mark matched words.',
      querystring: SearchQuery,
      response: { 200: SearchResults, 400: ErrorBody },
    },
    handler: async (req) => ({ items: await search(req.ctx, req.query.q, req.query.limit) }),
  });
};
