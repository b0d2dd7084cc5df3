import { AppError } from '../../errors.js';

/** A page's `nextCursor`: where the next page starts in the list's order (updated_at desc, id desc). */
export function encodeCursor(updatedAt: string, id: string): string {
  return Buffer.from(JSON.stringify([updatedAt, id])).toString('base64url');
}

/** Reads a cursor back; anything this server did not write is a 400 naming `cursor`. */
export function decodeCursor(cursor: string): { updatedAt: string; id: string } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
    return { updatedAt: value[0], id: value[1] };
  }
  throw new AppError('validation', 'is not a cursor this list gave out', { field: 'cursor' });
}
