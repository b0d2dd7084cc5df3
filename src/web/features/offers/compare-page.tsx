import { PageHeader } from '../../components/ui/page.js';

/** Offers side by side against the user's priorities (route `/offers`). */
export function ComparePage() {
  return <PageHeader title="Offers" />;
}
