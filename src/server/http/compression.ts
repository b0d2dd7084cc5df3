import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Answers smaller than this go as they are: compressing them saves less than the header costs. */
export const COMPRESS_THRESHOLD = 1024;

/**
 * Compresses API answers (and the app page) above 1 KB for clients that accept it: brotli at the
 * plugin's fast setting (quality 4), else gzip. Built assets are compressed at build time and sent
 * with their Content-Encoding already set, which the plugin leaves alone.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, { global: true, threshold: COMPRESS_THRESHOLD, encodings: ['br', 'gzip'] });
}
