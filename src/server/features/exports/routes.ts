import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CalendarDate, ErrorBody } from '../../../contracts/common.js';
import * as service from './service.js';

const ApplicationRow = z.object({
  appliedOn: z.string(),
  employer: z.string(),
  role: z.string(),
  channel: z.string(),
  contact: z.string(),
  status: z.string(),
  outcome: z.string(),
});
const ReportQuery = z
  .strictObject({ from: CalendarDate, to: CalendarDate, format: z.enum(['json', 'csv']).default('json') })
  .refine((q) => q.from <= q.to, { message: 'must not be after to', path: ['from'] });

/** Taking opportunities out: a spreadsheet of them, and the proof of applications. */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/opportunities/export.csv', {
    schema: {
      tags: ['Opportunities'],
      summary:
        'Every opportunity as CSV (UTF-8 with BOM; cells starting with = + - @ are neutralised): stage history, dates, contacts, next action, source',
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

  app.get('/api/reports/applications', {
    schema: {
      tags: ['Opportunities'],
      summary:
        'Proof of applications for a date range: date applied, employer, role, channel, contact, status and outcome (JSON, or CSV with format=csv)',
      querystring: ReportQuery,
      response: { 200: z.union([z.object({ items: z.array(ApplicationRow) }), z.string()]), 400: ErrorBody, 401: ErrorBody },
    },
    handler: async (req, reply) => {
      const { from, to, format } = req.query;
      const rows = await service.applications(req.ctx, from, to);
      if (format === 'json') return { items: rows };
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="applications-${from}-to-${to}.csv"`)
        .send(service.applicationsCsv(rows));
    },
  });
};
