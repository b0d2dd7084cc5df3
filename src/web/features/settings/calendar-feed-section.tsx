import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Copy } from 'lucide-react';
import { Button } from '../../components/ui/button.js';
import { Dialog } from '../../components/ui/dialog.js';
import { Field, Input } from '../../components/ui/field.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { formatInstant } from '../../lib/dates.js';
import type { CalendarFeed, CreatedCalendarFeed } from '../../../contracts/calendar.js';
import { createCalendarFeed, deleteCalendarFeed, fetchCalendarFeeds, settingsKeys } from './queries.js';

const feedsKey = settingsKeys.calendarFeeds;

function browserZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** Settings: a calendar feed (a secret URL calendar apps subscribe to), shown once, revocable. */
export function CalendarFeedSection() {
  const qc = useQueryClient();
  const toast = useToast();
  const feeds = useQuery({ queryKey: feedsKey, queryFn: fetchCalendarFeeds });
  const [created, setCreated] = useState<CreatedCalendarFeed | null>(null);
  const [revoking, setRevoking] = useState<CalendarFeed | null>(null);
  const [copied, setCopied] = useState('');

  const create = useMutation({
    mutationFn: () => createCalendarFeed(browserZone()),
    onSuccess: (feed) => {
      setCreated(feed);
      setCopied('');
      return qc.invalidateQueries({ queryKey: feedsKey });
    },
    onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
  });
  const revoke = useMutation({
    mutationFn: deleteCalendarFeed,
    onSuccess: (_r, id) => {
      setRevoking(null);
      if (created?.id === id) setCreated(null);
      toast.show('Feed revoked: its URL no longer works.');
      return qc.invalidateQueries({ queryKey: feedsKey });
    },
    onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
  });

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Copied. Paste it into your calendar app.');
    } catch {
      setCopied('Could not copy; select the address and copy it yourself.');
    }
  }

  return (
    <section aria-labelledby="calendar-feed-h" className="mt-6 flex max-w-2xl flex-col gap-4 rounded-xl border border-line bg-surface p-6">
      <div>
        <h2 id="calendar-feed-h" className="text-base font-semibold">
          Calendar feed
        </h2>
        <p className="mt-1 text-sm text-muted">
          A private address your calendar app can subscribe to: your interviews (with reminders a day and an hour before), thank-you notes
          and check-ins, and offer deadlines, kept up to date. The address itself is the key, so keep it to yourself; revoke it if it leaks.
          Apps on this computer can reach it while Offerbook is running.
        </p>
      </div>
      {created && (
        <div className="rounded-lg border border-accent bg-accent-soft p-4">
          <Field label="Your feed address" hint="Shown only now: Offerbook keeps just a fingerprint of it. Make a new feed if you lose it.">
            {({ id, describedBy }) => (
              <Input id={id} readOnly value={created.url} aria-describedby={describedBy} onFocus={(e) => e.currentTarget.select()} />
            )}
          </Field>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <Button size="sm" onClick={() => void copy(created.url)}>
              <Copy size={14} aria-hidden="true" />
              Copy address
            </Button>
            <p role="status" className="text-sm text-muted">
              {copied}
            </p>
          </div>
        </div>
      )}
      {feeds.isPending ? (
        <Loading label="Loading feeds…" />
      ) : feeds.isError ? (
        <LoadError error={feeds.error} onRetry={() => void feeds.refetch()} />
      ) : feeds.data.length === 0 ? (
        <p className="text-sm text-muted">No feed yet.</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line" aria-label="Your calendar feeds">
          {feeds.data.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
              <span>Feed made {formatInstant(f.createdAt)}</span>
              <Button variant="danger" size="sm" onClick={() => setRevoking(f)}>
                Revoke<span className="sr-only"> the feed made {formatInstant(f.createdAt)}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button variant="secondary" disabled={create.isPending} onClick={() => create.mutate()}>
          {create.isPending ? 'Making…' : 'Make a feed address'}
        </Button>
      </div>
      <Dialog
        open={revoking !== null}
        onOpenChange={(o) => !o && setRevoking(null)}
        title="Revoke this calendar feed?"
        description="Calendars subscribed to it stop updating and its address stops working at once. This cannot be undone; you can make a new feed any time."
        footer={
          <>
            <Button variant="secondary" onClick={() => setRevoking(null)}>
              Keep it
            </Button>
            <Button variant="danger" disabled={revoke.isPending} onClick={() => revoking && revoke.mutate(revoking.id)}>
              Revoke feed
            </Button>
          </>
        }
      />
    </section>
  );
}
