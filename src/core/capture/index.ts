export { capturePosting, MAX_CAPTURE_INPUT } from './capture.js';
export { CAPTURE_FIELDS, CAPTURE_SOURCES, EMPLOYMENT_TYPES } from './types.js';
export type { CaptureField, CaptureInput, CaptureResult, CaptureSource, CapturedFields, EmploymentType, PostingFact } from './types.js';
export { findDuplicates, normaliseUrl, titleSimilarity } from './duplicates.js';
export type { DuplicateMatch, KnownOpportunity } from './duplicates.js';
export { parseHtml } from './html/tree.js';
export { sanitizeTree } from './html/sanitize.js';
