// "Proof of applications" for a job centre: what was applied for in a date range, when, how, to whom,
// and how it stands. Pure: the caller hands over the opportunities with their applied dates.

export interface ApplicationSource {
  employerName: string;
  roleTitle: string;
  /** The calendar date the opportunity first moved past `lead`, or null when it never did. */
  appliedOn: string | null;
  sourceUrl: string | null;
  contacts: string[];
  stage: string;
}

export interface ApplicationRow {
  appliedOn: string;
  employer: string;
  role: string;
  /** The posting's address, or how the application was made. */
  channel: string;
  contact: string;
  status: string;
  outcome: string;
}

const STATUS: Record<string, string> = {
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer received',
  accepted: 'Offer accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};
const OUTCOME: Record<string, string> = { accepted: 'Hired', rejected: 'Not successful', withdrawn: 'Withdrawn by me' };

/** The applications made from `from` to `to` (inclusive, YYYY-MM-DD), oldest first. */
export function applicationsReport(items: readonly ApplicationSource[], from: string, to: string): ApplicationRow[] {
  return items
    .filter((i): i is ApplicationSource & { appliedOn: string } => i.appliedOn !== null && i.appliedOn >= from && i.appliedOn <= to)
    .map((i) => ({
      appliedOn: i.appliedOn,
      employer: i.employerName,
      role: i.roleTitle,
      channel: i.sourceUrl ?? 'Not recorded',
      contact: i.contacts.join('; '),
      status: STATUS[i.stage] ?? i.stage,
      outcome: OUTCOME[i.stage] ?? 'Pending',
    }))
    .sort((a, b) => a.appliedOn.localeCompare(b.appliedOn) || a.employer.localeCompare(b.employer));
}

/** The report's column titles, in the order of ApplicationRow. */
export const APPLICATION_COLUMNS = ['Date applied', 'Employer', 'Role', 'Channel', 'Contact', 'Status', 'Outcome'] as const;

/** A row as cells in column order. */
export function applicationCells(r: ApplicationRow): string[] {
  return [r.appliedOn, r.employer, r.role, r.channel, r.contact, r.status, r.outcome];
}
