import { z } from 'zod';
import { Id, Instant } from '../../../contracts/common.js';
import { CONCERN_STATUSES, ChecklistItem, INTERVIEW_KINDS, Stumper } from '../../../contracts/interviews.js';
import { NOTE_MARKERS } from '../../../contracts/notes.js';
import { isValidTimeZone } from '../../../core/followup/zoned-time.js';
import { int, text, type BackupTable } from '../backup/columns.js';

// A JSON text column whose parsed value must match the schema.
function jsonOf(schema: z.ZodType, what: string) {
  return z.string().refine(
    (value) => {
      try {
        return schema.safeParse(JSON.parse(value)).success;
      } catch {
        return false;
      }
    },
    { message: `must be ${what} as JSON` },
  );
}

const minutes = int.min(5).max(960);

/** The interview tables a backup holds, parents first (notes before concerns: a concern may refer to its note). */
export const INTERVIEW_BACKUP_TABLES = [
  {
    name: 'interviews',
    key: 'id',
    row: z.strictObject({
      id: Id,
      opportunity_id: Id,
      kind: z.enum(INTERVIEW_KINDS),
      title: text(200),
      starts_at: Instant,
      time_zone: text(64).refine(isValidTimeZone, { message: 'must be an IANA time zone' }),
      duration_minutes: minutes,
      location: text(2_000),
      checklist: jsonOf(z.array(ChecklistItem).max(60), 'a checklist'),
      deleted_at: Instant.nullable(),
      created_at: Instant,
      updated_at: Instant,
    }),
    refs: { opportunity_id: 'opportunities' },
  },
  {
    name: 'conversations',
    key: 'id',
    row: z.strictObject({
      id: Id,
      interview_id: Id,
      starts_at: Instant,
      duration_minutes: minutes,
      topic: text(200),
      position: int,
      created_at: Instant,
      updated_at: Instant,
    }),
    refs: { interview_id: 'interviews' },
  },
  {
    name: 'conversation_people',
    key: 'id',
    row: z.strictObject({ id: Id, conversation_id: Id, person_id: Id, position: int }),
    refs: { conversation_id: 'conversations', person_id: 'people' },
  },
  {
    // conflict_of names another note of the same table; it is not a foreign key, so it is not checked as a reference.
    name: 'interview_notes',
    key: 'id',
    row: z.strictObject({
      id: Id,
      interview_id: Id,
      conversation_id: Id.nullable(),
      text: text(20_000),
      marker: z.enum(NOTE_MARKERS),
      revision: int.min(1),
      conflict_of: Id.nullable(),
      written_at: Instant,
      deleted_at: Instant.nullable(),
      created_at: Instant,
      updated_at: Instant,
    }),
    refs: { interview_id: 'interviews', conversation_id: 'conversations' },
  },
  {
    name: 'concerns',
    key: 'id',
    row: z.strictObject({
      id: Id,
      opportunity_id: Id,
      interview_id: Id.nullable(),
      conversation_id: Id.nullable(),
      note_id: Id.nullable(),
      raised_by_person_id: Id.nullable(),
      text: text(1_000).min(1),
      status: z.enum(CONCERN_STATUSES),
      how_addressed: text(5_000),
      // Backups made before 0012_sayable_text have neither.
      reply_reference: text(300).default(''),
      reply_line: text(1_000).default(''),
      created_at: Instant,
      updated_at: Instant,
    }),
    refs: {
      opportunity_id: 'opportunities',
      interview_id: 'interviews',
      conversation_id: 'conversations',
      note_id: 'interview_notes',
      raised_by_person_id: 'people',
    },
  },
  {
    name: 'reflections',
    key: 'id',
    row: z.strictObject({
      id: Id,
      interview_id: Id,
      rating: int.min(1).max(5).nullable(),
      went_well: text(10_000),
      to_improve: text(10_000),
      signals: text(10_000),
      stumpers: jsonOf(z.array(Stumper).max(30), 'a list of questions'),
      created_at: Instant,
      updated_at: Instant,
    }),
    refs: { interview_id: 'interviews' },
  },
] as const satisfies readonly BackupTable[];
