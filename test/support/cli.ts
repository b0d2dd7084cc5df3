import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = new URL('../../', import.meta.url).pathname;

/** What one CLI run printed and returned. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI from source against a data folder (never a DATABASE_URL from the environment). */
export function runCli(args: string[], dataDir: string, input?: string): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, OFFERBOOK_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    input,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Temporary folders for a test file, and how to remove them all afterwards. */
export function tempDirs(prefix = 'ob-cli-'): { make(): string; removeAll(): void } {
  const made: string[] = [];
  return {
    make: () => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    removeAll: () => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })),
  };
}
