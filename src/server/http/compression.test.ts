import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { Db } from '../db/connect.js';
import { createTestDb } from '../../../test/support/db.js';
import { IMMUTABLE } from './static-files.js';

describe('bytes on the wire', () => {
  let dir: string;
  let db: Db;
  let app: FastifyInstance;
  const script = `console.log(${JSON.stringify('a fairly long line of JavaScript '.repeat(100))});`;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ob-wire-'));
    mkdirSync(join(dir, 'assets'));
    const page = `<!doctype html><title>Offerbook</title>${'<!-- padding -->'.repeat(100)}`;
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(page));
    writeFileSync(join(dir, 'index.html.gz'), gzipSync(page));
    writeFileSync(join(dir, 'assets', 'app-Ab12Cd34.js'), script);
    // Marked so a test can tell the precompressed file from one compressed on the fly.
    writeFileSync(join(dir, 'assets', 'app-Ab12Cd34.js.br'), brotliCompressSync(`${script}//br`));
    writeFileSync(join(dir, 'assets', 'app-Ab12Cd34.js.gz'), gzipSync(`${script}//gz`));
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
    db = await createTestDb('sqlite');
    app = await buildApp({ db, logLevel: 'silent', webDir: dir });
    for (let i = 0; i < 12; i++) {
      await app.inject({
        method: 'POST',
        url: '/api/opportunities',
        payload: { employerName: `Wire ${i}`, roleTitle: 'Analyst', nextAction: 'Write to the recruiter' },
      });
    }
  });
  afterAll(async () => {
    await app.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the brotli file built beside an asset, with its encoding and a year-long immutable cache', async () => {
    const res = await app.inject({ url: '/assets/app-Ab12Cd34.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(`${script}//br`);
  });

  it('sends the gzip file to a client without brotli, and the file itself to one that accepts neither', async () => {
    const gz = await app.inject({ url: '/assets/app-Ab12Cd34.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(`${script}//gz`);
    const plain = await app.inject({ url: '/assets/app-Ab12Cd34.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('keeps the short cache for files without a hash in their name, and no-cache for the app page', async () => {
    const robots = await app.inject({ url: '/robots.txt' });
    expect(robots.headers['cache-control']).not.toContain('immutable');
    const page = await app.inject({ url: '/board', headers: { 'accept-encoding': 'br' } });
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.rawPayload).toString()).toContain('<title>Offerbook</title>');
    const refused = await app.inject({ url: '/board', headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(refused.headers['content-encoding']).toBe('gzip');
    const none = await app.inject({ url: '/board' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body).toContain('<title>Offerbook</title>');
  });

  it('compresses an API answer above 1 KB when the client accepts it, and not otherwise', async () => {
    const br = await app.inject({ url: '/api/opportunities', headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    const plain = await app.inject({ url: '/api/opportunities', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    expect(br.rawPayload.length).toBeLessThan(plain.body.length / 3);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    const gzip = await app.inject({ url: '/api/opportunities', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());
    const refused = await app.inject({ url: '/api/opportunities', headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('leaves small answers as they are', async () => {
    const res = await app.inject({ url: '/api/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.body.length).toBeLessThan(1024);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
