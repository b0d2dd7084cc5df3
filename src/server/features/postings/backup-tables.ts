import { z } from 'zod';
import { CalendarDate, Id, Instant } from '../../../contracts/common.js';
import { text, type BackupTable } from '../backup/columns.js';

/** The kept posting copies a backup holds. */
export const POSTING_BACKUP_TABLES = [
  {
    name: 'posting_copies',
    key: 'id',
    row: z.strictObject({
      id: Id,
      opportunity_id: Id,
      source_url: text(2000).nullable(),
      posted_at: CalendarDate.nullable(),
      closes_at: CalendarDate.nullable(),
      text: text(200_000),
      html: text(400_000).nullable(),
      captured_at: Instant,
    }),
    refs: { opportunity_id: 'opportunities' },
  },
] as const satisfies readonly BackupTable[];
