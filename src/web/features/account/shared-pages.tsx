import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Badge } from '../../components/ui/badge.js';
import { buttonClass } from '../../components/ui/button.js';
import { EmptyState } from '../../components/ui/empty-state.js';
import { PageHeader } from '../../components/ui/page.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { CommentForm, CommentThread, sharingKeys } from './coach-comments.js';
import { listShares, shareComments, shareContent, useMe } from './queries.js';

/** Server mode: what candidates share with you (coaches), and what you share (candidates). */
export function SharedListPage() {
  const q = useQuery({ queryKey: sharingKeys.shares, queryFn: listShares });
  return (
    <>
      <PageHeader
        title="Shared with me"
        lead="What candidates have chosen to share with you. Read it and leave comments on answers and question plans."
      />
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.received.length === 0 ? (
        <EmptyState title="Nothing shared with you yet">
          When a candidate shares an opportunity or their answers with your email, it appears here.
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {q.data.received.map((s) => (
            <li key={s.id}>
              <Link
                to="/shared/$id"
                params={{ id: s.id }}
                className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-line bg-surface p-4 hover:bg-accent-soft"
              >
                <span>
                  <span className="block font-medium">{s.ownerName}</span>
                  <span className="block text-sm text-muted">{s.scope === 'answers' ? 'All practice answers' : s.opportunityTitle}</span>
                </span>
                <Badge>{s.scope === 'answers' ? 'Answers' : 'Opportunity'}</Badge>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One share: the shared opportunity, question plan and answers, each with its comments. */
export function SharedPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const me = useMe();
  const content = useQuery({ queryKey: sharingKeys.content(id), queryFn: () => shareContent(id) });
  const comments = useQuery({ queryKey: sharingKeys.comments(id), queryFn: () => shareComments(id) });
  if (content.isPending) return <Loading />;
  if (content.isError) {
    return (
      <>
        <PageHeader title="Share not found" lead="It may have been revoked." />
        <Link to="/shared" className={buttonClass('secondary')}>
          Back to shared with me
        </Link>
      </>
    );
  }
  const { share, opportunity, questionPlan, answers } = content.data;
  const isCoach = me.data?.user?.id === share.coachId;
  const on = (kind: string, targetId: string) =>
    (comments.data?.items ?? []).filter((c) => c.targetKind === kind && c.targetId === targetId);
  return (
    <>
      <PageHeader
        title={share.scope === 'answers' ? `${share.ownerName}’s answers` : (share.opportunityTitle ?? 'Shared opportunity')}
        lead={
          isCoach
            ? `Shared with you by ${share.ownerName}. Read-only; your comments are seen by ${share.ownerName}.`
            : `You share this with ${share.coachName}.`
        }
      />
      {comments.isError && <LoadError error={comments.error} onRetry={() => void comments.refetch()} />}
      <div className="flex flex-col gap-6">
        {opportunity && (
          <section aria-labelledby="shared-opportunity" className="rounded-xl border border-line bg-surface p-6">
            <h2 id="shared-opportunity" className="text-base font-semibold">
              {opportunity.employerName} — {opportunity.roleTitle}
            </h2>
            <p className="mt-1 text-sm text-muted">
              Stage: {opportunity.stage}
              {opportunity.location ? ` · ${opportunity.location}` : ''}
              {opportunity.nextAction ? ` · Next: ${opportunity.nextAction}` : ''}
            </p>
          </section>
        )}
        {questionPlan && opportunity && (
          <section aria-labelledby="shared-plan" className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-6">
            <h2 id="shared-plan" className="text-base font-semibold">
              Questions to ask
            </h2>
            {questionPlan.items.length === 0 ? (
              <p className="text-sm text-muted">No questions planned yet.</p>
            ) : (
              <ol className="list-decimal pl-5 text-sm">
                {questionPlan.items.map((item) => (
                  <li key={item.id}>{item.text}</li>
                ))}
              </ol>
            )}
            <CommentThread comments={on('question-plan', opportunity.id)} />
            {isCoach && (
              <CommentForm shareId={share.id} targetKind="question-plan" targetId={opportunity.id} label="Comment on the questions" />
            )}
          </section>
        )}
        <section aria-labelledby="shared-answers" className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-6">
          <h2 id="shared-answers" className="text-base font-semibold">
            Practice answers
          </h2>
          {answers.length === 0 && <p className="text-sm text-muted">No answers yet.</p>}
          {answers.map((a) => (
            <article
              key={a.id}
              aria-label={`Answer to ${a.promptId}`}
              className="flex flex-col gap-2 border-t border-line pt-4 first:border-t-0 first:pt-0"
            >
              <h3 className="text-sm font-semibold">{a.promptId.replace(/-/g, ' ')}</h3>
              <p className="whitespace-pre-wrap text-sm">{a.text || <span className="text-muted">(empty)</span>}</p>
              <CommentThread comments={on('answer', a.id)} />
              {isCoach && <CommentForm shareId={share.id} targetKind="answer" targetId={a.id} label="Comment on this answer" />}
            </article>
          ))}
        </section>
      </div>
    </>
  );
}
