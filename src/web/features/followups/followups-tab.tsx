import type { Opportunity } from '../../../contracts/opportunities.js';

/** The opportunity's thank-you notes and check-ins. */
export function FollowupsTab({ opportunity }: { opportunity: Opportunity }) {
  return <p className="text-sm text-muted">Follow-ups for {opportunity.employerName} will appear here.</p>;
}
