import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Questions to ask: the library, question plans, housekeeping and the brief. */
export const questionRoutes: FastifyPluginAsyncZod = async () => {};
