// Table types of server mode: users, sessions, invitations, password resets, rate limits, coach shares and comments, the audit log.
import type { ColumnType } from 'kysely';
import type { Instant } from './instant.js';

export interface UsersTable {
  id: string;
  display_name: string;
  is_local: ColumnType<number, number | undefined, number>;
  created_at: Instant;
  /** Server mode: lower-cased sign-in email (null for the local user). */
  email: ColumnType<string | null, string | null | undefined, string | null>;
  /** argon2id hash; null until a password is set. */
  password_hash: ColumnType<string | null, string | null | undefined, string | null>;
  /** candidate, coach or admin. */
  role: ColumnType<string, string | undefined, string>;
  disabled_at: ColumnType<Instant | null, Instant | null | undefined, Instant | null>;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the random token in the cookie. */
  id: string;
  user_id: string;
  created_at: Instant;
  last_seen_at: Instant;
  expires_at: Instant;
  revoked_at: Instant | null;
  user_agent: string | null;
  ip: string | null;
}

export interface InvitationsTable {
  id: string;
  token_hash: string;
  email: string;
  role: string;
  created_by: string | null;
  created_at: Instant;
  expires_at: Instant;
  used_at: Instant | null;
}

export interface PasswordResetsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_by: string | null;
  created_at: Instant;
  expires_at: Instant;
  used_at: Instant | null;
}

/** A browser an account signed in from (server mode): its sign-ins skip the account's back-off. */
export interface KnownDevicesTable {
  /** SHA-256 (hex) of the random token in the ob_device cookie. */
  id: string;
  user_id: string;
  created_at: Instant;
  last_used_at: Instant;
}

export interface RateLimitsTable {
  key: string;
  window_start: Instant;
  count: number;
}

export interface SharesTable {
  id: string;
  /** The candidate who shares. */
  owner_id: string;
  coach_id: string;
  /** `opportunity` (one opportunity, its plan and answers) or `answers` (all answers). */
  scope: string;
  opportunity_id: string | null;
  /** "Employer — Role" when shared. */
  title: string | null;
  created_at: Instant;
  revoked_at: Instant | null;
}

export interface ShareCommentsTable {
  id: string;
  /** The candidate whose content it is about. */
  owner_id: string;
  share_id: string;
  author_id: string;
  /** `answer` or `question-plan`. */
  target_kind: string;
  target_id: string;
  body: string;
  created_at: Instant;
}

export interface AuditLogTable {
  id: string;
  at: Instant;
  actor_id: string | null;
  action: string;
  subject: string | null;
  ip: string | null;
  /** JSON object. */
  detail: ColumnType<string, string | undefined, string>;
}
