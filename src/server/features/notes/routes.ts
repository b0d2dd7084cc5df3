import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Interview notes with device-made ids and revisions (issue #6). */
export const noteRoutes: FastifyPluginAsyncZod = async () => {};
