/*
 * Every TanStack Query key of the web app, in one place, so a mutation invalidates exactly what it
 * changes: a key's first part names the data, and invalidating a prefix (`all`) reaches every key under it.
 * Features re-export their group from their `queries.ts`.
 */

/** Opportunities, their lists and timeline; the dashboard and settings they feed. */
export const opportunityKeys = {
  allLists: ['opportunities'] as const,
  list: (f: { stage?: string | undefined; archived?: string | undefined; q?: string | undefined }) =>
    ['opportunities', { stage: f.stage ?? null, archived: f.archived ?? 'false', q: f.q ?? '' }] as const,
  one: (id: string) => ['opportunity', id] as const,
  timeline: (id: string) => ['timeline', id] as const,
  /** The kept copy of an opportunity's posting. */
  posting: (id: string) => ['opportunities', id, 'posting'] as const,
  /** Every opportunity, for choosing what to share with a coach. */
  forSharing: ['opportunities', 'for-sharing'] as const,
  dashboard: ['dashboard'] as const,
  settings: ['settings'] as const,
};

/** Research facts of an opportunity's employer. */
export const researchKeys = {
  all: ['research'] as const,
  one: (opportunityId: string) => ['research', opportunityId] as const,
};

/** Search results (invalidated whenever something searchable changes). */
export const searchKeys = {
  all: ['search'] as const,
  results: (term: string, limit: number) => ['search', term, limit] as const,
};

/** Offers, their comparison and closing notes. */
export const offerKeys = {
  all: ['offers'] as const,
  one: (opportunityId: string) => ['offers', 'one', opportunityId] as const,
  compare: (today: string) => ['offers', 'compare', today] as const,
  closingNotes: (opportunityId: string) => ['offers', 'closing-notes', opportunityId] as const,
};

/** Priorities and the fit of each opportunity against them. */
export const priorityKeys = {
  list: ['priorities'] as const,
  allFits: ['fit'] as const,
  fit: (opportunityId: string) => ['fit', opportunityId] as const,
};

/** The question library, plans and housekeeping answers. */
export const questionKeys = {
  library: ['questions', 'library'] as const,
  plan: (opportunityId: string) => ['questions', 'plan', opportunityId] as const,
  housekeeping: (opportunityId: string) => ['questions', 'housekeeping', opportunityId] as const,
};

/** Interviews, concerns and reflections. */
export const interviewKeys = {
  all: ['interviews'] as const,
  of: (opportunityId: string) => ['interviews', 'opportunity', opportunityId] as const,
  one: (id: string) => ['interviews', 'one', id] as const,
  concerns: (interviewId: string) => ['interviews', 'concerns', interviewId] as const,
  reflection: (interviewId: string) => ['interviews', 'reflection', interviewId] as const,
  prompts: ['practice', 'prompt-list'] as const,
};

/** Follow-ups, Next actions and the follow-up rules. */
export const followUpKeys = {
  all: ['follow-ups'] as const,
  opportunity: (opportunityId: string) => ['follow-ups', 'opportunity', opportunityId] as const,
  /** Every Next actions key: the list (any length) and the counts. */
  allNextActions: ['next-actions'] as const,
  nextActions: ['next-actions', 'list'] as const,
  counts: ['next-actions', 'counts'] as const,
  settings: ['follow-ups', 'settings'] as const,
};

/** Practice: answers, stories, rehearsals. */
export const practiceKeys = {
  all: ['practice'] as const,
  answers: (filter: { promptId?: string | undefined; opportunityId?: string | undefined }) => ['practice', 'answers', filter] as const,
  answer: (id: string) => ['practice', 'answer', id] as const,
  stories: ['practice', 'stories'] as const,
  suggestions: (promptId: string, opportunityId: string | undefined) =>
    ['practice', 'suggestions', promptId, opportunityId ?? null] as const,
  rehearsals: (filter: { promptId?: string | undefined; opportunityId?: string | undefined }) =>
    ['practice', 'rehearsals', filter] as const,
  weakest: (opportunityId: string | undefined, limit: number) => ['practice', 'weakest', opportunityId ?? null, limit] as const,
};

/** People, all or of one opportunity. */
export const peopleKeys = {
  all: ['people'] as const,
  of: (opportunityId: string | null) => ['people', opportunityId ?? 'all'] as const,
};

/** Server mode: who is signed in, their sessions, the accounts (admin). */
export const accountKeys = {
  me: ['auth', 'me'] as const,
  sessions: ['auth', 'sessions'] as const,
  users: ['admin', 'users'] as const,
};

/** Server mode: shares with coaches and their comments. */
export const sharingKeys = {
  shares: ['shares'] as const,
  content: (id: string) => ['shares', id, 'content'] as const,
  comments: (id: string) => ['shares', id, 'comments'] as const,
  on: (targetKind: string, targetId: string) => ['comments', targetKind, targetId] as const,
};

/** The short-notice prep plans. */
export const prepKeys = {
  plan: (opportunityId: string, timeZone: string | undefined) => ['prep-plan', opportunityId, timeZone ?? ''] as const,
  plans: (timeZone: string | undefined) => ['prep-plans', timeZone ?? ''] as const,
};

/** Settings' lists: automatic backups and calendar feeds. */
export const settingsKeys = {
  backups: ['backups'] as const,
  calendarFeeds: ['calendar-feeds'] as const,
};

/** Reports: the proof of applications for a date range. */
export const reportKeys = {
  applications: (from: string, to: string) => ['reports', 'applications', from, to] as const,
};

/** CSV imports, each undoable as one action. */
export const importKeys = {
  all: ['imports'] as const,
};
