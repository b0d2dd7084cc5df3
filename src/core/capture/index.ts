export { capturePosting } from './capture.js';
export { CAPTURE_FIELDS } from './types.js';
export type { CaptureField, CaptureInput, CaptureResult, CapturedFields } from './types.js';
export { findDuplicates } from './duplicates.js';
export { parseHtml } from './html/tree.js';
export { sanitizeTree } from './html/sanitize.js';
