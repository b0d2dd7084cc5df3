import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Thank-you notes, follow-up schedule and the next-actions list (issue #7). */
export const followupRoutes: FastifyPluginAsyncZod = async () => {};
