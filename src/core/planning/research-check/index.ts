export { checkQuestion, warmUpResearchCheck } from './check.js';
export type { CheckQuestionInput, ResearchCheck } from './check.js';
export { normalizeQuestion } from './normalize.js';
