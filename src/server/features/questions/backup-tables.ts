import { z } from 'zod';
import { CalendarDate, Id, Instant } from '../../../contracts/common.js';
import { CHANNELS } from '../../../contracts/values.js';
import { PURPOSES, ROLES } from '../../../core/library/questions-to-ask/types.js';
import { int, isStringArrayJson, text, type BackupTable } from '../backup/columns.js';

const jsonList = z.string().refine(isStringArrayJson, { message: 'must be a JSON array of strings' });
const flag = int.min(0).max(1);

/** The question-plan tables a backup holds (same shape as BACKUP_TABLES entries), parents first. */
export const QUESTION_BACKUP_TABLES = [
  {
    name: 'user_questions',
    key: 'id',
    row: z.strictObject({
      id: Id,
      based_on: text(80).nullable(),
      text: text(1_000).min(1),
      purpose: z.enum(PURPOSES),
      roles: jsonList,
      informs: jsonList,
      created_at: Instant,
      updated_at: Instant,
    }),
    refs: {},
  },
  {
    name: 'question_plans',
    key: 'id',
    row: z.strictObject({
      id: Id,
      opportunity_id: Id,
      closing_line: text(2_000).nullable(),
      interviewers_set: flag,
      created_at: Instant,
      updated_at: Instant,
    }),
    refs: { opportunity_id: 'opportunities' },
  },
  {
    name: 'question_plan_interviewers',
    key: 'id',
    row: z.strictObject({ id: Id, plan_id: Id, person_id: Id, role: z.enum(ROLES), position: int }),
    refs: { plan_id: 'question_plans', person_id: 'people' },
  },
  {
    name: 'question_plan_items',
    key: 'id',
    row: z.strictObject({
      id: Id,
      plan_id: Id,
      question_id: text(80).nullable(),
      text: text(1_000).min(1),
      purpose: z.enum(PURPOSES),
      roles: jsonList,
      position: int,
      interviewer_person_id: Id.nullable(),
      pinned: flag,
      asked: flag,
      answer_heard: text(5_000),
      created_at: Instant,
      updated_at: Instant,
    }),
    refs: { plan_id: 'question_plans', interviewer_person_id: 'people' },
  },
  {
    name: 'housekeeping',
    key: 'id',
    row: z.strictObject({
      id: Id,
      opportunity_id: Id,
      next_steps: text(2_000),
      decision_date: CalendarDate.nullable(),
      candidate_count: int.nullable(),
      best_contact: text(200),
      best_contact_person_id: Id.nullable(),
      preferred_channel: z.enum(CHANNELS).nullable(),
      preferred_timing: text(200),
      contact_email: text(320).nullable(),
      contact_phone: text(50).nullable(),
      updated_at: Instant,
    }),
    refs: { opportunity_id: 'opportunities', best_contact_person_id: 'people' },
  },
] as const satisfies readonly BackupTable[];
