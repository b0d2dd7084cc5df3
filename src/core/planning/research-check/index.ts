export { checkQuestion, warmUpResearchCheck } from './check.js';
export type { ResearchCheck } from './check.js';
