// Bundles the server and CLI into dist/cli with esbuild: one file per lazily loaded part instead of
// hundreds of modules, which keeps start-up to healthy well under half a second.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/cli', { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // Native addon, a driver loaded only for PostgreSQL, and a plugin that serves files from its own folder.
  external: ['better-sqlite3', 'pg', '@fastify/swagger-ui', '@node-rs/argon2'],
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});
