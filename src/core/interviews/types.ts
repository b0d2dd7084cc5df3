export { INTERVIEW_KINDS as INTERVIEW_KIND_VALUES, type InterviewKind } from '../../contracts/values.js';

/** One item of an interview's checklist. */
export interface ChecklistItem {
  id: string;
  label: string;
  done: boolean;
}
