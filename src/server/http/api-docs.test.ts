import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { Db } from '../db/connect.js';
import { createTestDb } from '../../../test/support/db.js';

describe('the API docs, built on first use', () => {
  let db: Db;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await createTestDb('sqlite');
    app = await buildApp({ db, logLevel: 'silent' });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('documents every API route once, with its parameters and answers, and none of its own', async () => {
    const res = await app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> }>();
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths['/api/opportunities/{id}'] ?? {}).sort()).toEqual(['delete', 'get', 'patch']);
    expect(doc.paths['/api/opportunities']?.get?.responses?.['200']).toBeDefined();
    // No HEAD twins, no docs routes, no built files.
    expect(Object.values(doc.paths).flatMap((ops) => Object.keys(ops))).not.toContain('head');
    expect(Object.keys(doc.paths).filter((path) => path.startsWith('/api/docs') || path.startsWith('/assets'))).toEqual([]);
    // The same document on the next request (built once).
    expect((await app.inject({ url: '/api/openapi.json' })).json()).toEqual(doc);
  });

  it('serves the browsable page and its files from this origin', async () => {
    let res = await app.inject({ url: '/api/docs' });
    for (let hops = 0; res.statusCode >= 300 && res.statusCode < 400 && hops < 3; hops++) {
      res = await app.inject({ url: new URL(String(res.headers.location), 'http://localhost/api/docs/').pathname });
    }
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/html/);
    const script = /src="\.?\/?([^"]*swagger-ui-bundle\.js)"/.exec(res.body)?.[1];
    expect(script).toBeDefined();
    const bundle = await app.inject({ url: `/api/docs/${script!.replace(/^.*static\//, 'static/')}` });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.rawPayload.length).toBeGreaterThan(100_000);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).not.toContain('https:');
  });
});
