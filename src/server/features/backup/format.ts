import { z } from 'zod';
import { Instant } from '../../../contracts/common.js';
import { findJsonSyntaxError } from '../../../core/json-syntax.js';
import { BACKUP_TABLES } from './tables.js';

/** Identifies our backup files. */
export const BACKUP_FORMAT = 'offerbook-backup';
/** Bumped when the file's shape changes incompatibly. */
export const BACKUP_VERSION = 1;

// A table missing from an older file (made before the table existed) reads as empty.
const tables = Object.fromEntries(BACKUP_TABLES.map((t) => [t.name, z.array(t.row).default([])])) as {
  [T in (typeof BACKUP_TABLES)[number] as T['name']]: z.ZodDefault<z.ZodArray<T['row']>>;
};

/** The whole backup file. */
export const BackupFile = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { message: `must be "${BACKUP_FORMAT}"` }),
  version: z.literal(BACKUP_VERSION, { message: `must be ${BACKUP_VERSION} (this Offerbook reads version ${BACKUP_VERSION})` }),
  schemaVersion: z.string(),
  exportedAt: Instant,
  tables: z.strictObject(tables),
});
export type BackupFile = z.infer<typeof BackupFile>;

/** Raised for a file that cannot be imported; says where (JSON path, or line and column). */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly where: string,
  ) {
    super(`${where}: ${message}`);
    this.name = 'BackupError';
  }
}

function jsonPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), '$');
}

/**
 * Parses and fully validates a backup: syntax, shape, unique keys and references between tables.
 * Nothing is written before this has passed.
 */
export function parseBackup(text: string): BackupFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const syntax = findJsonSyntaxError(text);
    if (syntax === null) throw new BackupError('not valid JSON', 'JSON');
    throw new BackupError(`not valid JSON (${syntax.message})`, `line ${syntax.line}, column ${syntax.column}`);
  }
  const parsed = BackupFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    throw new BackupError(issue.code === 'unrecognized_keys' ? 'is not a known field' : issue.message, jsonPath(path));
  }
  checkIntegrity(parsed.data);
  return parsed.data;
}

function checkIntegrity(file: BackupFile): void {
  const keys = new Map<string, Set<string>>();
  for (const table of BACKUP_TABLES) {
    const rows = file.tables[table.name] as Record<string, unknown>[];
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const key = table.key in row ? String(row[table.key]) : String(index);
      if (table.key in row && seen.has(key))
        throw new BackupError(`duplicate ${table.key} ${key}`, jsonPath(['tables', table.name, index, table.key]));
      seen.add(key);
      for (const [column, parent] of Object.entries(table.refs)) {
        if (row[column] === null) continue;
        if (!keys.get(parent)?.has(String(row[column]))) {
          throw new BackupError(
            `refers to a missing ${parent} row ${String(row[column])}`,
            jsonPath(['tables', table.name, index, column]),
          );
        }
      }
    });
    keys.set(table.name, seen);
  }
  if (file.tables.settings.length > 1) throw new BackupError('holds more than one settings row', '$.tables.settings');
}
