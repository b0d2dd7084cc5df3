import type { Opportunity } from '../../../contracts/opportunities.js';

/** The opportunity's interviews: list, create (or from an invitation), checklist, conversations. */
export function InterviewsTab({ opportunity }: { opportunity: Opportunity }) {
  return <p className="text-sm text-muted">Interviews for {opportunity.employerName} will appear here.</p>;
}
