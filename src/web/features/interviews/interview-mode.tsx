import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Button } from '../../components/ui/button.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { usePlan } from '../questions/queries.js';
import { usePeople } from '../people/queries.js';
import { currentConversation } from '../../../core/interviews/current.js';
import { NotesPane } from './notes/notes-pane.js';
import { ClosingBanner } from './closing-banner.js';
import { ConcernsPanel } from './concerns-panel.js';
import { ConversationSwitcher } from './conversation-switcher.js';
import { ModeHeader, SlotLine } from './mode-header.js';
import { ModeTabs, type ModePanel } from './mode-tabs.js';
import { PlannedQuestions } from './planned-questions.js';
import { WrapUpPanel } from './wrap-up-panel.js';
import { browserTimeZone, closingDue, joinNames, namesOf, notesLabel, slotState } from './model.js';
import { modeKeyAction } from './mode-keys.js';
import { useConcerns } from './queries.js';
import { useMedia } from './use-media.js';
import { useNow } from './use-now.js';
import type { Interview } from '../../../contracts/interviews.js';

/** One panel of interview mode: a tab panel on narrow screens (hidden unless chosen), a plain block on wide ones. */
function Panel({ id, narrow, active, children }: { id: ModePanel; narrow: boolean; active: boolean; children: ReactNode }) {
  return narrow ? (
    <div role="tabpanel" id={`mode-panel-${id}`} aria-labelledby={`mode-tab-${id}`} hidden={!active}>
      {children}
    </div>
  ) : (
    <div id={`mode-panel-${id}`}>{children}</div>
  );
}

/** The interview day on one screen: the conversation by the clock (or chosen), its notes and planned questions, concerns, housekeeping. */
export function InterviewMode({ interview }: { interview: Interview }) {
  const now = useNow(10_000);
  const [userZone] = useState(browserTimeZone);
  const wide = useMedia('(min-width: 1024px)');
  const narrow = !wide;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [panel, setPanel] = useState<ModePanel>('notes');
  const notesRef = useRef<HTMLDivElement>(null);
  const plan = usePlan(interview.opportunityId);
  const people = usePeople(interview.opportunityId);
  const concerns = useConcerns(interview.id, true);

  const conversations = interview.conversations;
  const clock = currentConversation(conversations, now);
  const chosen = conversations.find((c) => c.id === chosenId) ?? null;
  const active = chosen ?? clock?.conversation ?? null;
  const peopleList = people.data ?? [];
  const names = active ? namesOf(active.personIds, peopleList) : [];
  const openConcerns = (concerns.data ?? []).filter((c) => c.status === 'open').length;

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || document.querySelector('[role="dialog"]')) return;
      const action = modeKeyAction(e);
      if (!action) return;
      e.preventDefault();
      if (action.kind === 'clock') setChosenId(null);
      else if (action.kind === 'conversation') {
        const c = conversations[action.index];
        if (c) setChosenId(c.id);
      } else {
        setPanel('notes');
        // After the panel shows, put the cursor in the note composer.
        requestAnimationFrame(() => notesRef.current?.querySelector<HTMLElement>('textarea, [contenteditable="true"]')?.focus());
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [conversations]);

  const closing = active && closingDue(active, now) && clock?.conversation.id === active.id;

  return (
    <div className="text-base">
      <ModeHeader interview={interview} now={now} userZone={userZone} />
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <ConversationSwitcher
          conversations={conversations}
          people={peopleList}
          timeZone={interview.timeZone}
          activeId={active?.id ?? null}
          clockId={clock?.conversation.id ?? null}
          now={now}
          onPick={setChosenId}
        />
        {chosen && clock && chosen.id !== clock.conversation.id && slotState(clock.conversation, now).phase === 'during' && (
          <Button variant="ghost" className="min-h-11" onClick={() => setChosenId(null)} aria-keyshortcuts="Alt+0">
            Back to the current conversation
          </Button>
        )}
      </div>
      {/* Pinned under the app's header: who you are with and the time left, the closing prompt when due, the tabs. */}
      <div
        className="sticky top-16 z-20 -mx-4 mb-4 flex flex-col gap-2 border-b border-line bg-bg px-4 py-2 sm:-mx-6 sm:px-6"
        data-testid="mode-now"
      >
        {active && <SlotLine conversation={active} names={names} now={now} userZone={userZone} />}
        {closing && plan.data && (
          <ClosingBanner
            minutesLeft={slotState(active, now).minutesLeft}
            closingLine={plan.data.closingLine}
            who={names.length > 0 ? joinNames(names) : null}
          />
        )}
        {narrow && <ModeTabs active={panel} onChange={setPanel} openConcerns={openConcerns} />}
      </div>
      <div className="lg:grid lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start lg:gap-6">
        <div className="flex min-w-0 flex-col gap-4">
          <Panel id="notes" narrow={narrow} active={panel === 'notes'}>
            <div ref={notesRef} className="flex flex-col gap-2">
              <h2 className="text-lg font-semibold">{notesLabel(names)}</h2>
              <NotesPane
                key={active?.id ?? 'general'}
                interviewId={interview.id}
                conversationId={active?.id ?? null}
                label={notesLabel(names)}
              />
            </div>
          </Panel>
        </div>
        <div className="mt-4 flex min-w-0 flex-col gap-6 lg:mt-0">
          <Panel id="questions" narrow={narrow} active={panel === 'questions'}>
            {plan.isPending ? (
              <Loading label="Loading your questions…" />
            ) : plan.isError ? (
              <LoadError error={plan.error} onRetry={() => void plan.refetch()} />
            ) : (
              <PlannedQuestions
                interviewId={interview.id}
                opportunityId={interview.opportunityId}
                plan={plan.data}
                personIds={active?.personIds ?? []}
                names={names}
              />
            )}
          </Panel>
          <Panel id="concerns" narrow={narrow} active={panel === 'concerns'}>
            <ConcernsPanel
              interviewId={interview.id}
              opportunityId={interview.opportunityId}
              conversationId={active?.id ?? null}
              defaultRaisedBy={active?.personIds[0] ?? null}
              people={peopleList}
            />
          </Panel>
          <Panel id="wrapup" narrow={narrow} active={panel === 'wrapup'}>
            {plan.data ? (
              <WrapUpPanel interview={interview} plan={plan.data} conversation={active} />
            ) : (
              <Loading label="Loading housekeeping…" />
            )}
          </Panel>
        </div>
      </div>
    </div>
  );
}
