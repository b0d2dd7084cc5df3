import type { CreateOpportunity } from '../src/contracts/opportunities.js';

let counter = 0;

/** A valid opportunity to create, with overrides. */
export function buildOpportunityInput(overrides: Partial<CreateOpportunity> = {}): CreateOpportunity {
  counter += 1;
  return {
    employerName: `Employer ${counter}`,
    roleTitle: `Role ${counter}`,
    location: 'Lisbon',
    remotePolicy: 'hybrid',
    ...overrides,
  };
}
