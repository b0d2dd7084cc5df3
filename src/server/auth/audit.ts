import { uuidv7 } from '../../core/ids.js';
import type { Db } from '../db/connect.js';

/** What the audit log records: sign-ins, account changes, shares, and exports, restores and deletions (never their content). */
export type AuditAction =
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-out'
  | 'sign-out-everywhere'
  | 'session-revoked'
  | 'password-changed'
  | 'password-reset'
  | 'reset-link-issued'
  | 'invitation-created'
  | 'invitation-accepted'
  | 'user-created'
  | 'user-updated'
  | 'share-created'
  | 'share-revoked'
  | 'data-exported'
  | 'data-restored'
  | 'account-deleted';

export interface AuditEntry {
  at: Date;
  actorId: string | null;
  action: AuditAction;
  subject?: string | null;
  ip?: string | null;
  detail?: Record<string, unknown>;
}

/** Appends one line to the audit log. */
export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db.kysely
    .insertInto('audit_log')
    .values({
      id: uuidv7(),
      at: entry.at.toISOString(),
      actor_id: entry.actorId,
      action: entry.action,
      subject: entry.subject ?? null,
      ip: entry.ip ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}
