import type { ErrorBody } from '../../contracts/common.js';
import { reportServer } from '../pwa/app-status.js';
import { FROM_DEVICE_HEADER } from '../pwa/day-urls.js';
import type { Route, RouteKey } from './routes.js';

/** A failed API call, carrying the server's error code, message and (for bad input) the field. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

/** A query as the URL carries it: a number the server coerces may be given as a number. */
type QueryOf<Q> = { [P in keyof Q]?: unknown extends Q[P] ? string | number : Q[P] | undefined };

type ParamsOption<R> = R extends { params: infer P } ? { params: P } : { params?: never };
type QueryOption<R> = R extends { query: infer Q } ? { query?: QueryOf<Q> } : { query?: never };
type BodyOption<R> = R extends { body: infer B } ? { body: B } : R extends { body?: infer B } ? { body?: B } : { body?: never };

/** What a call of the route takes besides its key: the path's params, the query and the body, each only when the route has one. */
export type CallOptions<K extends RouteKey> = K extends RouteKey
  ? ParamsOption<Route<K>> & QueryOption<Route<K>> & BodyOption<Route<K>>
  : never;

type Args<K extends RouteKey> = object extends CallOptions<K> ? [opts?: CallOptions<K>] : [opts: CallOptions<K>];

function withQuery(path: string, query?: Record<string, unknown>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

function isErrorBody(v: unknown): v is ErrorBody {
  if (typeof v !== 'object' || v === null || !('error' in v)) return false;
  const e = (v as { error: unknown }).error;
  return typeof e === 'object' && e !== null && 'message' in e && 'code' in e;
}

/** Server mode: the CSRF token the server left in a cookie for scripts to echo back (none in local mode). */
export function csrfToken(cookie: string = typeof document === 'undefined' ? '' : document.cookie): string | undefined {
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'ob_csrf') return decodeURIComponent(value.join('='));
  }
  return undefined;
}

let onUnauthenticated: ((path: string) => void) | undefined;

/** Server mode: what to do when a call answers 401 (the shell sends the user to sign in). */
export function setUnauthenticatedHandler(handler: ((path: string) => void) | undefined): void {
  onUnauthenticated = handler;
}

/** The method and the URL path of a route key, its `:params` filled in (encoded). */
function target(route: string, params: Record<string, unknown> = {}): { method: string; path: string } {
  const space = route.indexOf(' ');
  const path = route.slice(space + 1).replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params[name])));
  return { method: route.slice(0, space), path };
}

/**
 * Calls a JSON route of the API on the same origin, e.g. `api('GET /api/opportunities/:id', { params: { id } })`;
 * resolves to the parsed body (undefined for 204), typed by the route map (`routes.ts`); throws ApiError.
 */
export function api<K extends RouteKey>(route: K, ...[opts]: Args<K>): Promise<Route<K>['response']> {
  const o = (opts ?? {}) as { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
  const { method, path } = target(route, o.params);
  return request(method, path, o);
}

async function request<T>(method: string, path: string, opts: { body?: unknown; query?: Record<string, unknown> }): Promise<T> {
  let res: Response;
  const headers: Record<string, string> =
    opts.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' };
  const token = method === 'GET' || method === 'HEAD' ? undefined : csrfToken();
  if (token) headers['x-csrf-token'] = token;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch {
    reportServer(false);
    throw new ApiError(0, 'network', 'Cannot reach Offerbook. Is the server still running?');
  }
  // An answer the service worker gave from the device means the server could not be reached.
  reportServer(res.headers.get(FROM_DEVICE_HEADER) === null);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    if (res.status === 401 && !path.startsWith('/api/auth/')) onUnauthenticated?.(path);
    if (isErrorBody(data)) throw new ApiError(res.status, data.error.code, data.error.message, data.error.field);
    throw new ApiError(res.status, 'http_error', `The server answered ${res.status}.`);
  }
  return data as T;
}

/** Human wording for any error thrown by a query or mutation. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.field ? `${err.field}: ${err.message}` : err.message;
  if (err instanceof Error) return err.message;
  return 'Something went wrong.';
}

/** The message to show beside a field: the server prefixes its message with the field's name, the form already shows it. */
export function fieldMessage(err: ApiError): string {
  const m = err.field && err.message.startsWith(`${err.field} `) ? err.message.slice(err.field.length + 1) : err.message;
  return m.charAt(0).toUpperCase() + m.slice(1);
}
