import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Answer practice: prompts, answers with versions, stories, rehearsals, the coach. */
export const practiceRoutes: FastifyPluginAsyncZod = async () => {};
