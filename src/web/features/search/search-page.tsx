import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { Search } from 'lucide-react';
import { Badge } from '../../components/ui/badge.js';
import { Button } from '../../components/ui/button.js';
import { controlClass } from '../../components/ui/field.js';
import { EmptyState } from '../../components/ui/empty-state.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { PageHeader } from '../../components/ui/page.js';
import { KIND_LABELS, hitTarget } from './model.js';
import { useSearch } from './queries.js';
import type { SearchHit } from '../../../contracts/search.js';

const route = getRouteApi('/search');

/** A snippet with the matched words in <mark>, built from parts (never from HTML). */
export function Snippet({ parts }: { parts: SearchHit['snippet'] }) {
  return (
    <p className="mt-1 text-sm text-muted">
      {parts.map((p, i) =>
        p.match ? (
          <mark key={i} className="rounded bg-accent-soft px-0.5 font-semibold text-accent">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

function HitRow({ hit }: { hit: SearchHit }) {
  const target = hitTarget(hit);
  const body = (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={hit.kind === 'opportunity' ? 'accent' : 'neutral'}>{KIND_LABELS[hit.kind]}</Badge>
        <span className="font-medium">{hit.title}</span>
      </div>
      <Snippet parts={hit.snippet} />
    </>
  );
  const linkClass = 'block rounded-lg px-4 py-3 hover:bg-accent-soft';
  return (
    <li>
      {target && 'interviewId' in target ? (
        <Link to="/interviews/$id" params={{ id: target.interviewId }} className={linkClass}>
          {body}
        </Link>
      ) : target ? (
        <Link to="/opportunities/$id" params={{ id: target.id }} search={{ tab: target.tab }} className={linkClass}>
          {body}
        </Link>
      ) : (
        <div className="px-4 py-3">{body}</div>
      )}
    </li>
  );
}

/** Search across everything in the notebook; results link to where each thing lives. */
export function SearchPage() {
  const { q = '' } = route.useSearch();
  const navigate = useNavigate();
  const [text, setText] = useState(q);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setText(q), [q]);
  useEffect(() => {
    if (!q) input.current?.focus();
  }, [q]);
  const results = useSearch(q);

  function submit(e: FormEvent) {
    e.preventDefault();
    void navigate({ to: '/search', search: text.trim() ? { q: text.trim() } : {} });
  }

  return (
    <>
      <PageHeader
        title="Search"
        lead={q ? `Results for “${q}”` : 'Opportunities, facts, people, interviews, notes and concerns, all at once.'}
      />
      <form role="search" onSubmit={submit} className="mb-6 flex max-w-xl gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Find in your notebook
        </label>
        <input
          id="search-page-q"
          ref={input}
          type="search"
          className={controlClass}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="submit">
          <Search size={16} aria-hidden="true" /> Find
        </Button>
      </form>
      {!q ? (
        <EmptyState title="Type something to find">
          Look for an employer, a word from a fact, a person’s name, an interview or anything in your notes and concerns. Press / anywhere
          to jump here.
        </EmptyState>
      ) : results.isPending ? (
        <Loading label="Searching…" />
      ) : results.isError ? (
        <LoadError error={results.error} onRetry={() => void results.refetch()} />
      ) : results.data.length === 0 ? (
        <EmptyState title="No results">Nothing matches “{q}”. Try fewer or different words.</EmptyState>
      ) : (
        <section aria-label="Results" className="rounded-xl border border-line bg-surface">
          <p className="border-b border-line px-4 py-2 text-sm text-muted" aria-live="polite">
            {results.data.length} {results.data.length === 1 ? 'result' : 'results'}
          </p>
          <ul className="divide-y divide-line">
            {results.data.map((h) => (
              <HitRow key={`${h.kind}-${h.id}`} hit={h} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
