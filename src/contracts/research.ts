import { z } from 'zod';
import { FACT_TOPIC_KEYS } from '../core/research/checklist.js';
import { CalendarDate, Id, Instant, WebLink, shortText } from './common.js';

export const FactTopic = z.enum(FACT_TOPIC_KEYS);

const factFields = {
  topic: FactTopic,
  /** The researched statement; Markdown allowed. */
  statement: shortText(5_000),
  sourceUrl: WebLink.nullable().optional(),
  notedOn: CalendarDate.nullable().optional(),
};

/** Body of `POST /api/employers/:id/facts`. */
export const CreateFact = z.strictObject({ id: Id.optional(), ...factFields });
export type CreateFact = z.infer<typeof CreateFact>;

/** Body of `PATCH /api/facts/:id`. */
export const UpdateFact = z.strictObject({
  topic: FactTopic.optional(),
  statement: factFields.statement.optional(),
  sourceUrl: factFields.sourceUrl,
  notedOn: factFields.notedOn,
});
export type UpdateFact = z.infer<typeof UpdateFact>;

/** A researched fact about an employer, with its source. */
export const Fact = z.object({
  id: Id,
  employerId: Id,
  topic: FactTopic,
  statement: z.string(),
  sourceUrl: z.string().nullable(),
  notedOn: z.string().nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Fact = z.infer<typeof Fact>;

export const ChecklistItem = z.object({
  topic: FactTopic,
  label: z.string(),
  hint: z.string(),
  known: z.number(),
  gap: z.boolean(),
});

/** The research view of one opportunity: its employer's facts and the checklist of gaps. */
export const Research = z.object({
  employerId: Id,
  employerName: z.string(),
  facts: z.array(Fact),
  checklist: z.object({ items: z.array(ChecklistItem), coverage: z.number(), gapCount: z.number() }),
});
export type Research = z.infer<typeof Research>;
