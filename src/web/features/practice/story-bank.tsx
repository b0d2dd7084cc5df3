import { useState } from 'react';
import { Button } from '../../components/ui/button.js';
import { Badge } from '../../components/ui/badge.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import type { Story } from '../../../contracts/practice.js';
import { StoryForm } from './story-form.js';
import { useCreateStory, useDeleteStory, useStories } from './queries.js';

/** The story bank: STAR stories to reuse across prompts; add, edit, delete with Undo. */
export function StoryBank() {
  const q = useStories();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  return (
    <section aria-labelledby="stories-h" className="@container flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="stories-h" className="text-lg font-semibold">
          Story bank
        </h2>
        {editing !== 'new' && (
          <Button size="sm" onClick={() => setEditing('new')}>
            Add a story
          </Button>
        )}
      </div>
      <p className="text-sm text-muted">
        A handful of well-told stories (situation, task, action, result) answers most behavioural questions.
      </p>
      {editing === 'new' && (
        <div className="rounded-xl border border-line bg-surface p-4">
          <StoryForm onDone={() => setEditing(null)} />
        </div>
      )}
      {q.isPending ? (
        <Loading label="Loading stories…" />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        <p className="text-sm text-muted">No stories yet.</p>
      ) : (
        <ul className="grid gap-3 @2xl:grid-cols-2">
          {q.data.map((s) => (
            <li key={s.id} className="rounded-xl border border-line bg-surface p-4">
              {editing === s.id ? (
                <StoryForm story={s} onDone={() => setEditing(null)} />
              ) : (
                <StoryCard story={s} onEdit={() => setEditing(s.id)} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function StoryCard({ story, onEdit }: { story: Story; onEdit: () => void }) {
  const toast = useToast();
  const remove = useDeleteStory();
  const restore = useCreateStory();
  function del() {
    remove.mutate(story.id, {
      onSuccess: () =>
        toast.show(`Deleted “${story.title}”.`, {
          action: {
            label: 'Undo',
            onClick: () => {
              const { id, title, situation, task, action, result, skills, numbers } = story;
              restore.mutate(
                { id, title, situation, task, action, result, skills, numbers },
                { onError: (e) => toast.show(errorMessage(e), { tone: 'error' }) },
              );
            },
          },
        }),
      onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
    });
  }
  return (
    <article aria-label={story.title}>
      <h3 className="font-semibold">{story.title}</h3>
      <dl className="mt-2 grid gap-1 text-sm">
        {(['situation', 'task', 'action', 'result'] as const).map((k) =>
          story[k] ? (
            <div key={k}>
              <dt className="inline font-medium capitalize">{k}: </dt>
              <dd className="inline text-muted">{story[k]}</dd>
            </div>
          ) : null,
        )}
      </dl>
      {(story.skills.length > 0 || story.numbers.length > 0) && (
        <div className="mt-2 flex flex-wrap gap-1">
          {story.skills.map((s) => (
            <Badge key={`s-${s}`} tone="accent">
              {s}
            </Badge>
          ))}
          {story.numbers.map((n) => (
            <Badge key={`n-${n}`}>{n}</Badge>
          ))}
        </div>
      )}
      <div className="mt-3 flex gap-2">
        <Button size="sm" variant="secondary" onClick={onEdit}>
          Edit<span className="sr-only"> {story.title}</span>
        </Button>
        <Button size="sm" variant="danger" onClick={del} disabled={remove.isPending}>
          Delete<span className="sr-only"> {story.title}</span>
        </Button>
      </div>
    </article>
  );
}
