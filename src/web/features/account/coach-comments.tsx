import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDistanceToNow } from 'date-fns';
import type { Comment } from '../../../contracts/sharing.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { Button } from '../../components/ui/button.js';
import { Field, Textarea } from '../../components/ui/field.js';
import { addComment, commentsOn, listShares, useMe } from './queries.js';
import { sharingKeys } from '../../api/keys.js';

export { sharingKeys };

/** A thread of comments (newest last). */
export function CommentThread({ comments }: { comments: Comment[] }) {
  if (comments.length === 0) return null;
  return (
    <ul className="flex flex-col gap-2" aria-label="Comments">
      {comments.map((c) => (
        <li key={c.id} className="rounded-lg border border-line bg-bg px-3 py-2 text-sm">
          <p className="text-xs text-muted">
            {c.authorName} · {formatDistanceToNow(new Date(c.createdAt), { addSuffix: true })}
          </p>
          <p className="mt-1 whitespace-pre-wrap">{c.body}</p>
        </li>
      ))}
    </ul>
  );
}

/** Adds a comment to a shared answer or question plan. */
export function CommentForm({
  shareId,
  targetKind,
  targetId,
  label,
}: {
  shareId: string;
  targetKind: Comment['targetKind'];
  targetId: string;
  label: string;
}) {
  const qc = useQueryClient();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = useMutation({
    mutationFn: () => addComment(shareId, { targetKind, targetId, body }),
    onSuccess: () => {
      setBody('');
      void qc.invalidateQueries({ queryKey: sharingKeys.comments(shareId) });
      void qc.invalidateQueries({ queryKey: sharingKeys.on(targetKind, targetId) });
    },
    onError: (e) => setError(e instanceof ApiError && e.field ? fieldMessage(e) : errorMessage(e)),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!body.trim()) {
      setError('Write a comment first.');
      return;
    }
    setError(undefined);
    add.mutate();
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <Field label={label} error={error}>
        {({ id, describedBy, invalid }) => (
          <Textarea
            id={id}
            className="min-h-20"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            maxLength={5000}
          />
        )}
      </Field>
      <div>
        <Button type="submit" size="sm" variant="secondary" disabled={add.isPending}>
          {add.isPending ? 'Sending…' : 'Add comment'}
        </Button>
      </div>
    </form>
  );
}

/**
 * Server mode: coaches' comments on one of the candidate's own answers or question plans, for pages
 * that show them (practice, question plan). Renders nothing in local mode or when there are none.
 */
export function CoachCommentsInline({ targetKind, targetId }: { targetKind: Comment['targetKind']; targetId: string }) {
  const me = useMe();
  const headingId = useId();
  const enabled = me.data?.mode === 'server' && Boolean(me.data.user);
  const q = useQuery({
    queryKey: sharingKeys.on(targetKind, targetId),
    queryFn: () => commentsOn({ targetKind, targetId }),
    enabled,
  });
  const shares = useQuery({ queryKey: sharingKeys.shares, queryFn: listShares, enabled: enabled && Boolean(q.data?.items.length) });
  if (!enabled || !q.data?.items.length) return null;
  // Replies go to the coach who wrote last, while that share is still in place.
  const latest = q.data.items.at(-1)!;
  const replyTo = shares.data?.given.find((s) => s.id === latest.shareId);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
      <div>
        <h2 id={headingId} className="text-base font-semibold">
          Comments from your coach
        </h2>
        <p className="text-sm text-muted">
          On this {targetKind === 'answer' ? 'answer' : 'question plan'}, from the coaches you shared it with.
        </p>
      </div>
      <CommentThread comments={q.data.items} />
      {replyTo && <CommentForm shareId={replyTo.id} targetKind={targetKind} targetId={targetId} label={`Reply to ${replyTo.coachName}`} />}
    </section>
  );
}
