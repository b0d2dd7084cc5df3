import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule {
  name: string;
  run(): Promise<Record<string, number | string>>;
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const results: Record<string, Record<string, number | string>> = {};
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
  process.stdout.write(`\n▶ ${mod.name}\n`);
  const figures = await mod.run();
  results[mod.name] = figures;
  for (const [key, value] of Object.entries(figures)) process.stdout.write(`  ${key}: ${value}\n`);
}

const out = join(here, 'results');
mkdirSync(out, { recursive: true });
const payload = { at: new Date().toISOString(), node: process.version, results };
writeFileSync(join(out, 'latest.json'), JSON.stringify(payload, null, 2) + '\n');
process.stdout.write(`\nwritten ${join('bench', 'results', 'latest.json')}\n`);
