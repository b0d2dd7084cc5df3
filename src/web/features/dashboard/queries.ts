import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { keys } from '../opportunities/queries.js';
import { localDate } from '../../lib/dates.js';
import type { Dashboard } from '../../../contracts/dashboard.js';

/** The dashboard, computed by the server for the browser's own calendar day. */
export function useDashboard() {
  return useQuery({
    queryKey: keys.dashboard,
    queryFn: () => api<Dashboard>('GET', '/dashboard', { query: { today: localDate(new Date()) } }),
  });
}
