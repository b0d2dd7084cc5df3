import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Interviews, conversations, checklists, concerns and reflections (issue #6). */
export const interviewRoutes: FastifyPluginAsyncZod = async () => {};
