import { createHash } from 'node:crypto';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readOwnerRevision } from '../db/owner-revision.js';
import { acceptedEncoding, addVary, COMPRESS_THRESHOLD } from './compression.js';

type Encoding = 'br' | 'gzip';

/** One serialised answer, stamped with the owner's revision it was made at. */
interface Entry {
  readonly key: string;
  readonly revision: number;
  /** The instant (ms) it next changes by the clock alone. */
  readonly validUntil: number;
  /** The JSON as bytes, and a hash of them: the strong validators are made of it, one per encoding. */
  readonly body: Buffer;
  readonly hash: string;
  /** Compressed copies, made on the first request that accepts each encoding (null: compression failed). */
  readonly encoded: Partial<Record<Encoding, Promise<Buffer | null>>>;
  bytes: number;
}

/** What an answer cache may hold at most: entries, and bytes of bodies with their compressed copies. */
export interface AnswerCacheLimits {
  entries: number;
  bytes: number;
}

/**
 * Serialised answers per owner and question (the key), each stamped with the owner's revision
 * (`readOwnerRevision`) and the instant it next changes by the clock alone. An entry is reused only
 * while the revision read from the database is the one it was made at — a change by any path, on
 * this instance or another, bumps it in the change's own transaction — and its time has not run
 * out. Compressed copies are kept beside the body, so a repeated question costs one indexed read.
 * Bounded by entries and bytes, least recently used out first.
 */
export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly limits: AnswerCacheLimits) {}

  /** The entry for `key` when made at `revision` and still valid at `nowMs`. */
  get(key: string, revision: number, nowMs: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.revision !== revision || nowMs >= entry.validUntil) {
      this.drop(key, entry);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps `body` (serialised JSON) for `key`; an answer over a quarter of the byte cap is made but not kept. */
  set(key: string, revision: number, body: Buffer, validUntil = Number.POSITIVE_INFINITY): Entry {
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 32);
    const entry: Entry = { key, revision, validUntil, body, hash, encoded: {}, bytes: body.length };
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    if (body.length > this.limits.bytes / 4) return entry;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    this.evict();
    return entry;
  }

  /** The body in `encoding`, compressed once per entry off the main thread (brotli quality 4, as for any answer). */
  encoded(entry: Entry, encoding: Encoding): Promise<Buffer | null> {
    let made = entry.encoded[encoding];
    if (!made) {
      made = new Promise<Buffer | null>((resolve) => {
        const done = (err: Error | null, out: Buffer) => resolve(err ? null : out);
        if (encoding === 'br')
          brotliCompress(
            entry.body,
            { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length } },
            done,
          );
        else gzip(entry.body, { level: 6 }, done);
      }).then((out) => {
        if (out && this.entries.get(entry.key) === entry) {
          entry.bytes += out.length;
          this.bytes += out.length;
          this.evict();
        }
        return out;
      });
      entry.encoded[encoding] = made;
    }
    return made;
  }

  /** Entries and bytes held now (for tests and the curious). */
  size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private drop(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private evict(): void {
    while (this.entries.size > this.limits.entries || (this.bytes > this.limits.bytes && this.entries.size > 0)) {
      const [key, entry] = this.entries.entries().next().value!;
      this.drop(key, entry);
    }
  }
}

/** A computed answer and the instant (ms) it next changes by the clock alone (absent: only data changes alter it). */
export interface Computed<T> {
  value: T;
  validUntil?: number;
}

/**
 * Answers a GET from `cache` when the owner's data has not changed since the answer was made, else
 * computes it, serialises it with the route's own serialiser (checked against the contract when the
 * test suite asks) and keeps it. Sends it with a strong ETag (`private, no-cache`: the browser keeps
 * it and asks again each time) and a 304 when the client already holds those bytes; compressed
 * copies come from the cache too. `key` must name the owner and everything else the answer depends on.
 */
export async function answerFromCache<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  cache: AnswerCache,
  key: string,
  compute: () => Promise<Computed<T>>,
): Promise<void> {
  const ctx = req.ctx;
  // The revision first: a change made while we compute only makes the entry stale sooner.
  const revision = await readOwnerRevision(ctx.db, ctx.actor.userId);
  const nowMs = ctx.now().getTime();
  let entry = cache.get(key, revision, nowMs);
  if (!entry) {
    const { value, validUntil } = await compute();
    const json = reply.serialize(value);
    entry = cache.set(key, revision, typeof json === 'string' ? Buffer.from(json) : Buffer.from(json as ArrayBuffer), validUntil);
  }
  reply.header('cache-control', 'private, no-cache').type('application/json; charset=utf-8');
  addVary(reply);
  const encoding =
    entry.body.length >= COMPRESS_THRESHOLD ? acceptedEncoding(req.headers['accept-encoding'], { br: true, gzip: true }) : null;
  if (holdsCurrent(req.headers['if-none-match'], entry.hash)) {
    reply.code(304).header('etag', tagOf(entry.hash, encoding)).send();
    return;
  }
  const compressed = encoding ? await cache.encoded(entry, encoding) : null;
  if (compressed) reply.header('etag', tagOf(entry.hash, encoding)).header('content-encoding', encoding).send(compressed);
  else reply.header('etag', tagOf(entry.hash, null)).send(entry.body);
}

/** The strong validator of the answer's bytes in one encoding (each encoding is bytes of its own). */
function tagOf(hash: string, encoding: Encoding | null): string {
  return encoding ? `"${hash}.${encoding}"` : `"${hash}"`;
}

/**
 * Whether If-None-Match names the current answer in any encoding (weak comparison, as RFC 9110 asks
 * of it): a client holding any encoding of these bytes holds the current answer.
 */
function holdsCurrent(header: string | undefined, hash: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === `"${hash}"` || tag === `"${hash}.br"` || tag === `"${hash}.gzip"`;
  });
}
