import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from '../../components/ui/button.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { HousekeepingSection } from '../questions/housekeeping-form.js';
import { peopleKeys } from '../people/queries.js';
import { CardCapture } from './contacts/card-capture.js';
import { ReflectionSection } from './reflection-form.js';
import { MentionField } from '../followups/sayable-fields.js';
import { useFollowUps } from '../followups/queries.js';
import { DayChecklist } from './day-checklist.js';
import { useUpdateConversation } from './queries.js';
import type { Conversation, Interview } from '../../../contracts/interviews.js';
import type { QuestionPlan } from '../../../contracts/questions.js';

interface Props {
  interview: Interview;
  plan: QuestionPlan;
  conversation: Conversation | null;
}

/** The day's checklist, and the end of the day: housekeeping answers, the people you met (business cards), and the reflection. */
export function WrapUpPanel({ interview, plan, conversation }: Props) {
  const qc = useQueryClient();
  const updateConversation = useUpdateConversation();
  const toast = useToast();
  const [reflecting, setReflecting] = useState(false);
  const followUps = useFollowUps(interview.opportunityId);
  const notes = (followUps.data?.thankYous ?? []).filter((n) => n.interviewId === interview.id);

  function onPersonSaved(personId: string) {
    void qc.invalidateQueries({ queryKey: peopleKeys.all });
    if (!conversation || conversation.personIds.includes(personId) || conversation.personIds.length >= 12) return;
    // Someone met in this conversation: they join its interviewers, so their notes and concerns line up.
    updateConversation.mutate(
      { id: conversation.id, body: { personIds: [...conversation.personIds, personId] } },
      { onError: (err) => toast.show(errorMessage(err), { tone: 'error' }) },
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <DayChecklist interview={interview} />
      <HousekeepingSection opportunityId={interview.opportunityId} plan={plan} interviewId={interview.id} />
      <section aria-labelledby="met-h" className="rounded-xl border border-line bg-surface p-5">
        <h2 id="met-h" className="text-lg font-semibold">
          People you met
        </h2>
        <p className="mt-1 text-sm text-muted">
          Ask each interviewer for a business card, or type their name and email. A person added here joins the conversation on screen.
        </p>
        <div className="mt-3">
          <CardCapture opportunityId={interview.opportunityId} employerName={interview.employerName} onSaved={onPersonSaved} />
        </div>
      </section>
      {notes.length > 0 && (
        <section aria-labelledby="say-h" className="rounded-xl border border-line bg-surface p-5">
          <h2 id="say-h" className="text-lg font-semibold">
            For your thank-you notes
          </h2>
          <p className="mt-1 text-sm text-muted">
            While it is fresh: one thing you would like to mention to each interviewer, in your own words to them. Notes you took stay
            private.
          </p>
          <div className="mt-3 flex flex-col gap-4">
            {notes.map((n) => (
              <MentionField key={`${n.id}|${n.mention ?? ''}`} note={n} opportunityId={interview.opportunityId} />
            ))}
          </div>
        </section>
      )}
      <section aria-labelledby="after-h" className="rounded-xl border border-line bg-surface p-5">
        <h2 id="after-h" className="text-lg font-semibold">
          After the interview
        </h2>
        <p className="mt-1 text-sm text-muted">
          Right after you leave, write down what you could not note, then reflect: how it went, what to improve, and the questions that
          stumped you.
        </p>
        {reflecting ? (
          <div className="mt-4">
            <ReflectionSection interviewId={interview.id} />
          </div>
        ) : (
          <Button className="mt-3 min-h-11" onClick={() => setReflecting(true)}>
            {interview.hasReflection ? 'Open your reflection' : 'Write your reflection'}
          </Button>
        )}
      </section>
    </div>
  );
}
