// Every value list of the domain, once, in a module without zod: contracts wrap these with
// `z.enum`, and src/core, the server and the web app import them directly (importing a schema
// module would pull zod into the web app's first download). Add a value here and every layer sees it.

/** Where an opportunity stands. Order is the pipeline's order. */
export const STAGES = ['lead', 'applied', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn'] as const;
export type Stage = (typeof STAGES)[number];

/** Stages in which an opportunity still needs the user's attention. */
export const ACTIVE_STAGES: readonly Stage[] = ['lead', 'applied', 'interviewing', 'offer'];

/** How the role is worked. */
export const REMOTE_POLICIES = ['onsite', 'hybrid', 'remote'] as const;
export type RemotePolicy = (typeof REMOTE_POLICIES)[number];

/** What a salary figure is per. */
export const SALARY_PERIODS = ['year', 'month', 'day', 'hour'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

/** How an interview happens. */
export const INTERVIEW_KINDS = ['phone', 'video', 'onsite'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

/** How a note or a drafted message sounds. */
export const TONES = ['brief', 'warm', 'formal'] as const;
export type Tone = (typeof TONES)[number];

/** How the employer prefers to be contacted, and how a follow-up goes out. */
export const CHANNELS = ['email', 'phone', 'linkedin', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How a person relates to the user's application. */
export const PERSON_ROLES = ['recruiter', 'hiring-manager', 'interviewer', 'other'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** What an account may do in server mode: candidates own notebooks, coaches read what is shared, admins manage accounts. */
export const ACCOUNT_ROLES = ['candidate', 'coach', 'admin'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** Every field a CSV column can be mapped to on import. */
export const IMPORT_FIELDS = [
  'employerName',
  'roleTitle',
  'stage',
  'appliedOn',
  'sourceUrl',
  'location',
  'salary',
  'contact',
  'notes',
  'remotePolicy',
  'salaryMin',
  'salaryMax',
  'salaryCurrency',
  'salaryPeriod',
  'nextAction',
  'nextActionDue',
  'excitement',
  'archivedOn',
  'addedOn',
  'stageHistory',
  'jobDescription',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The exports a CSV import recognises by their headers (their columns in src/core/csv/presets.ts). */
export const IMPORT_PRESETS = ['offerbook', 'linkedin', 'huntr', 'teal', 'simplify', 'table', 'generic'] as const;
export type ImportPreset = (typeof IMPORT_PRESETS)[number];
