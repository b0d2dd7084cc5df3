import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../contracts/common.js';
import { Settings, UpdateSettings } from '../../../contracts/settings.js';
import * as service from './service.js';

const tags = ['Settings'];

/** The user's preferences. */
export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/settings', {
    schema: { tags, summary: 'Your settings', response: { 200: Settings } },
    handler: (req) => service.getSettings(req.ctx),
  });
  app.patch('/api/settings', {
    schema: { tags, summary: 'Change settings', body: UpdateSettings, response: { 200: Settings, 400: ErrorBody } },
    handler: (req) => service.updateSettings(req.ctx, req.body),
  });
};
