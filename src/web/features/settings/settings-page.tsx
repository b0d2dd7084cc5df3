import { useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from '../../components/ui/button.js';
import { Field, Input } from '../../components/ui/field.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { PageHeader } from '../../components/ui/page.js';
import { useToast } from '../../components/ui/toast.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { keys } from '../opportunities/queries.js';
import type { Settings, UpdateSettings } from '../../../contracts/settings.js';
import { CalendarFeedSection } from './calendar-feed-section.js';
import { FollowUpRulesSection } from './follow-up-rules.js';
import { YourDataSection } from './your-data-section.js';
import { fetchSettings, updateSettings } from './queries.js';
import { useMe } from '../account/queries.js';
import { BookmarkletSection } from '../postings/bookmarklet-section.js';

/** Checks the pipeline target as typed; returns the number or an error message. */
export function parseTarget(raw: string): { value: number } | { error: string } {
  const t = raw.trim();
  if (!/^\d+$/.test(t)) return { error: 'Enter a whole number from 1 to 50.' };
  const n = Number(t);
  if (n < 1 || n > 50) return { error: 'Enter a whole number from 1 to 50.' };
  return { value: n };
}

function SettingsForm({ settings }: { settings: Settings }) {
  const qc = useQueryClient();
  const toast = useToast();
  const [target, setTarget] = useState(String(settings.pipelineTarget));
  const [error, setError] = useState<string | undefined>();
  const save = useMutation({
    mutationFn: (body: UpdateSettings) => updateSettings(body),
    onSuccess: (s) => {
      qc.setQueryData(keys.settings, s);
      void qc.invalidateQueries({ queryKey: keys.dashboard });
      toast.show('Settings saved.');
    },
    onError: (e) => {
      if (e instanceof ApiError && e.field) setError(fieldMessage(e));
      else toast.show(errorMessage(e), { tone: 'error' });
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const r = parseTarget(target);
    if ('error' in r) {
      setError(r.error);
      return;
    }
    setError(undefined);
    save.mutate({ pipelineTarget: r.value });
  }

  return (
    <form onSubmit={submit} noValidate className="flex max-w-md flex-col gap-4 rounded-xl border border-line bg-surface p-6">
      <h2 className="text-base font-semibold">Pipeline</h2>
      <Field
        label="Pipeline target"
        required
        error={error}
        hint="How many active opportunities you want in flight. Below this, and with no offer yet, the dashboard reminds you to add leads."
      >
        {({ id, describedBy, invalid }) => (
          <div className="w-32">
            <Input
              id={id}
              name="pipelineTarget"
              type="number"
              inputMode="numeric"
              min={1}
              max={50}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              aria-required
            />
          </div>
        )}
      </Field>
      <div>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save settings'}
        </Button>
      </div>
    </form>
  );
}

/** The user's preferences. */
export function SettingsPage() {
  const q = useQuery({ queryKey: keys.settings, queryFn: fetchSettings });
  const me = useMe();
  return (
    <>
      <PageHeader
        title="Settings"
        lead={me.data?.mode === 'server' ? 'Your preferences and your data.' : 'Offerbook keeps everything on this computer.'}
      />
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <SettingsForm settings={q.data} />
      )}
      <CalendarFeedSection />
      <FollowUpRulesSection />
      {me.data && <YourDataSection serverMode={me.data.mode === 'server'} />}
      <BookmarkletSection />
    </>
  );
}
