import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { Db, DialectName } from '../../src/server/db/connect.js';
import { createTestDb } from './db.js';

/** An app on a fresh database, driven in-process through `inject`. */
export interface TestApp {
  app: FastifyInstance;
  db: Db;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Builds the real app on a fresh migrated database of the dialect. */
export async function createTestApp(dialect: DialectName, options: { now?: () => Date } = {}): Promise<TestApp> {
  const db = await createTestDb(dialect);
  const app = await buildApp({ db, logLevel: 'silent', webDir: '/nonexistent', ...options });
  await app.ready();
  return {
    app,
    db,
    request: (o) => app.inject(o),
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
