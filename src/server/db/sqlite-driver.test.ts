import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteDriverError, explainSqliteDriverError, openSqliteDatabase } from './sqlite-driver.js';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('better-sqlite3/package.json'));
const scratch = mkdtempSync(join(tmpdir(), 'offerbook-driver-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The real error `bindings` raises for a better-sqlite3 whose install script never ran: a copy without build/. */
function unbuiltDriverError(): Error {
  const copy = join(scratch, 'better-sqlite3');
  const skipped = [join(packageDir, 'build'), join(packageDir, 'deps'), join(packageDir, 'src')];
  cpSync(packageDir, copy, { recursive: true, filter: (path) => !skipped.some((dir) => path.startsWith(dir)) });
  const bindings = require('bindings') as (opts: { bindings: string; module_root: string }) => unknown;
  try {
    bindings({ bindings: 'better_sqlite3.node', module_root: copy });
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the unbuilt copy to fail to load');
}

describe('the SQLite driver check', () => {
  it('turns a driver whose install script never ran into one sentence with the fix', () => {
    const missing = unbuiltDriverError();
    expect(missing.message).toMatch(/Could not locate the bindings file/);
    let thrown: unknown;
    try {
      openSqliteDatabase(':memory:', () => {
        throw missing;
      });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(SqliteDriverError);
    const message = (thrown as Error).message;
    expect(message).toMatch(/^The SQLite driver \(better-sqlite3\) cannot be loaded on Node\.js v\d+/);
    expect(message).toMatch(/allowScripts/);
    expect(message).toContain('npm rebuild better-sqlite3');
    expect(message).not.toMatch(/→|Tried:|\n/);
  });

  it('names a driver built for another Node.js', () => {
    const abi = new Error(
      'The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 137.',
    );
    expect(explainSqliteDriverError(abi, 'v24.0.0', '/srv/offerbook')).toBe(
      'The SQLite driver (better-sqlite3) cannot be loaded on Node.js v24.0.0: it was built for another version of Node.js (Node.js was changed after installing). Fix it with `npm rebuild better-sqlite3` in /srv/offerbook (it compiles with a C++ toolchain where no prebuilt binary fits), then start again.',
    );
  });

  it('leaves other errors as they are, and opens a database when the driver is there', () => {
    expect(explainSqliteDriverError(new Error('SQLITE_CANTOPEN: unable to open database file'))).toBeNull();
    expect(() => openSqliteDatabase('/nonexistent-dir/x.sqlite')).toThrow(/unable to open|directory does not exist/);
    const db = openSqliteDatabase(':memory:');
    expect(db.prepare('select 1 as one').get()).toEqual({ one: 1 });
    db.close();
  });
});
