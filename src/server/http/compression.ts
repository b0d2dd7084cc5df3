import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Answers smaller than this go as they are: compressing them saves less than the header costs. */
export const COMPRESS_THRESHOLD = 1024;

type Encoding = 'br' | 'gzip';

/** Content types worth compressing: JSON, text, calendars. */
const COMPRESSIBLE = /^(?:application\/(?:json|javascript|xml)|text\/)/;

/** The best encoding the client accepts (q=0 refuses) among those available. */
export function acceptedEncoding(header: string | undefined, available: Partial<Record<Encoding, unknown>>): Encoding | null {
  const accepted = new Set(
    (header ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(q))
      .map(([name]) => name!.trim().toLowerCase()),
  );
  for (const encoding of ['br', 'gzip'] as const) if (available[encoding] && (accepted.has(encoding) || accepted.has('*'))) return encoding;
  return null;
}

/** Adds Accept-Encoding to Vary (kept when already there or Vary is `*`). */
export function addVary(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  if (!vary) reply.header('vary', 'accept-encoding');
  else if (!/accept-encoding|\*/i.test(String(vary))) reply.header('vary', `${String(vary)}, accept-encoding`);
}

/**
 * Compresses answers above 1 KB (API JSON, calendars, the app page when not precompressed) for
 * clients that accept it: brotli at quality 4 (fast, and still much smaller than gzip's default),
 * else gzip, off the main thread. Built assets come precompressed and are left alone, as is any
 * answer that already has a Content-Encoding or is a stream. A small hook rather than a plugin:
 * @fastify/compress added 8 MB to the idle server for features we do not use.
 */
export function installCompression(app: FastifyInstance): void {
  app.addHook('onSend', (req, reply, payload, done) => {
    if ((typeof payload !== 'string' && !Buffer.isBuffer(payload)) || reply.hasHeader('content-encoding')) return done(null, payload);
    // A text's length is at most its size in bytes: measuring the bytes of a large answer (a pass
    // over all of it, which Fastify makes again for Content-Length) is needed only near the threshold.
    const size = payload.length >= COMPRESS_THRESHOLD ? payload.length : Buffer.byteLength(payload);
    if (size < COMPRESS_THRESHOLD || !COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? ''))) return done(null, payload);
    addVary(reply);
    const encoding = acceptedEncoding(req.headers['accept-encoding'], { br: true, gzip: true });
    if (!encoding) return done(null, payload);
    const finish = (err: Error | null, compressed: Buffer) => {
      if (err) return done(null, payload);
      reply.header('content-encoding', encoding);
      reply.removeHeader('content-length');
      done(null, compressed);
    };
    if (encoding === 'br')
      brotliCompress(payload, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: size } }, finish);
    else gzip(payload, { level: 6 }, finish);
  });
}
