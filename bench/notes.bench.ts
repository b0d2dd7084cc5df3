import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { PutNoteResult } from '../src/contracts/notes.js';
import { uuidv7 } from '../src/core/ids.js';
import { ensureBuilt, freePort, launchBrowser } from '../test/e2e/harness.js';
import { median, percentile, round } from './harness.js';
import { spawnNode, stopProcess, waitFor200 } from './support/process.js';

/** Benchmark name shown by bench/run.ts. */
export const name = 'interview notes (issue 6)';

const root = new URL('../', import.meta.url).pathname;
const cli = join(root, 'dist/cli/main.js');

async function post<T>(base: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${base}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

async function makeInterview(base: string): Promise<{ interviewId: string; conversationId: string }> {
  const opportunity = await post<{ id: string }>(base, '/opportunities', {
    employerName: 'Bench Ltd',
    roleTitle: 'Engineer',
    stage: 'interviewing',
  });
  const startsAt = new Date(Date.now() - 5 * 60_000).toISOString();
  const interview = await post<{ id: string; conversations: { id: string }[] }>(base, `/opportunities/${opportunity.id}/interviews`, {
    kind: 'onsite',
    startsAt,
    timeZone: 'UTC',
    durationMinutes: 120,
  });
  return { interviewId: interview.id, conversationId: interview.conversations[0]!.id };
}

/** CPU time a process has used, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Device {
  id: string;
  words: number;
  revision: number;
}

/**
 * 200 note saves a second for 10 s from 10 connections, each a device typing: its note grows a word per save
 * (baseRevision from the last answer), a new note every 20 saves, one note in ten a `!` concern.
 */
async function noteSaveLoad(base: string, interviewId: string, conversationId: string) {
  const result = await autocannon({
    url: base,
    connections: 10,
    overallRate: 200,
    duration: 10,
    initialContext: {},
    requests: [
      {
        method: 'PUT',
        setupRequest: (request, context) => {
          const device = context as Partial<Device>;
          if (!device.id || (device.words ?? 0) >= 20) Object.assign(device, { id: uuidv7(), words: 0, revision: 0 });
          device.words! += 1;
          const concern = device.id!.endsWith('0') ? '! ' : '';
          const text = `${concern}note ${'word '.repeat(device.words!)}`.trimEnd();
          return {
            ...request,
            path: `/api/notes/${device.id}`,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ interviewId, conversationId, text, baseRevision: device.revision, writtenAt: new Date().toISOString() }),
          };
        },
        onResponse: (status, body, context) => {
          if (status === 200 || status === 201) (context as Device).revision = (JSON.parse(body) as PutNoteResult).note.revision;
        },
      },
    ],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
    total: result.requests.total,
  };
}

/**
 * In Chromium, from the page's User Timing: keystroke → stored in IndexedDB (every keystroke), and the last
 * keystroke of a burst of typing → the server's acknowledgement of that text.
 */
async function browserFigures(base: string, interviewId: string) {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/interviews/${interviewId}`);
    const composer = page.getByRole('textbox', { name: 'Write a note', exact: true });
    await composer.waitFor({ state: 'visible', timeout: 20_000 });
    await composer.focus();
    // Warm-up, then forget what it measured.
    await page.keyboard.type('warm up', { delay: 40 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    await page.evaluate(() => performance.clearMeasures());
    const acknowledged: number[] = [];
    // 12 bursts of typing at about 8 keys a second, each followed by a pause, then Enter.
    for (let burst = 0; burst < 12; burst++) {
      await page.keyboard.type(`${['?', '!', '*', '>', ''][burst % 5]} burst ${burst} of measured typing`, { delay: 120 });
      await page.waitForTimeout(1500);
      const ack = await page.evaluate(() => {
        const saved = performance.getEntriesByName('offerbook:note-saved-on-device');
        const last = saved[saved.length - 1]?.startTime;
        return performance.getEntriesByName('offerbook:note-acknowledged').find((e) => e.startTime === last)?.duration;
      });
      if (ack === undefined) throw new Error(`burst ${burst}: the last keystroke was not acknowledged within 1.5 s`);
      acknowledged.push(ack);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
    }
    const device = await page.evaluate(() => performance.getEntriesByName('offerbook:note-saved-on-device').map((e) => e.duration));
    return { device, acknowledged };
  } finally {
    await browser.close();
  }
}

export async function run(): Promise<Record<string, number | string>> {
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'ob-bench-notes-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawnNode([cli, 'serve'], { OFFERBOOK_DATA_DIR: dataDir, PORT: String(port) });
  try {
    await waitFor200(`${base}/api/health`, performance.now());
    const { interviewId, conversationId } = await makeInterview(base);
    await noteSaveLoad(base, interviewId, conversationId).catch(() => undefined); // warm-up (JIT, statement cache)
    const runs = [];
    const cpuBefore = cpuMs(server.pid!);
    for (let i = 0; i < 3; i++) runs.push(await noteSaveLoad(base, interviewId, conversationId));
    const cpuPerSave = (cpuMs(server.pid!) - cpuBefore) / runs.reduce((sum, r) => sum + r.total, 0);
    const load = loadavg()[0]!;
    const browser = await browserFigures(base, (await makeInterview(base)).interviewId);
    return {
      'note save at 200 req/s for 10 s, SQLite: p99 latency (ms, median of 3 runs)': round(median(runs.map((r) => r.p99))),
      'note save at 200 req/s: median latency (ms, median of 3 runs)': round(median(runs.map((r) => r.p50))),
      'note save: achieved rate (req/s, median)': round(median(runs.map((r) => r.rps))),
      'note save: errors or non-2xx (total over runs)': runs.reduce((s, r) => s + r.errors, 0),
      'note save: server CPU per save (ms)': round(cpuPerSave),
      'machine load average during the runs (1 min)': round(load),
      'Chromium keystroke → saved on the device (ms, median)': round(median(browser.device)),
      'Chromium keystroke → saved on the device (ms, p95)': round(percentile(browser.device, 95)),
      'Chromium keystrokes measured': browser.device.length,
      'Chromium last keystroke → acknowledged by the server (ms, median)': round(median(browser.acknowledged)),
      'Chromium last keystroke → acknowledged by the server (ms, max)': round(Math.max(...browser.acknowledged)),
    };
  } finally {
    await stopProcess(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
