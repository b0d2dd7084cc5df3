/** The answer coach: findings with stable codes and spans, plus spoken-length metrics. */
export { analyze, createCoach, review, DEFAULT_WORDS_PER_MINUTE, FILLER_PROBLEM_PER_MINUTE, FILLER_WARN_PER_MINUTE } from './coach.js';
export { FINDING_CODES, FINDING_CODE_LIST, FINDING_LABELS } from './codes.js';
export { groupFindings } from './feedback.js';
export type { FindingGroup } from './feedback.js';
export { scoreFindings, SEVERITY_RANK } from './score.js';
export { closestPrompt, DEFAULT_TARGET, STORY_TARGET, WHY_LEFT_TARGET } from './prompt-context.js';
export type { Analysis, AnalyzeInput, AnalyzeOptions, Coach, Finding, FindingCode, Metrics, Review, Severity, Strength } from './types.js';
export { draftWhyLeft, WHY_LEFT_FRAMES } from './why-left.js';
export type { WhyLeftFrame, WhyLeftFrameId, WhyLeftSlots } from './why-left.js';
export { suggestStories } from './story-fit.js';
export type { Story, StoryFit } from './story-fit.js';
