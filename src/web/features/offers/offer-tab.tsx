import type { Opportunity } from '../../../contracts/opportunities.js';

/** The opportunity's offer: terms, deadline, accept or decline. */
export function OfferTab({ opportunity }: { opportunity: Opportunity }) {
  return <p className="text-sm text-muted">An offer from {opportunity.employerName} will appear here.</p>;
}
