import { z } from 'zod';
import { Id, Instant } from '../../../contracts/common.js';
import { FindingCounts, Metrics } from '../../../contracts/practice.js';
import { int, isStringArrayJson, text, type BackupTable } from '../backup/columns.js';

const jsonList = z.string().refine(isStringArrayJson, { message: 'must be a JSON array of strings' });

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

const promptId = text(100).min(1);
const score = int.min(0).max(100);

/** The practice tables a backup holds (same shape as BACKUP_TABLES entries), parents first. */
export const PRACTICE_BACKUP_TABLES = [
  {
    name: 'answers',
    key: 'id',
    row: z.strictObject({ id: Id, prompt_id: promptId, opportunity_id: Id.nullable(), created_at: Instant, updated_at: Instant }),
    refs: { opportunity_id: 'opportunities' },
  },
  {
    name: 'answer_versions',
    key: 'id',
    row: z.strictObject({
      id: Id,
      answer_id: Id,
      number: int.min(1),
      text: text(20_000),
      note: text(2_000),
      score,
      finding_counts: jsonOf(FindingCounts, 'finding counts'),
      created_at: Instant,
    }),
    refs: { answer_id: 'answers' },
  },
  {
    name: 'stories',
    key: 'id',
    row: z.strictObject({
      id: Id,
      title: text(200).min(1),
      situation: text(5_000),
      task: text(5_000),
      action: text(5_000),
      result: text(5_000),
      skills: jsonList,
      numbers: jsonList,
      created_at: Instant,
      updated_at: Instant,
    }),
    refs: {},
  },
  {
    name: 'rehearsals',
    key: 'id',
    row: z.strictObject({
      id: Id,
      prompt_id: promptId,
      opportunity_id: Id.nullable(),
      answer_text: text(20_000),
      duration_ms: int.min(0).max(3_600_000),
      self_rating: int.min(1).max(5),
      note: text(5_000),
      transcribed: int.min(0).max(1),
      score,
      finding_counts: jsonOf(FindingCounts, 'finding counts'),
      metrics: jsonOf(Metrics, 'coach metrics'),
      created_at: Instant,
    }),
    refs: { opportunity_id: 'opportunities' },
  },
] as const satisfies readonly BackupTable[];
