/** How an interview happens (the same values as the API's `InterviewKind`). */
export type InterviewKind = 'phone' | 'video' | 'onsite';

export const INTERVIEW_KIND_VALUES: readonly InterviewKind[] = ['phone', 'video', 'onsite'];

/** One item of an interview's checklist. */
export interface ChecklistItem {
  id: string;
  label: string;
  done: boolean;
}
