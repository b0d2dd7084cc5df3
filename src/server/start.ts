import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { openDb, sqliteFileIn, type Db } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import type { LocalBackups } from './features/backup/app-service.js';
import { BackupScheduler } from './features/backup/scheduler.js';
import { warmNextActions } from './features/followups/warm.js';

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else SQLite in the data folder). */
export function openConfiguredDb(config: Config): Promise<Db> {
  return config.databaseUrl
    ? openDb({ kind: 'postgres', url: config.databaseUrl })
    : openDb({ kind: 'sqlite', file: sqliteFileIn(config.dataDir) });
}

/** Local mode's backup folder, with the automatic backups' scheduler unless they are off or impossible. */
export function localBackupsFor(config: Config, db: Db, onError: (message: string) => void): LocalBackups {
  const disabledReason = !config.autoBackup
    ? 'Automatic backups are turned off (OFFERBOOK_AUTO_BACKUP=0).'
    : db.dialect !== 'sqlite'
      ? 'Automatic backups copy the SQLite file; with PostgreSQL use its own tools (pg_dump).'
      : null;
  return {
    dir: config.backupDir,
    scheduler: disabledReason ? null : new BackupScheduler({ db, dir: config.backupDir, onError }),
    disabledReason,
  };
}

/** A server that is listening, and how to stop it cleanly. */
export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** Opens the database, migrates, builds the app and listens. */
export async function startServer(config: Config): Promise<RunningServer> {
  const db = await openConfiguredDb(config);
  try {
    await migrateToLatest(db.kysely);
    const backups = config.mode === 'local' ? localBackupsFor(config, db, (message) => console.error(message)) : null;
    const app = await buildApp({
      db,
      logLevel: config.logLevel,
      mode: config.mode,
      publicUrl: config.publicUrl,
      trustProxy: config.trustProxy,
      backups,
    });
    await app.listen({ port: config.port, host: config.host });
    if (config.mode === 'local') void warmNextActions(db);
    backups?.scheduler?.start();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      app,
      url: `http://${host}:${port}`,
      close: async () => {
        await backups?.scheduler?.stop();
        await app.close();
        await db.close();
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
