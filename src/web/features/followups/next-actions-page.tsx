import { PageHeader } from '../../components/ui/page.js';

/** Every next action across opportunities (route `/next`). */
export function NextActionsPage() {
  return <PageHeader title="Next actions" />;
}
