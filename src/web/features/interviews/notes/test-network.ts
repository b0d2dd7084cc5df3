import type { PutNote } from '../../../../contracts/notes.js';
import type { TestApp } from '../../../../../test/support/app.js';

export type Mode = 'up' | 'down' | 'lose-answers' | 'unavailable';

/**
 * TEST DOUBLE OF THE NETWORK: a `fetch` that carries requests to the real app in-process (Fastify inject), and
 * that the test can cut (`down`: nothing arrives), make lossy (`lose-answers`: the server applies the write but the
 * answer never comes back) or make answer 503. Nothing of our own code is replaced.
 */
export class TestNetwork {
  mode: Mode = 'up';
  /** When set, requests wait for it before reaching the server (to type while one is in flight). */
  gate: Promise<void> | undefined;
  readonly puts: { url: string; body: PutNote }[] = [];
  constructor(private readonly app: TestApp) {}

  readonly fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? init.body : undefined;
    if (method === 'PUT') this.puts.push({ url, body: JSON.parse(body ?? '{}') as PutNote });
    if (this.gate) await this.gate;
    if (this.mode === 'down') throw new TypeError('Failed to fetch');
    if (this.mode === 'unavailable') return new Response('{"error":{"code":"internal","message":"restarting"}}', { status: 503 });
    const res = await this.app.request({
      method: method as 'GET' | 'PUT',
      url,
      headers: init.headers as Record<string, string>,
      ...(body !== undefined && { payload: body }),
    });
    if (this.mode === 'lose-answers' && method === 'PUT') throw new TypeError('network connection was lost');
    return new Response(res.body, { status: res.statusCode, headers: { 'content-type': 'application/json' } });
  };
}
