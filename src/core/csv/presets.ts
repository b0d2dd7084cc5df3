// The exports we recognise by their headers. Column names are those the trackers write in their
// CSV exports (as published in their help pages or seen in files users shared); all lower case.

import type { ImportField, ImportPreset, Stage } from '../../contracts/values.js';

export type { ImportField };

export interface Preset {
  name: ImportPreset;
  /** How the wizard names it: "Looks like a {label} export". */
  label: string;
  /** Header names (lower case) that must all be present to recognise the export. */
  requires: string[];
  columns: Partial<Record<ImportField, string[]>>;
  /** The stage of a row without a status column. */
  defaultStage?: Stage;
}

const GENERIC: Preset = {
  name: 'generic',
  label: 'spreadsheet',
  requires: [],
  columns: {
    employerName: ['company', 'company name', 'employer', 'organisation', 'organization', 'firma', 'unternehmen', 'entreprise'],
    roleTitle: ['job title', 'title', 'role', 'position', 'job position', 'job', 'stelle', 'poste'],
    stage: ['status', 'stage', 'list', 'state', 'application status'],
    appliedOn: ['date applied', 'applied on', 'applied', 'application date', 'date', 'applied date', 'date added', 'date saved'],
    sourceUrl: ['url', 'link', 'job url', 'job link', 'posting', 'posting url'],
    location: ['location', 'city', 'place'],
    salary: ['salary', 'pay', 'compensation', 'salary range'],
    contact: ['contact', 'recruiter', 'contact email', 'contact name'],
    notes: ['notes', 'note', 'comments', 'description'],
  },
};

/** Exports we recognise by their headers (most specific first), then the generic names any spreadsheet may use. */
export const PRESETS: Preset[] = [
  {
    name: 'offerbook',
    label: 'Offerbook',
    requires: ['employer', 'role', 'stage', 'stage history'],
    columns: {
      employerName: ['employer'],
      roleTitle: ['role'],
      stage: ['stage'],
      appliedOn: ['applied on'],
      stageHistory: ['stage history'],
      location: ['location'],
      remotePolicy: ['remote policy'],
      sourceUrl: ['source'],
      salaryMin: ['salary from'],
      salaryMax: ['salary to'],
      salaryCurrency: ['currency'],
      salaryPeriod: ['per'],
      nextAction: ['next action'],
      nextActionDue: ['next action due'],
      contact: ['contacts'],
      excitement: ['excitement'],
      archivedOn: ['archived on'],
      addedOn: ['added on'],
      jobDescription: ['job description'],
    },
  },
  {
    name: 'linkedin',
    label: 'LinkedIn "Job Applications"',
    requires: ['application date', 'company name', 'job title', 'job url'],
    columns: {
      appliedOn: ['application date'],
      employerName: ['company name'],
      roleTitle: ['job title'],
      sourceUrl: ['job url'],
      contact: ['contact email'],
    },
    defaultStage: 'applied',
  },
  {
    name: 'huntr',
    label: 'Huntr',
    requires: ['job title', 'company', 'list', 'date added'],
    columns: {
      roleTitle: ['job title'],
      employerName: ['company'],
      stage: ['list'],
      sourceUrl: ['url'],
      location: ['location'],
      salary: ['salary'],
      addedOn: ['date added'],
      appliedOn: ['date applied'],
      jobDescription: ['description'],
      notes: ['notes'],
      contact: ['contacts'],
    },
  },
  {
    name: 'teal',
    label: 'Teal',
    requires: ['company', 'job position', 'status', 'excitement'],
    columns: {
      employerName: ['company'],
      roleTitle: ['job position'],
      stage: ['status'],
      salaryMin: ['min salary'],
      salaryMax: ['max salary'],
      location: ['location'],
      addedOn: ['date saved'],
      appliedOn: ['date applied'],
      nextActionDue: ['follow up'],
      excitement: ['excitement'],
      jobDescription: ['job description'],
      notes: ['notes'],
      sourceUrl: ['url'],
    },
  },
  {
    name: 'simplify',
    label: 'Simplify',
    requires: ['company name', 'job title', 'status', 'job url', 'applied date'],
    columns: {
      employerName: ['company name'],
      roleTitle: ['job title'],
      stage: ['status'],
      appliedOn: ['applied date'],
      sourceUrl: ['job url'],
      location: ['location'],
      salary: ['salary'],
      notes: ['notes'],
      addedOn: ['saved date'],
    },
  },
  {
    name: 'table',
    label: 'Notion or Airtable job tracker',
    requires: ['name', 'company', 'status', 'created time'],
    columns: {
      roleTitle: ['name'],
      employerName: ['company'],
      stage: ['status'],
      appliedOn: ['applied', 'date applied'],
      sourceUrl: ['link', 'url'],
      location: ['location'],
      salary: ['salary'],
      contact: ['contact', 'recruiter'],
      notes: ['notes'],
      nextActionDue: ['follow-up', 'follow up'],
      addedOn: ['created time'],
      remotePolicy: ['remote', 'work type'],
    },
  },
  GENERIC,
];

/** The generic spreadsheet preset. */
export const GENERIC_PRESET = GENERIC;

/** The preset of that name, or undefined. */
export function presetNamed(name: string): Preset | undefined {
  return PRESETS.find((p) => p.name === name);
}
