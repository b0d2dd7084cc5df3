import { createHash } from 'node:crypto';

/** Most named statements one PostgreSQL connection prepares; the app has a few hundred query shapes at most. */
export const MAX_NAMED_PER_CONNECTION = 200;

/** Queries worth preparing: reads and writes (schema changes, `set_config` and the like run unnamed). */
const PREPARABLE = /^\s*(?:select|insert|update|delete|with)\b/i;

/** How many distinct texts a connection remembers having seen once (a text is named from its second use). */
const SEEN_ONCE_MAX = 1000;

type Callback = (err: Error | null, result: unknown) => void;

/** The part of a `pg` client this touches: `query(text, values)` as Kysely calls it, and the config form. */
export interface PgQueryable {
  query(config: unknown, values?: unknown, callback?: Callback): unknown;
  /** `pg`'s own record of the last ReadyForQuery: `I` idle, `T` in a transaction, `E` in a failed one. */
  _txStatus?: string | null;
}

/**
 * PostgreSQL's answer when a named statement's result columns changed under it (a migration, run
 * by this or another instance, added or dropped a column of a `select *`): the statement fails
 * on every later use on that connection.
 */
const STALE_PLAN = '0A000';

/** A stable name for a statement's text (the same text gets the same name on every connection and instance). */
export function statementName(text: string): string {
  return `ob_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
}

/**
 * Makes a `pg` connection run the queries it sees again as named prepared statements: PostgreSQL
 * parses and plans a named statement once per connection and then only binds and executes it.
 * Kysely compiles each repository query to the same text every time, so its shapes are few and
 * repeat; a text is named from its second use on the connection (one-off texts, such as an `in`
 * list of a new length, are not kept), by a hash of the text, and at most `max` names per
 * connection (past that, new texts run unnamed as before). Streams, configs and anything but plain
 * reads and writes pass through untouched.
 */
export function nameRepeatedStatements(client: PgQueryable, max = MAX_NAMED_PER_CONNECTION): void {
  const query = client.query.bind(client);
  const named = new Set<string>();
  const seenOnce = new Set<string>();
  const stale = new Set<string>();
  client.query = (config: unknown, values?: unknown, callback?: Callback) => {
    if (typeof config !== 'string' || typeof values === 'function' || callback || !PREPARABLE.test(config) || stale.has(config)) {
      return query(config, values, callback);
    }
    const name = nameFor(config, named, seenOnce, max);
    if (!name) return query(config, values);
    return (query({ text: config, values, name }) as Promise<unknown>).catch((err: unknown) => {
      if ((err as { code?: string }).code !== STALE_PLAN) throw err;
      // The text runs unnamed on this connection from now on. Outside a transaction it is run
      // again at once; inside one the transaction has failed, so the error goes to its caller.
      stale.add(config);
      if (client._txStatus !== 'I') throw err;
      return query(config, values);
    });
  };
}

function nameFor(text: string, named: Set<string>, seenOnce: Set<string>, max: number): string | null {
  const name = statementName(text);
  if (named.has(name)) return name;
  if (named.size >= max) return null;
  if (!seenOnce.has(text)) {
    if (seenOnce.size >= SEEN_ONCE_MAX) seenOnce.clear();
    seenOnce.add(text);
    return null;
  }
  seenOnce.delete(text);
  named.add(name);
  return name;
}
