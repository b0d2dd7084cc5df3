import { api } from '../../api/client.js';

/** The proof of applications between two calendar dates (inclusive). */
export const fetchApplications = (from: string, to: string) => api('GET /api/reports/applications', { query: { from, to } });
