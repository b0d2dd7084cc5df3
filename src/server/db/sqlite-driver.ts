import { createRequire } from 'node:module';
import SqliteDatabase from 'better-sqlite3';

/** The embedded database's native driver cannot be loaded; the message says why and what fixes it. */
export class SqliteDriverError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SqliteDriverError';
  }
}

// The messages of a native addon that was never built (npm skipped its install script) or was
// built for another Node.js: `bindings` lists the paths it tried; Node names the ABI versions.
const NOT_BUILT =
  /Could not locate the bindings file|better_sqlite3\.node|NODE_MODULE_VERSION|invalid ELF header|Module did not self-register/;

/** The folder that holds node_modules/better-sqlite3, where `npm rebuild` must run (the same from src and from the bundle). */
function projectDir(): string {
  try {
    const manifest = createRequire(import.meta.url).resolve('better-sqlite3/package.json');
    return manifest.slice(0, manifest.lastIndexOf('node_modules') - 1);
  } catch {
    return 'the Offerbook folder';
  }
}

/** One clear sentence for a driver that failed to load, or `null` when the error is something else. */
export function explainSqliteDriverError(err: unknown, nodeVersion = process.version, folder = projectDir()): string | null {
  const message = err instanceof Error ? err.message : String(err);
  if (!NOT_BUILT.test(message)) return null;
  const cause = /NODE_MODULE_VERSION|self-register|ELF/.test(message)
    ? 'it was built for another version of Node.js (Node.js was changed after installing)'
    : "its native part was never built (npm did not run its install script: npm 12 runs only the scripts that package.json's allowScripts approves, and `--ignore-scripts` runs none)";
  return (
    `The SQLite driver (better-sqlite3) cannot be loaded on Node.js ${nodeVersion}: ${cause}. ` +
    `Fix it with \`npm rebuild better-sqlite3\` in ${folder} (it compiles with a C++ toolchain where no prebuilt binary fits), then start again.`
  );
}

/** Opens a SQLite file; a driver that cannot load becomes a SqliteDriverError instead of a list of binding paths. */
export function openSqliteDatabase(
  file: string,
  construct: (file: string) => SqliteDatabase.Database = (path) => new SqliteDatabase(path),
): SqliteDatabase.Database {
  try {
    return construct(file);
  } catch (err) {
    const explained = explainSqliteDriverError(err);
    if (explained !== null) throw new SqliteDriverError(explained);
    throw err;
  }
}
