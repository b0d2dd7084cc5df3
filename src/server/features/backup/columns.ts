import { z } from 'zod';
import type { Database } from '../../db/schema.js';

/** One owned table in a backup: its row shape (columns without owner_id), key, and references to parents. */
export interface BackupTable {
  name: keyof Database;
  key: string;
  row: z.ZodObject;
  refs: Record<string, keyof Database>;
}

/** A text column of at most `max` characters. */
export const text = (max: number) => z.string().max(max);
/** An integer column. */
export const int = z.number().int();

/** True for a JSON array of strings (how list columns are stored). */
export function isStringArrayJson(value: string): boolean {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}
