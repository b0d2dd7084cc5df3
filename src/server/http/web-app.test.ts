import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { Db } from '../db/connect.js';
import { createTestDb } from '../../../test/support/db.js';
import type { FastifyInstance } from 'fastify';

describe('the built web app', () => {
  let dir: string;
  let db: Db;
  let app: FastifyInstance;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ob-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Offerbook</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    // The board's route chunk imports one chunk the app page names, one it does not, and one lazily.
    writeFileSync(
      join(dir, 'assets', 'board-page-Ab1.js'),
      'import{t}from"./app.js";import{v}from"./virtual-Cd2.js";const l=()=>import("./lazy-Ef3.js");',
    );
    writeFileSync(join(dir, 'assets', 'virtual-Cd2.js'), 'import"./app.js";export const v=1;');
    writeFileSync(join(dir, 'assets', 'lazy-Ef3.js'), 'export const x=1;');
    writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"Offerbook"}');
    mkdirSync(join(dir, 'ocr', 'lang'), { recursive: true });
    // Larger than what is kept in memory: streamed from disk on every request.
    writeFileSync(join(dir, 'ocr', 'lang', 'big.traineddata.gz'), Buffer.alloc(600 * 1024, 7));
    db = await createTestDb('sqlite');
    app = await buildApp({ db, logLevel: 'silent', webDir: dir });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers deep links with the app page', async () => {
    const res = await app.inject({ url: '/opportunities/0190f3c4-0000-7000-8000-000000000001?tab=interviews' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Offerbook</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('names the first page of the list as a preload on the list and the board, and only there', async () => {
    const list = '</api/opportunities?archived=false&limit=1000>; rel=preload; as=fetch; crossorigin';
    // The board's chunk and what it imports statically, less what the app page already loads.
    expect((await app.inject({ url: '/board' })).headers.link).toBe(
      `${list}, </assets/board-page-Ab1.js>; rel=modulepreload; crossorigin, </assets/virtual-Cd2.js>; rel=modulepreload; crossorigin`,
    );
    // No list-page chunk in this build: the list alone.
    expect((await app.inject({ url: '/opportunities' })).headers.link).toBe(list);
    for (const url of ['/', '/opportunities?stage=offer', '/opportunities/new'])
      expect((await app.inject({ url })).headers.link).toBeUndefined();
  });

  it('serves files that exist', async () => {
    const res = await app.inject({ url: '/assets/app.js' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('console.log(1)');
  });

  it('gives a file without a hash in its name an ETag, and answers 304 when the browser has it', async () => {
    const first = await app.inject({ url: '/manifest.webmanifest' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    expect(first.headers['cache-control']).toBe('public, max-age=3600');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    const again = await app.inject({ url: '/manifest.webmanifest', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('streams a large file whole, and answers HEAD for a file without its body', async () => {
    const res = await app.inject({ url: '/ocr/lang/big.traineddata.gz' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/gzip');
    // A .gz with no file beside it is a file of its own: sent as is, not as an encoding.
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload.length).toBe(600 * 1024);
    expect(res.rawPayload.every((b) => b === 7)).toBe(true);
    const head = await app.inject({ method: 'HEAD', url: '/assets/app.js' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-type']).toMatch(/javascript/);
  });

  it('answers /index.html with the app page, as the service worker keeps it for opening offline', async () => {
    const res = await app.inject({ url: '/index.html' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Offerbook</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('never reaches outside the built folder', async () => {
    for (const url of ['/assets/..%2F..%2Fetc%2Fpasswd', '/assets/../index.html', '/assets/%E0%A4%A']) {
      const res = await app.inject({ url });
      expect(res.body).not.toContain('root:');
      if (res.statusCode === 200) expect(res.headers['cache-control']).toBe('no-cache');
      else expect([400, 404]).toContain(res.statusCode);
    }
  });

  it.each(['/assets/missing-abc123.js', '/ocr/lang/eng.traineddata.gz', '/ocr/core/whatever', '/favicon-missing.png', '/api/nothing'])(
    'answers a missing file %s with a JSON 404, not the page',
    async (url) => {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'not-found' } });
    },
  );
});
