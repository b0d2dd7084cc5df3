import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt, freePort } from './harness.js';

const root = new URL('../../', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'ob-proc-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the server process', { timeout: 120_000 }, () => {
  it('starts on loopback, answers health, and shuts down cleanly on SIGTERM', async () => {
    ensureBuilt();
    const port = await freePort();
    const child = spawn(process.execPath, [join(root, 'dist/cli/main.js'), 'serve'], {
      env: { ...process.env, PORT: String(port), OFFERBOOK_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let healthy = false;
    for (let i = 0; i < 200 && !healthy; i++) {
      try {
        healthy = (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    expect(healthy).toBe(true);
    expect(out).toContain(`http://127.0.0.1:${port}`);
    const page = await fetch(`http://127.0.0.1:${port}/board`);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await page.text()).toContain('<div id="root">');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses a non-loopback HOST and a bad PORT, naming the variable', () => {
    ensureBuilt();
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'serve'], {
        env: { ...process.env, OFFERBOOK_DATA_DIR: dataDir, ...env },
        encoding: 'utf8',
        timeout: 20_000,
      });
    const host = run({ HOST: '0.0.0.0' });
    expect(host.status).toBe(2);
    expect(host.stderr).toMatch(/HOST must be a loopback address/);
    const port = run({ PORT: 'http' });
    expect(port.status).toBe(2);
    expect(port.stderr).toMatch(/PORT must be a number/);
  });
});
