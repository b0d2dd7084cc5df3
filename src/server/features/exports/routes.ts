import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../contracts/common.js';
import * as service from './service.js';

/** Taking opportunities out: a spreadsheet of them. */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/opportunities/export.csv', {
    schema: {
      tags: ['Opportunities'],
      summary: 'Every opportunity as CSV (UTF-8 with BOM; cells starting with = + - @ are neutralised): stage history, dates, contacts, next action, source',
      response: { 200: z.string(), 401: ErrorBody },
    },
    handler: async (req, reply) => {
      const csv = await service.opportunitiesCsv(req.ctx);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="offerbook-opportunities-${req.ctx.now().toISOString().slice(0, 10)}.csv"`)
        .send(csv);
    },
  });
};
