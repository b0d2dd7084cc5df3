import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Health } from '../../../contracts/health.js';
import { VERSION } from '../../version.js';

/** Liveness: answers once the database is migrated and the server listens. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/health', {
    // Monitors often ask with HEAD; the app's other API routes answer GET only.
    exposeHeadRoute: true,
    schema: { tags: ['System'], summary: 'Health check', response: { 200: Health } },
    handler: (req) => ({ status: 'ok' as const, version: VERSION, database: req.ctx.db.dialect, mode: req.server.offerbookMode }),
  });
};
