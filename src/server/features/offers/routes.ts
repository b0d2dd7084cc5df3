import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Offers and their comparison (issue #7). */
export const offerRoutes: FastifyPluginAsyncZod = async () => {};
