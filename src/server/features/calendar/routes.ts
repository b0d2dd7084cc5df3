import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** .ics downloads and the secret-token calendar feed (issue #7). */
export const calendarRoutes: FastifyPluginAsyncZod = async () => {};
