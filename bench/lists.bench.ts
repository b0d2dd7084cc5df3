import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ensureBuilt, freePort, launchBrowser } from '../test/e2e/harness.js';
import { median, round } from './harness.js';
import { spawnNode, stopProcess, waitFor200 } from './support/process.js';

export const name = 'lists at scale (issue 20)';

const root = new URL('../', import.meta.url).pathname;
const cli = join(root, 'dist/cli/main.js');
const LOCAL_USER_ID = '00000000-0000-7000-8000-000000000001';
const COUNT = 1000;
const STAGES = ['lead', 'applied', 'interviewing', 'offer', 'rejected'];

/** CPU time a process has used, in ms (Linux: user + system clock ticks of 10 ms); NaN elsewhere. */
function cpuMs(pid: number | undefined): number {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return Number.NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Throughput and p99 under load, and the server's CPU per request (steady when other work shares the machine). */
async function load(url: string, seconds: number, pid?: number) {
  const before = cpuMs(pid);
  const result = await autocannon({ url, connections: 10, duration: seconds, pipelining: 1 });
  const cpu = (cpuMs(pid) - before) / result.requests.total;
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx, cpu };
}

/**
 * The list read again right after each of `rounds` edits (nothing cached can answer it), one request
 * at a time: what a user waits for after a change, and what a cache of answers cannot hide.
 */
async function listAfterChange(base: string, id: string, rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const res = await fetch(`${base}/api/opportunities/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nextAction: `Edited ${i}` }),
    });
    if (res.status !== 200) throw new Error(`an edit answered ${res.status}`);
    const t0 = performance.now();
    const list = await fetch(`${base}/api/opportunities`, { headers: { 'accept-encoding': 'identity' } });
    await list.arrayBuffer();
    times.push(performance.now() - t0);
  }
  return times;
}

/** Bytes of a response body exactly as sent (no decoding), with its Content-Encoding. */
function onTheWire(url: string, acceptEncoding = 'br, gzip'): Promise<{ bytes: number; encoding: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ bytes: body.length, encoding: String(res.headers['content-encoding'] ?? 'identity'), body });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The JavaScript and CSS the first page fetches (entry, modulepreloads, stylesheet), as sent. */
async function firstPage(base: string) {
  const html = (await onTheWire(`${base}/`, 'identity')).body.toString('utf8');
  const assets = [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  let js = 0;
  let jsRaw = 0;
  let css = 0;
  const encodings = new Set<string>();
  for (const path of assets) {
    const sent = await onTheWire(`${base}${path}`);
    const raw = await onTheWire(`${base}${path}`, 'identity');
    encodings.add(sent.encoding);
    if (path.endsWith('.js')) {
      js += sent.bytes;
      jsRaw += raw.bytes;
    } else css += sent.bytes;
  }
  const htmlSent = await onTheWire(`${base}/`);
  return { js, jsRaw, css, html: htmlSent.bytes, encodings: [...encodings].join(', ') };
}

async function seed(base: string) {
  for (let i = 0; i < COUNT; i++) {
    const due = new Date(Date.UTC(2026, 10, 1 + (i % 60))).toISOString().slice(0, 10);
    const res = await fetch(`${base}/api/opportunities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        employerName: `Employer ${i % 300}`,
        roleTitle: `Senior role number ${i}`,
        location: i % 2 ? 'Lisbon' : 'Remote (EU)',
        stage: STAGES[i % STAGES.length],
        nextAction: i % 4 === 0 ? null : `Follow up with the recruiter about step ${i}`,
        nextActionDue: i % 3 === 0 ? null : due,
        excitement: (i % 5) + 1,
        jobDescription: 'A realistic paragraph of job description text, with duties and requirements. '.repeat(16),
      }),
    });
    if (res.status !== 201) throw new Error(`seeding answered ${res.status}`);
  }
}

/**
 * Records on screen, two ways, each in a fresh browser context: `page` is the page's own clock, from the
 * navigation's start to the end of the first frame that holds a record (what the user waits for); `wall` is
 * the driver's clock around `goto` until Playwright sees the record visible, which adds the driver's own round
 * trips (the static floor page shows how much).
 */
