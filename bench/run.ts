import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule {
  name: string;
  run(): Promise<Record<string, number | string>>;
}

type Figures = Record<string, number | string>;

const here = dirname(fileURLToPath(import.meta.url));
const self = fileURLToPath(import.meta.url);

/** In a child process: runs one bench file and writes `{ name, figures }` to the given file. */
async function runOne(file: string, out: string): Promise<void> {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
  process.stdout.write(`\n▶ ${mod.name}\n`);
  const figures = await mod.run();
  for (const [key, value] of Object.entries(figures)) process.stdout.write(`  ${key}: ${value}\n`);
  writeFileSync(out, JSON.stringify({ name: mod.name, figures }));
}

if (process.env.OB_BENCH_FILE && process.env.OB_BENCH_OUT) {
  await runOne(process.env.OB_BENCH_FILE, process.env.OB_BENCH_OUT);
} else {
  const only = process.argv.slice(2);
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();

  // Each bench runs in a process of its own, so none measures the heap or the JIT state another left behind.
  const scratch = mkdtempSync(join(tmpdir(), 'ob-bench-'));
  const results: Record<string, Figures> = {};
  let failed = 0;
  try {
    for (const file of files) {
      const out = join(scratch, `${file}.json`);
      const child = spawnSync(process.execPath, ['--import', 'tsx', self], {
        env: { ...process.env, OB_BENCH_FILE: file, OB_BENCH_OUT: out },
        stdio: 'inherit',
      });
      if (child.status !== 0 || !existsSync(out)) {
        failed += 1;
        process.stderr.write(`bench ${file} failed (exit ${child.status ?? child.signal})\n`);
        continue;
      }
      const { name, figures } = JSON.parse(readFileSync(out, 'utf8')) as { name: string; figures: Figures };
      results[name] = figures;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  // A run of some benches keeps the other benches' latest figures, each stamped with when it ran.
  const dir = join(here, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  const previous = existsSync(file)
    ? ((JSON.parse(readFileSync(file, 'utf8')) as { results?: Record<string, unknown> }).results ?? {})
    : {};
  const at = new Date().toISOString();
  const stamped = Object.fromEntries(Object.entries(results).map(([name, figures]) => [name, { ...figures, 'measured at': at }]));
  writeFileSync(file, JSON.stringify({ at, node: process.version, results: { ...previous, ...stamped } }, null, 2) + '\n');
  process.stdout.write(`\nwritten ${join('bench', 'results', 'latest.json')}\n`);
  if (failed > 0) process.exitCode = 1;
}
