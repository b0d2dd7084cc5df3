import { notFound } from '../errors.js';
import type { Actor } from './actor.js';

/**
 * The one access check: returns the row when the actor owns it, otherwise throws 404 — never 403,
 * so nobody learns that someone else's object exists.
 */
export function requireOwned<T extends { owner_id: string }>(actor: Actor, row: T | undefined, what: string): T {
  if (!row || row.owner_id !== actor.userId) throw notFound(what);
  return row;
}
