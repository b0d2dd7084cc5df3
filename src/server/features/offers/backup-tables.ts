import { z } from 'zod';
import { CalendarDate, Id, Instant } from '../../../contracts/common.js';
import { OFFER_STATUSES } from '../../../contracts/offers.js';
import { REMOTE_POLICIES, SALARY_PERIODS } from '../../../contracts/opportunities.js';
import { int, text, type BackupTable } from '../backup/columns.js';

/** The offer tables (calendar feed tokens are secrets and stay out of backups) a backup holds, parents first. */
export const OFFER_BACKUP_TABLES = [
  {
    name: 'offers',
    key: 'id',
    row: z.strictObject({
      id: Id,
      opportunity_id: Id,
      base_pay: int.min(0).nullable(),
      currency: text(3).nullable(),
      pay_period: z.enum(SALARY_PERIODS).nullable(),
      bonus: text(2_000),
      equity: text(2_000),
      benefits: text(5_000),
      start_date: CalendarDate.nullable(),
      location: text(200),
      remote_policy: z.enum(REMOTE_POLICIES).nullable(),
      deadline: CalendarDate.nullable(),
      status: z.enum(OFFER_STATUSES),
      notes: text(10_000),
      created_at: Instant,
      updated_at: Instant,
    }),
    refs: { opportunity_id: 'opportunities' },
  },
] as const satisfies readonly BackupTable[];
