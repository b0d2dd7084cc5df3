import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.js';
import type { TestApp } from '../../../test/support/app.js';
import { api } from './client.js';

// The route map (`routes.ts`) is types only, so this test reads its keys from the source: each entry
// `'METHOD /api/path/:param': { params…; query…; body…; response… };`, on one line or several.
const WEB = join(import.meta.dirname, '..');
const MAP_SOURCE = readFileSync(join(import.meta.dirname, 'routes.ts'), 'utf8');
const ENTRY = /^ {2}'([A-Z]+ \/api\/[^']*)': \{(.*|\n[\s\S]*?\n {2})\};$/gm;
const mapEntries = new Map([...MAP_SOURCE.matchAll(ENTRY)].map((m) => [m[1]!, m[2]!]));

interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: { required?: boolean };
}

/** The web app's own source files (tests left out), with comments removed. */
function webSources(): { file: string; text: string }[] {
  return readdirSync(WEB, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && f !== join('api', 'routes.ts'))
    .map((file) => ({
      file,
      text: readFileSync(join(WEB, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, ''),
    }));
}

/** A path written in the source, `${…}` parts matching any one segment; one ending in `/` is a prefix. */
function pattern(written: string): RegExp {
  const parts = written.split(/\$\{[^}]*\}/).map((p) => p.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^/?]*')}${written.endsWith('/') ? '' : '$'}`);
}

/** Never called: `npm run typecheck` checks these calls, each `@ts-expect-error` failing the build if the call compiles. */
async function typedCalls(): Promise<string> {
  const o = await api('GET /api/opportunities/:id', { params: { id: 'x' } });
  // @ts-expect-error the route's id is required
  await api('GET /api/opportunities/:id');
  // @ts-expect-error no such route
  await api('GET /api/nothing');
  // @ts-expect-error the route takes no body
  await api('GET /api/health', { body: {} });
  // @ts-expect-error a stage is one of the stages
  await api('PATCH /api/opportunities/:id', { params: { id: 'x' }, body: { stage: 'nope' } });
  // @ts-expect-error the answer is typed: an opportunity has no `nope`
  void o.nope;
  return o.roleTitle;
}

describe('the web route map against /api/openapi.json', () => {
  it('types every call (the calls above are checked by tsc)', () => {
    expect(typedCalls).toBeTypeOf('function');
  });

  let t: TestApp;
  let documented: Map<string, Operation>;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, Record<string, Operation>> }>();
    documented = new Map(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => [`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, op] as const),
      ),
    );
  });
  afterAll(async () => t.close());

  it('reads the map (so the checks below check something)', () => {
    expect(mapEntries.size).toBeGreaterThan(100);
    expect(mapEntries.get('GET /api/opportunities/:id')).toContain('response:');
  });

  it('names only documented routes, each with that method', () => {
    const unknown = [...mapEntries.keys()].filter((k) => !documented.has(k));
    expect(unknown).toEqual([]);
  });

  it('gives a body exactly where the route takes one, and a query where it reads one', () => {
    const wrong: string[] = [];
    for (const [key, entry] of mapEntries) {
      const op = documented.get(key);
      if (!op) continue;
      const hasBody = /\bbody\??:/.test(entry);
      const optional = /\bbody\?:/.test(entry);
      if (hasBody !== Boolean(op.requestBody)) wrong.push(`${key}: body`);
      // A body the map makes optional may be documented as required (a nullish schema): the server takes none.
      else if (op.requestBody && !optional && !op.requestBody.required) wrong.push(`${key}: body required`);
      const hasQuery = /\bquery:/.test(entry);
      if (hasQuery !== Boolean(op.parameters?.some((p) => p.in === 'query'))) wrong.push(`${key}: query`);
    }
    expect(wrong).toEqual([]);
  });

  it('has every route the web app calls through api()', () => {
    const keys = [...mapEntries.keys()];
    const missing: string[] = [];
    let calls = 0;
    for (const { file, text } of webSources()) {
      for (const m of text.matchAll(/['`]((?:GET|POST|PUT|PATCH|DELETE) \/api\/[^'`]*)['`]/g)) {
        calls++;
        const p = pattern(m[1]!);
        if (!keys.some((k) => p.test(k))) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(calls).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('finds every other /api address the web app writes (links, the offline cache) among the documented routes', () => {
    const concrete = [...documented.keys()].map((k) => k.slice(k.indexOf(' ') + 1).replace(/:\w+/g, 'x'));
    const unknown: string[] = [];
    let links = 0;
    for (const { file, text } of webSources()) {
      for (const m of text.matchAll(/['`](\/api\/[^'`?]*)/g)) {
        links++;
        const p = pattern(m[1]!);
        if (!concrete.some((c) => p.test(c))) unknown.push(`${file}: ${m[1]}`);
      }
    }
    expect(links).toBeGreaterThan(5);
    expect(unknown).toEqual([]);
  });
});
