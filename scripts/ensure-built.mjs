// Makes sure dist/ matches src/: builds when the build is missing or older than any source file.
// Runs before every `offerbook` command, so `npm start` after a `git pull` never serves stale code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.build-stamp');
const sources = ['src', 'vite.config.ts', 'scripts/build-node.mjs', 'package.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when dist/ is missing or older than the sources. */
export function isStale() {
  if (!existsSync(stamp) || !existsSync(join(root, 'dist', 'cli', 'main.js')) || !existsSync(join(root, 'dist', 'web', 'index.html')))
    return true;
  const built = statSync(stamp).mtimeMs;
  return sources.some((s) => newestMtime(join(root, s)) > built);
}

/** Builds when stale; exits with a clear message when the build tools are not installed. */
export function ensureBuilt() {
  if (!isStale()) return;
  if (!existsSync(join(root, 'node_modules', '.bin', 'vite'))) {
    console.error('Offerbook is not built and the build tools are missing: run `npm install` first.');
    process.exit(1);
  }
  console.error('Building Offerbook (first run or sources changed)…');
  // The build's own output goes to stderr, so a command's stdout (capture --jsonl, export-csv) stays only its result.
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 2, 'inherit'] });
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}

/** Marks dist/ as matching the sources (called at the end of `npm run build`). */
export function writeStamp() {
  writeFileSync(stamp, new Date().toISOString() + '\n');
}

if (process.argv[2] === '--stamp') writeStamp();
