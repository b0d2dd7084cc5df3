import { AppError } from '../server/errors.js';

/** A failure the CLI reports in one line, with exit code 1 (2 for usage or config errors). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** SQLSTATE classes and codes of PostgreSQL, and SQLite's codes, as sentences for the person at the terminal. */
const DATABASE_SENTENCES: ReadonlyArray<[RegExp, string]> = [
  [
    /^23505$|^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/,
    'Something with the same id or name is already in the database; nothing was changed.',
  ],
  [/^23503$|^SQLITE_CONSTRAINT_FOREIGNKEY$/, 'A record refers to something that is not in the database; nothing was changed.'],
  [/^23|^SQLITE_CONSTRAINT/, 'The database refused a record that breaks one of its rules; nothing was changed.'],
  [/^22021$/, 'The data holds a NUL character, which PostgreSQL cannot store; nothing was changed.'],
  [/^22/, 'The database refused a value it cannot store (too long, or not of the right kind); nothing was changed.'],
  [/^42501$/, 'The database account Offerbook uses is not allowed to do this; check its privileges.'],
  [/^28/, 'The database refused the user name or password in DATABASE_URL.'],
  [/^3D000$/, 'The database named in DATABASE_URL does not exist; create it first.'],
  [
    /^08|^57P0[123]$|^ECONNREFUSED$|^ENOTFOUND$|^ETIMEDOUT$|^ECONNRESET$/,
    'Cannot reach the database; check that it is running and that DATABASE_URL is right.',
  ],
  [/^53/, 'The database server is out of resources (disk, memory or connections); try again later.'],
  [/^40001$|^40P01$|^SQLITE_BUSY/, 'The database was busy with another change; try again.'],
  [/^SQLITE_CANTOPEN$|^EACCES$|^EPERM$/, 'Cannot open the database file; check that the data folder exists and is writable.'],
  [/^SQLITE_FULL$|^ENOSPC$/, 'The disk is full; free some space and try again.'],
  [/^SQLITE_CORRUPT|^SQLITE_NOTADB$/, 'The database file is damaged; restore it from a backup.'],
];

/**
 * What to tell the person at the terminal about a failure: our own errors as they are, a
 * database's or the system's as a sentence of ours (never the driver's raw text).
 */
export function describeFailure(err: unknown): string {
  if (err instanceof CliError || err instanceof AppError) return err.message;
  const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : '';
  const sentence = code ? DATABASE_SENTENCES.find(([pattern]) => pattern.test(code))?.[1] : undefined;
  if (sentence) return sentence;
  if (code && /^(SQLITE_|[0-9A-Z]{5}$)/.test(code)) return `The database reported a problem (${code}); nothing was changed.`;
  return `Offerbook stopped: ${err instanceof Error ? err.message : String(err)}`;
}
