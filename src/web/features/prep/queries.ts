import { api } from '../../api/client.js';

/** The short-notice prep plan of one opportunity, in the user's zone. */
export const fetchPrepPlan = (opportunityId: string, timeZone: string | undefined) =>
  api('GET /api/opportunities/:id/prep-plan', { params: { id: opportunityId }, query: { timeZone } });

/** The prep plans of every interview coming soon. */
export const fetchPrepPlans = (timeZone: string | undefined) => api('GET /api/prep-plans', { query: { timeZone } }).then((r) => r.items);
