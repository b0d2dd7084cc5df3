import type { Opportunity, OpportunitySummary, RemotePolicy, Stage, TimelineEvent } from '../../../contracts/opportunities.js';
import type { FitSummary } from '../../../contracts/priorities.js';
import type { InterviewKind } from '../../../contracts/values.js';
import type { OpportunityEventRow } from '../../db/schema.js';
import type { InterviewRow } from '../interviews/repository.js';
import type { OpportunitySummaryRow, OpportunityWithEmployer } from './repository.js';

/** Maps a row to the API's Opportunity; nothing else of the row leaks. */
export function presentOpportunity(row: OpportunityWithEmployer): Opportunity {
  return {
    id: row.id,
    employerId: row.employer_id,
    employerName: row.employer_name,
    roleTitle: row.role_title,
    location: row.location,
    remotePolicy: row.remote_policy as RemotePolicy | null,
    sourceUrl: row.source_url,
    salaryMin: row.salary_min,
    salaryMax: row.salary_max,
    salaryCurrency: row.salary_currency,
    salaryPeriod: row.salary_period as Opportunity['salaryPeriod'],
    jobDescription: row.job_description,
    stage: row.stage as Stage,
    nextAction: row.next_action,
    nextActionDue: row.next_action_due,
    excitement: row.excitement,
    archivedAt: row.archived_at,
    stageChangedAt: row.stage_changed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** An interview on its opportunity's timeline, at the moment it was scheduled. */
export function presentInterviewEvent(row: InterviewRow): TimelineEvent {
  return {
    id: row.id,
    kind: 'interview',
    fromStage: null,
    toStage: null,
    at: row.created_at,
    interview: { id: row.id, kind: row.kind as InterviewKind, title: row.title, startsAt: row.starts_at, timeZone: row.time_zone },
  };
}

/**
 * A list row is already shaped as the API's OpportunitySummary (the query names its columns so);
 * only the fit is added, to the row itself — a list of thousands makes no second object per row.
 */
export function presentSummary(row: OpportunitySummaryRow, fit: FitSummary | null): OpportunitySummary {
  const summary = row as OpportunitySummaryRow & { stage: Stage; fit?: FitSummary | null };
  summary.fit = fit;
  return summary as OpportunitySummary;
}

/** Maps a timeline row to the API's TimelineEvent. */
export function presentEvent(row: OpportunityEventRow): TimelineEvent {
  return {
    id: row.id,
    kind: row.kind as TimelineEvent['kind'],
    fromStage: row.from_stage as Stage | null,
    toStage: row.to_stage as Stage | null,
    at: row.at,
  };
}