async function recordsOnScreen(url: string, selector: string, rounds: number): Promise<{ wall: number[]; page: number[] }> {
  const browser = await launchBrowser();
  const wall: number[] = [];
  const inPage: number[] = [];
  try {
    for (let i = 0; i < rounds + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript((sel) => {
        const w = window as unknown as { recordShownAt?: number };
        new MutationObserver((_, observer) => {
          if (!document.querySelector(sel)) return;
          observer.disconnect();
          // The frame that draws the record runs its animation callbacks, paints, then lets a task run.
          requestAnimationFrame(() => setTimeout(() => (w.recordShownAt = performance.now()), 0));
        }).observe(document, { childList: true, subtree: true });
      }, selector);
      const t0 = performance.now();
      await page.goto(url, { waitUntil: 'commit' });
      await page.locator(selector).first().waitFor({ state: 'visible', timeout: 20_000 });
      const t = performance.now() - t0;
      await page.waitForFunction(() => (window as unknown as { recordShownAt?: number }).recordShownAt !== undefined);
      // The first round warms the server and the disk cache.
      if (i > 0) {
        wall.push(t);
        inPage.push(await page.evaluate(() => (window as unknown as { recordShownAt: number }).recordShownAt));
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { wall, page: inPage };
}

/** A static page holding one record, served by a bare Node server: the floor of both clocks on this machine. */
async function floorPage(rounds: number) {
  const port = await freePort();
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!doctype html><html lang="en"><title>floor</title><body><div data-card-id="floor">One record</div></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  try {
    return await recordsOnScreen(`http://127.0.0.1:${port}/`, '[data-card-id]', rounds);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

export async function run(): Promise<Record<string, number | string>> {
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'ob-bench-lists-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawnNode([cli, 'serve'], { OFFERBOOK_DATA_DIR: dataDir, PORT: String(port), OFFERBOOK_CHECK_RESPONSES: '0' });
  let bare: ReturnType<typeof spawnNode> | null = null;
  try {
    await waitFor200(`${base}/api/health`, performance.now());
    await seed(base);
    const listUrl = `${base}/api/opportunities`;
    const body = await (await fetch(listUrl, { headers: { 'accept-encoding': 'identity' } })).text();
    const list = JSON.parse(body) as { items: { id: string; fit: unknown }[] };
    if (list.items.length !== COUNT) throw new Error(`the list has ${list.items.length} items`);
    const fitsFile = join(dataDir, 'fits.json');
    writeFileSync(fitsFile, JSON.stringify(Object.fromEntries(list.items.map((o) => [o.id, o.fit]))));

    const barePort = await freePort();
    const bareUrl = `http://127.0.0.1:${barePort}/bare`;
    bare = spawnNode([
      join(root, 'bench/support/bare-list-server.mjs'),
      join(dataDir, 'offerbook.sqlite'),
      String(barePort),
      fitsFile,
      LOCAL_USER_ID,
    ]);
    await waitFor200(bareUrl, performance.now());
    if ((await (await fetch(bareUrl)).text()) !== body) throw new Error('the floor does not serve the same JSON as the app');

    // Throughput without compression on both sides (autocannon sends no Accept-Encoding), alternating.
    await load(listUrl, 2);
    await load(bareUrl, 2);
    const app: { rps: number; p99: number; errors: number; cpu: number }[] = [];
    const floor: { rps: number; p99: number; errors: number; cpu: number }[] = [];
    for (let i = 0; i < 3; i++) {
      app.push(await load(listUrl, 4, server.pid));
      floor.push(await load(bareUrl, 4, bare.pid));
    }
    if (app.some((r) => r.errors > 0)) throw new Error('the list answered errors under load');
    const afterChange = await listAfterChange(base, list.items[0]!.id, 20);

    const listSent = await onTheWire(listUrl);
    const listGzip = await onTheWire(listUrl, 'gzip');
    const page = await firstPage(base);
    const listShown = await recordsOnScreen(`${base}/opportunities`, '[data-row-id]', 7);
    const boardShown = await recordsOnScreen(`${base}/board`, '[data-card-id]', 7);
    const floorShown = await floorPage(7);

    const appRps = median(app.map((r) => r.rps));
    const floorRps = median(floor.map((r) => r.rps));
    return {
      [`list API, ${COUNT} opportunities (req/s, median)`]: round(appRps),
      'list API p99 latency (ms, median)': round(median(app.map((r) => r.p99))),
      'bare Fastify + better-sqlite3, same JSON (req/s, median)': round(floorRps),
      'bare p99 latency (ms, median)': round(median(floor.map((r) => r.p99))),
      'list / bare throughput ratio': round(appRps / floorRps),
      'list API CPU per request (ms, median)': round(median(app.map((r) => r.cpu))),
      'bare CPU per request (ms, median)': round(median(floor.map((r) => r.cpu))),
      'bare / list CPU per request (the throughput ratio on an idle machine)': round(
        median(floor.map((r) => r.cpu)) / median(app.map((r) => r.cpu)),
      ),
      'list API right after a change, whole request (ms, median of 20, one at a time)': round(median(afterChange)),
      [`list of ${COUNT} summaries, uncompressed (KB)`]: round(body.length / 1024),
      [`list of ${COUNT} summaries as sent, ${listSent.encoding} (KB)`]: round(listSent.bytes / 1024),
      [`list of ${COUNT} summaries as sent, gzip (KB)`]: round(listGzip.bytes / 1024),
      [`first-page JavaScript as sent, ${page.encodings} (KB)`]: round(page.js / 1024),
      'first-page JavaScript uncompressed (KB)': round(page.jsRaw / 1024),
      'first-page CSS as sent (KB)': round(page.css / 1024),
      'first-page HTML as sent (KB)': round(page.html / 1024),
      'list page: records on screen, page clock (ms, median of 7, Chromium)': round(median(listShown.page)),
      'board: records on screen, page clock (ms, median of 7, Chromium)': round(median(boardShown.page)),
      'static one-record page, page clock (ms, median of 7)': round(median(floorShown.page)),
      'list page: records on screen, driver clock (ms, median of 7)': round(median(listShown.wall)),
      'board: records on screen, driver clock (ms, median of 7)': round(median(boardShown.wall)),
      'static one-record page, driver clock (ms, median of 7)': round(median(floorShown.wall)),
    };
  } finally {
    if (bare) await stopProcess(bare);
    await stopProcess(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
