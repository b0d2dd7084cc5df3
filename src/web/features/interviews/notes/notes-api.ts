import { csrfToken } from '../../../api/client.js';

/** The network the engine uses (the browser's fetch, or a test's). */
export type Network = (url: string, init: RequestInit) => Promise<Response>;

/** Answers that mean "try again later", like a 5xx. */
const RETRYABLE = new Set([408, 409, 425, 429]);

/** True when a refused request should be sent again later rather than shown as refused. */
export function isRetryable(status: number): boolean {
  return status >= 500 || RETRYABLE.has(status);
}

/** The server's reason for refusing, or its status in words. */
export async function errorText(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON
  }
  return `The server answered ${res.status}.`;
}

/** A JSON request with a timeout, carrying the CSRF token on writes in server mode (local mode has none to send). */
export function notesRequester(network: Network, timeoutMs: number) {
  return (method: string, url: string, body?: unknown): Promise<Response> => {
    const headers: Record<string, string> =
      body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' };
    const token = method === 'GET' ? undefined : csrfToken();
    if (token) headers['x-csrf-token'] = token;
    return network(url, {
      method,
      headers,
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  };
}

/** Sends one request; see `notesRequester`. */
export type NotesRequest = ReturnType<typeof notesRequester>;
