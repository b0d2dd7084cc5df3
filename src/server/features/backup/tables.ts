import { z } from 'zod';
import { CalendarDate, Id, Instant } from '../../../contracts/common.js';
import { REMOTE_POLICIES, SALARY_PERIODS, STAGES } from '../../../contracts/opportunities.js';
import { FIT_RATINGS } from '../../../contracts/priorities.js';
import { PERSON_ROLES } from '../../../core/contacts/person.js';
import { FACT_TOPIC_KEYS } from '../../../core/research/checklist.js';
import { FOLLOWUP_BACKUP_TABLES } from '../followups/backup-tables.js';
import { INTERVIEW_BACKUP_TABLES } from '../interviews/backup-tables.js';
import { OFFER_BACKUP_TABLES } from '../offers/backup-tables.js';
import { POSTING_BACKUP_TABLES } from '../postings/backup-tables.js';
import { PRACTICE_BACKUP_TABLES } from '../practice/backup-tables.js';
import { QUESTION_BACKUP_TABLES } from '../questions/backup-tables.js';
import { int, isStringArrayJson, text, type BackupTable } from './columns.js';

/**
 * The owned tables a backup holds, parents before children, each with the exact row shape
 * (database columns without owner_id). A new owned table is added here and nowhere else.
 */
const CORE_TABLES = [
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
  {
    name: 'facts',
    key: 'id',
    row: z.strictObject({
      id: Id,
      employer_id: Id,
      topic: z.enum(FACT_TOPIC_KEYS),
      statement: text(5_000).min(1),
      source_url: text(2000).nullable(),
      noted_on: CalendarDate.nullable(),
      created_at: Instant,
      updated_at: Instant,
    }),
    refs: { employer_id: 'employers' },
  },
  {
    name: 'people',
    key: 'id',
    row: z.strictObject({
      id: Id,
      employer_id: Id.nullable(),
      name: text(200).min(1),
      title: text(200).nullable(),
      role: z.enum(PERSON_ROLES),
      email: text(320).nullable(),
      phone: text(50).nullable(),
      links: z.string().refine(isStringArrayJson, { message: 'must be a JSON array of links' }),
      background: text(20_000),
      in_common: text(5_000),
      created_at: Instant,
      updated_at: Instant,
    }),
    refs: { employer_id: 'employers' },
  },
  {
    name: 'opportunity_people',
    key: 'id',
    row: z.strictObject({ id: Id, opportunity_id: Id, person_id: Id, created_at: Instant }),
    refs: { opportunity_id: 'opportunities', person_id: 'people' },
  },
  {
    name: 'priorities',
    key: 'id',
    row: z.strictObject({
      id: Id,
      key: text(50).min(1),
      name: text(100).min(1),
      weight: int.min(0).max(5),
      description: text(500),
      max_commute_minutes: int.nullable(),
      pay_floor: int.nullable(),
      position: int,
      updated_at: Instant,
    }),
    refs: {},
  },
  {
    name: 'fit_ratings',
    key: 'id',
    row: z.strictObject({
      id: Id,
      opportunity_id: Id,
      priority_key: text(50).min(1),
      rating: z.enum(FIT_RATINGS),
      evidence: text(5_000),
      fact_ids: z.string().refine(isStringArrayJson, { message: 'must be a JSON array of ids' }),
      updated_at: Instant,
    }),
    refs: { opportunity_id: 'opportunities' },
  },
] as const satisfies readonly BackupTable[];

/** Every owned table a backup holds: features add theirs in their own backup-tables.ts. */
export const BACKUP_TABLES = [
  ...CORE_TABLES,
  ...PRACTICE_BACKUP_TABLES,
  ...QUESTION_BACKUP_TABLES,
  ...INTERVIEW_BACKUP_TABLES,
  ...FOLLOWUP_BACKUP_TABLES,
  ...OFFER_BACKUP_TABLES,
  ...POSTING_BACKUP_TABLES,
] as const satisfies readonly BackupTable[];
