import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods, RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { VERSION } from '../version.js';

/** Where the docs page and the OpenAPI document are served. */
export const DOCS_PREFIX = '/api/docs';
export const OPENAPI_PATH = '/api/openapi.json';

/** What the OpenAPI document needs of a route: no handler, no hooks. */
interface DocumentedRoute {
  method: HTTPMethods | HTTPMethods[];
  url: string;
  schema: RouteOptions['schema'];
}

/**
 * The OpenAPI document (`/api/openapi.json`) and its browsable page (`/api/docs`), built on first
 * use rather than at start-up. The app only notes each route's method, path and schema as it is
 * added; the first request for the docs builds a small Fastify instance of its own with
 * @fastify/swagger and @fastify/swagger-ui, declares the same routes there (without handlers),
 * and answers through it. The swagger plugins, the YAML library and the UI's files are loaded then
 * and not by every start of the server, which they slowed by about 100 ms.
 */
export function installApiDocs(app: FastifyInstance): void {
  const routes: DocumentedRoute[] = [];
  app.addHook('onRoute', (route) => {
    // Fastify adds a HEAD beside every GET; the document lists the GET (as @fastify/swagger does).
    if (route.method === 'HEAD' || route.url.startsWith(DOCS_PREFIX) || route.url === OPENAPI_PATH) return;
    routes.push({ method: route.method, url: route.url, schema: route.schema });
  });

  let docs: Promise<FastifyInstance> | null = null;
  const forward = async (req: FastifyRequest, reply: FastifyReply) => {
    docs ??= buildDocsApp(routes).catch((err: unknown) => {
      docs = null;
      throw err;
    });
    const res = await (
      await docs
    ).inject({
      method: req.method as 'GET' | 'HEAD',
      url: req.url,
      headers: pick(req.headers, ['accept', 'accept-encoding', 'if-none-match', 'if-modified-since']),
    });
    reply.code(res.statusCode);
    for (const [name, value] of Object.entries(res.headers)) {
      if (value !== undefined && !HOP_HEADERS.has(name)) reply.header(name, value);
    }
    return reply.send(res.rawPayload);
  };
  const hidden = { schema: { hide: true } };
  app.get(OPENAPI_PATH, hidden, forward);
  app.get(DOCS_PREFIX, hidden, forward);
  app.get(`${DOCS_PREFIX}/*`, hidden, forward);
}

/** Headers that belong to the inner answer's own connection, not to the one forwarded. */
const HOP_HEADERS = new Set(['content-length', 'connection', 'keep-alive', 'transfer-encoding', 'date']);

function pick(headers: FastifyRequest['headers'], names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = headers[name];
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

async function buildDocsApp(routes: readonly DocumentedRoute[]): Promise<FastifyInstance> {
  const [{ default: Fastify }, { default: fastifySwagger }, { default: fastifySwaggerUi }] = await Promise.all([
    import('fastify'),
    import('@fastify/swagger'),
    import('@fastify/swagger-ui'),
  ]);
  const docs = Fastify({ logger: false });
  // The routes are declared for their schemas only; nothing is validated or serialised here.
  docs.setValidatorCompiler(() => () => true);
  docs.setSerializerCompiler(() => (data) => JSON.stringify(data));
  await docs.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Offerbook API',
        version: VERSION,
        description: 'The JSON API behind the Offerbook web app and CLI. Errors answer `{ "error": { "code", "message", "field" } }`.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await docs.register(fastifySwaggerUi, {
    routePrefix: DOCS_PREFIX,
    uiConfig: { validatorUrl: null },
    staticCSP: true,
    // The docs page ships its own inline-free assets; keep it on this origin like the app.
    transformStaticCSP: (header) => header.replace(/ https:/g, '').replace(/ validator\.swagger\.io/g, ''),
  });
  docs.get(OPENAPI_PATH, { schema: { hide: true } }, () => docs.swagger());
  const unused = () => null;
  for (const route of routes) docs.route({ method: route.method, url: route.url, schema: route.schema, handler: unused });
  await docs.ready();
  return docs;
}
