import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { freePort, ensureBuilt } from '../test/e2e/harness.js';
import { median, round } from './harness.js';
import { rssMb, spawnNode, stopProcess, waitFor200 } from './support/process.js';

export const name = 'foundation (issue 2)';

const root = new URL('../', import.meta.url).pathname;
const cli = join(root, 'dist/cli/main.js');

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 10, duration: seconds, pipelining: 1 });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** Gzipped size of the JavaScript the first page load fetches (entry + modulepreloads). */
function initialJsKb(): number {
  const dist = join(root, 'dist/web');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0) / 1024;
}

export async function run(): Promise<Record<string, number | string>> {
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'ob-bench-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { OFFERBOOK_DATA_DIR: dataDir, PORT: String(port) };
  try {
    // First start creates and migrates the database; the measured starts find it existing.
    let server = spawnNode([cli, 'serve'], env);
    await waitFor200(`${base}/api/health`, performance.now());
    await stopProcess(server);
    const startups: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      server = spawnNode([cli, 'serve'], env);
      startups.push(await waitFor200(`${base}/api/health`, t0));
      if (i < 6) await stopProcess(server);
    }

    for (let i = 0; i < 500; i++) {
      const due = new Date(Date.UTC(2026, 10, 1 + (i % 60))).toISOString().slice(0, 10);
      await fetch(`${base}/api/opportunities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          employerName: `Employer ${i % 180}`,
          roleTitle: `Role ${i}`,
          stage: ['lead', 'applied', 'interviewing', 'offer', 'rejected'][i % 5],
          nextAction: i % 4 === 0 ? null : `Follow up on step ${i}`,
          nextActionDue: i % 3 === 0 ? null : due,
          jobDescription: 'A realistic paragraph of job description text. '.repeat(20),
        }),
      });
    }
    await new Promise((r) => setTimeout(r, 2000));
    const idleRss = rssMb(server.pid!);

    const dashboardUrl = `${base}/api/dashboard?today=2026-11-25`;
    const body = await (await fetch(dashboardUrl)).text();
    const bodyFile = join(dataDir, 'dashboard.json');
    writeFileSync(bodyFile, body);
    const barePort = await freePort();
    const bare = spawnNode([join(root, 'bench/support/bare-server.mjs'), bodyFile, String(barePort)]);
    await waitFor200(`http://127.0.0.1:${barePort}/bare`, performance.now());

    await load(dashboardUrl, 2); // warm-up
    await load(`http://127.0.0.1:${barePort}/bare`, 2);
    const dash: { rps: number; p99: number }[] = [];
    const floor: { rps: number; p99: number }[] = [];
    for (let i = 0; i < 3; i++) {
      dash.push(await load(dashboardUrl, 4));
      floor.push(await load(`http://127.0.0.1:${barePort}/bare`, 4));
    }
    await stopProcess(bare);
    await stopProcess(server);

    const dashRps = median(dash.map((d) => d.rps));
    const floorRps = median(floor.map((d) => d.rps));
    return {
      'startup to healthy, existing db (ms, median of 7)': round(median(startups)),
      'dashboard, 500 opportunities (req/s, median)': round(dashRps),
      'dashboard p99 latency (ms, median)': round(median(dash.map((d) => d.p99))),
      'bare route, same JSON (req/s, median)': round(floorRps),
      'dashboard / bare throughput ratio': round(dashRps / floorRps),
      'dashboard response size (KB)': round(body.length / 1024),
      'initial JavaScript, gzipped (KB)': round(initialJsKb()),
      'server RSS when idle (MB)': round(idleRss),
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
