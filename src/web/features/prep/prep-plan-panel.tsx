/** The short-notice prep plan for the opportunity's next interview (shown when one is coming). */
export function PrepPlanPanel(_props: { opportunityId: string }) {
  return null;
}

/** Dashboard cards: a prep plan for each interview less than 48 hours away. */
export function PrepPlanCards() {
  return null;
}
