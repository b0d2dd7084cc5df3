import { connect, type Socket } from 'node:net';

/** Reads a response's Set-Cookie headers into the jar; answers the jar as one `cookie` header. */
export function cookieHeader(setCookie: string[], jar: Map<string, string>): string {
  for (const c of setCookie) {
    const [pair] = c.split(';');
    const eq = pair!.indexOf('=');
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

/** Signs in over a real socket: the status, how long the sign-in took, the cookie header and the CSRF token. */
export async function signInOverHttp(
  base: string,
  email: string,
  password: string,
): Promise<{ status: number; ms: number; cookie: string; csrf: string }> {
  const jar = new Map<string, string>();
  const first = await fetch(`${base}/api/health`);
  let cookie = cookieHeader(first.headers.getSetCookie(), jar);
  const started = performance.now();
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': decodeURIComponent(jar.get('ob_csrf')!) },
    body: JSON.stringify({ email, password }),
  });
  const ms = performance.now() - started;
  await res.arrayBuffer();
  cookie = cookieHeader(res.headers.getSetCookie(), jar);
  return { status: res.status, ms, cookie, csrf: decodeURIComponent(jar.get('ob_csrf') ?? '') };
}

/**
 * The slow-body attack: opens a socket and sends a write's headers and the first byte of a
 * 200-byte body, then nothing more. `answer` resolves with what the server sent when it closes.
 */
export function slowBody(port: number, headers: Record<string, string>): Promise<{ socket: Socket; answer: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      const lines = Object.entries({
        host: `127.0.0.1:${port}`,
        'content-type': 'application/json',
        'content-length': '200',
        ...headers,
      }).map(([k, v]) => `${k}: ${v}`);
      socket.write(`POST /api/opportunities HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n{`);
      let received = '';
      socket.on('data', (d) => (received += d.toString()));
      const answer = new Promise<string>((done) => socket.on('close', () => done(received)));
      resolve({ socket, answer });
    });
    socket.on('error', reject);
  });
}
