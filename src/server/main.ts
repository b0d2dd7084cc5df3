import { ConfigError, loadConfig } from './config.js';
import { startServer } from './start.js';

/** Runs the server until SIGINT/SIGTERM, then drains requests and closes the database. */
export async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Offerbook cannot start: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const server = await startServer(config);
  const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
  console.log(`Offerbook is running at ${server.url}  (data: ${where})`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: finishing requests and closing the database…`);
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error('Offerbook failed to start:', err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
