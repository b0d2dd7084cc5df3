/** Short-notice prep plan: the most valuable preparation in the time left. */
export { planPrep } from './plan.js';
export type { PlanPrepInput } from './types.js';
