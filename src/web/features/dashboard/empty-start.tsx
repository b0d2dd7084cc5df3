import { Link, useNavigate } from '@tanstack/react-router';
import { Sparkles } from 'lucide-react';
import { Button, buttonClass } from '../../components/ui/button.js';
import { EmptyState } from '../../components/ui/empty-state.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { useCreateSample } from '../opportunities/mutations.js';

/** The first thing a new user sees: what Offerbook is for, and two ways to start. */
export function EmptyStart() {
  const sample = useCreateSample();
  const navigate = useNavigate();
  const toast = useToast();
  return (
    <EmptyState
      title="Welcome to Offerbook"
      actions={
        <>
          <Link to="/opportunities/new" className={buttonClass('primary')}>
            Add your first opportunity
          </Link>
          <Link to="/capture" className={buttonClass('secondary')}>
            Add from a posting
          </Link>
          <Button
            variant="secondary"
            disabled={sample.isPending}
            onClick={() =>
              sample.mutate(undefined, {
                onSuccess: (o) => void navigate({ to: '/opportunities/$id', params: { id: o.id } }),
                onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
              })
            }
          >
            <Sparkles size={16} aria-hidden="true" />
            {sample.isPending ? 'Creating the sample…' : 'Try a sample opportunity'}
          </Button>
        </>
      }
    >
      <p>
        Keep every job you are pursuing in one notebook: where each one stands, what you will do next and by when. Start with one
        opportunity; this page will then show what needs your attention first.
      </p>
      <p className="mt-2">Everything you write stays on this computer.</p>
    </EmptyState>
  );
}
