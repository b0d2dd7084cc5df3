import type { ErrorBody } from '../../contracts/common.js';
import { reportServer } from '../pwa/app-status.js';
import { FROM_DEVICE_HEADER } from '../pwa/day-urls.js';

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

type Query = Record<string, string | undefined>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, v);
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

/** Calls the JSON API on the same origin; resolves to the parsed body (undefined for 204), throws ApiError. */
export async function api<T>(method: string, path: string, opts: { body?: unknown; query?: Query } = {}): Promise<T> {
  let res: Response;
  const headers: Record<string, string> = opts.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' };
  const token = method === 'GET' || method === 'HEAD' ? undefined : csrfToken();
  if (token) headers['x-csrf-token'] = token;
  try {
    res = await fetch(withQuery(`/api${path}`, opts.query), {
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
    if (res.status === 401 && !path.startsWith('/auth/')) onUnauthenticated?.(path);
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
