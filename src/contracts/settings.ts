import { z } from 'zod';

/** The user's preferences that rules in src/core read. */
export const Settings = z.object({
  /** Below this many active opportunities (and no offer yet) the dashboard says to add leads. */
  pipelineTarget: z.number().int().min(1).max(50),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { pipelineTarget: 3 };

export const UpdateSettings = z.strictObject({
  pipelineTarget: z.number().int().min(1, { message: 'must be 1 to 50' }).max(50, { message: 'must be 1 to 50' }).optional(),
});
export type UpdateSettings = z.infer<typeof UpdateSettings>;
