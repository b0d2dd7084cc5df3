import { useState } from 'react';
import { ClipboardPaste, Plus } from 'lucide-react';
import { Button } from '../../components/ui/button.js';
import { EmptyState } from '../../components/ui/empty-state.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { usePeople } from '../people/queries.js';
import { InterviewCard } from './interview-card.js';
import { InterviewForm } from './interview-form.js';
import { InvitationPaste } from './invitation-paste.js';
import { draftFromInvitation, emptyDraft } from './form-model.js';
import type { InterviewDraft } from './form-model.js';
import { browserTimeZone, splitInterviews } from './model.js';
import { useInterviews } from './queries.js';
import { useNow } from './use-now.js';
import { useStageMoveNotice } from './stage-move-notice.js';
import type { Opportunity } from '../../../contracts/opportunities.js';

type Adding =
  | { step: 'none' }
  | { step: 'paste' }
  | { step: 'form'; draft: InterviewDraft; review?: { found: string[]; missing: string[] }; n: number };

/** The opportunity's interviews: list (upcoming first), create (or from a pasted invitation), checklist, conversations. */
export function InterviewsTab({ opportunity }: { opportunity: Opportunity }) {
  const q = useInterviews(opportunity.id);
  const people = usePeople(opportunity.id);
  const now = useNow(60_000);
  const [userZone] = useState(browserTimeZone);
  const [adding, setAdding] = useState<Adding>({ step: 'none' });
  const [formCount, setFormCount] = useState(0);
  const peopleList = people.data ?? [];
  const stageMoveNotice = useStageMoveNotice(opportunity);

  const startBlank = () => {
    setFormCount((n) => n + 1);
    setAdding({ step: 'form', draft: emptyDraft(userZone, Date.now()), n: formCount + 1 });
  };
  const actions = (
    <>
      <Button className="min-h-11" onClick={startBlank}>
        <Plus size={16} aria-hidden="true" /> Add an interview
      </Button>
      <Button variant="secondary" className="min-h-11" onClick={() => setAdding({ step: 'paste' })}>
        <ClipboardPaste size={16} aria-hidden="true" /> Paste the invitation
      </Button>
    </>
  );

  const { upcoming, past } = splitInterviews(q.data ?? [], now);
  const card = (i: (typeof upcoming)[number], isPast: boolean) => (
    <InterviewCard key={i.id} interview={i} people={peopleList} employerName={opportunity.employerName} userZone={userZone} past={isPast} />
  );

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-base font-semibold">Interviews with {opportunity.employerName}</h2>
        {adding.step === 'none' && (q.data?.length ?? 0) > 0 && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>

      {adding.step === 'paste' && (
        <section aria-labelledby="paste-h" className="rounded-xl border border-line bg-surface p-5">
          <h3 id="paste-h" className="mb-3 text-base font-semibold">
            Paste the invitation
          </h3>
          <InvitationPaste
            opportunityId={opportunity.id}
            timeZone={userZone}
            onCancel={() => setAdding({ step: 'none' })}
            onRead={(r) => {
              setFormCount((n) => n + 1);
              setAdding({
                step: 'form',
                draft: draftFromInvitation(r.draft, peopleList, emptyDraft(userZone, Date.now())),
                review: { found: r.found, missing: r.missing },
                n: formCount + 1,
              });
            }}
          />
        </section>
      )}
      {adding.step === 'form' && (
        <section aria-labelledby="new-iv-h" className="rounded-xl border border-line bg-surface p-5">
          <h3 id="new-iv-h" className="mb-3 text-base font-semibold">
            {adding.review ? 'Review the interview from the invitation' : 'New interview'}
          </h3>
          <InterviewForm
            key={adding.n}
            opportunityId={opportunity.id}
            employerName={opportunity.employerName}
            people={peopleList}
            initial={adding.draft}
            saved={null}
            review={adding.review}
            onDone={() => setAdding({ step: 'none' })}
            onCancel={() => setAdding({ step: 'none' })}
            added={stageMoveNotice}
          />
        </section>
      )}

      {q.isPending ? (
        <Loading label="Loading interviews…" />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        adding.step === 'none' && (
          <EmptyState title="No interviews yet" actions={actions}>
            <p>
              Add each interview when it is set: when and where, and the conversations of the day with who you will meet. On the day,{' '}
              <strong>interview mode</strong> gives you one calm screen: notes for each conversation (start a line with <kbd>!</kbd> for a
              concern they raise, <kbd>?</kbd> for a question you asked, <kbd>*</kbd> for a key point), the questions you planned for that
              person to tick off, a reminder to close as the slot ends, and the housekeeping questions.
            </p>
          </EmptyState>
        )
      ) : (
        <>
          <section aria-labelledby="upcoming-h">
            <h3 id="upcoming-h" className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
              Upcoming
            </h3>
            {upcoming.length === 0 ? (
              <p className="text-sm text-muted">Nothing scheduled. Add the next interview when it is set.</p>
            ) : (
              <ul className="flex flex-col gap-4">{upcoming.map((i) => card(i, false))}</ul>
            )}
          </section>
          {past.length > 0 && (
            <section aria-labelledby="past-h">
              <h3 id="past-h" className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
                Past
              </h3>
              <ul className="flex flex-col gap-4">{past.map((i) => card(i, true))}</ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
