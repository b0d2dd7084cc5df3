import { z } from 'zod';
import { CalendarDate, Id, Instant } from '../../../contracts/common.js';
import { REMOTE_POLICIES, SALARY_PERIODS, STAGES } from '../../../contracts/opportunities.js';
import type { Database } from '../../db/schema.js';

const text = (max: number) => z.string().max(max);
const int = z.number().int();

/**
 * The owned tables a backup holds, parents before children, each with the exact row shape
 * (database columns without owner_id). A new owned table is added here and nowhere else.
 */
export const BACKUP_TABLES = [
  {
    name: 'employers',
    key: 'id',
    row: z.strictObject({ id: Id, name: text(200).min(1), name_key: text(200).min(1), created_at: Instant, updated_at: Instant }),
    refs: {},
  },
  {
    name: 'opportunities',
    key: 'id',
    row: z.strictObject({
      id: Id,
      employer_id: Id,
      role_title: text(200).min(1),
      location: text(200).nullable(),
      remote_policy: z.enum(REMOTE_POLICIES).nullable(),
      source_url: text(2000).nullable(),
      salary_min: int.nullable(),
      salary_max: int.nullable(),
      salary_currency: text(3).nullable(),
      salary_period: z.enum(SALARY_PERIODS).nullable(),
      job_description: text(50_000),
      stage: z.enum(STAGES),
      next_action: text(300).nullable(),
      next_action_due: CalendarDate.nullable(),
      excitement: int.min(1).max(5).nullable(),
      archived_at: Instant.nullable(),
      stage_changed_at: Instant,
      created_at: Instant,
      updated_at: Instant,
    }),
    refs: { employer_id: 'employers' },
  },
  {
    name: 'opportunity_events',
    key: 'id',
    row: z.strictObject({
      id: Id,
      opportunity_id: Id,
      kind: z.enum(['created', 'stage', 'archived', 'unarchived']),
      from_stage: z.enum(STAGES).nullable(),
      to_stage: z.enum(STAGES).nullable(),
      at: Instant,
    }),
    refs: { opportunity_id: 'opportunities' },
  },
  {
    name: 'settings',
    key: 'owner_id',
    row: z.strictObject({ pipeline_target: int.min(1).max(50), updated_at: Instant }),
    refs: {},
  },
] as const satisfies readonly {
  name: keyof Database;
  key: string;
  row: z.ZodObject;
  refs: Record<string, keyof Database>;
}[];

export type BackupTableName = (typeof BACKUP_TABLES)[number]['name'];
