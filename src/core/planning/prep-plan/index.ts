/** Short-notice prep plan: the most valuable preparation in the time left. */
export { planPrep, bufferMinutes } from './plan.js';
export { PREP_CLOCK } from './windows.js';
export type { PlanPrepInput, PrepMode, PrepPlan, PrepStep, PrepStepKind } from './types.js';
