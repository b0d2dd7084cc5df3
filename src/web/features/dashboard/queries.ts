import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { keys } from '../opportunities/queries.js';
import { localDate } from '../../lib/dates.js';
import { userZone } from '../followups/queries.js';

/** The dashboard, computed by the server for the browser's own calendar day and time zone. */
export function useDashboard() {
  return useQuery({
    queryKey: keys.dashboard,
    queryFn: () => api('GET /api/dashboard', { query: { today: localDate(new Date()), timeZone: userZone() } }),
    // Thank-you notes turn overdue and interviews start with the clock.
    refetchInterval: 5 * 60_000,
  });
}
