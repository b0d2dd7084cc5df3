import { z } from 'zod';
import { Id, Instant } from '../../../contracts/common.js';
import { TONES } from '../../../contracts/followups.js';
import { int, text, type BackupTable } from '../backup/columns.js';

/** The follow-up tables a backup holds, parents first. */
export const FOLLOWUP_BACKUP_TABLES = [
  {
    name: 'follow_ups',
    key: 'id',
    row: z.strictObject({
      id: Id,
      opportunity_id: Id,
      interview_id: Id.nullable(),
      person_id: Id.nullable(),
      kind: z.enum(['thank-you', 'check-in']),
      sequence: int.min(0).max(3),
      item_key: text(200).min(1),
      tone: z.enum(TONES).nullable(),
      subject: text(300).nullable(),
      draft: text(20_000).nullable(),
      // Backups made before 0012_sayable_text have no mention.
      mention: text(1_000).nullable().default(null),
      sent_at: Instant.nullable(),
      dismissed_at: Instant.nullable(),
      created_at: Instant,
      updated_at: Instant,
    }),
    refs: { opportunity_id: 'opportunities', interview_id: 'interviews', person_id: 'people' },
  },
  {
    name: 'follow_up_settings',
    key: 'owner_id',
    row: z.strictObject({
      rules: text(20_000).refine(isJsonObject, { message: 'must be a JSON object' }),
      sender_name: text(100),
      updated_at: Instant,
    }),
    refs: {},
  },
] as const satisfies readonly BackupTable[];

function isJsonObject(value: string): boolean {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}
