import { useMemo, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { buttonClass } from '../../components/ui/button.js';
import { sanitizeHtml } from '../../lib/markdown.js';
import { usePostingCopy } from './queries.js';
import { spokenDate } from '../../../core/followup/text.js';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The dated, read-only copy of the posting kept on the opportunity. */
export function PostingTab({ opportunityId }: { opportunityId: string }) {
  const copy = usePostingCopy(opportunityId);
  const [asPage, setAsPage] = useState(false);
  const html = useMemo(() => (copy.data?.html ? sanitizeHtml(copy.data.html) : null), [copy.data?.html]);
  if (copy.isPending) return <p className="text-sm text-muted">Loading the posting…</p>;
  if (copy.isError) return <p className="text-sm text-danger">The posting could not be loaded.</p>;
  if (!copy.data)
    return (
      <div className="rounded-xl border border-line bg-surface p-6 text-sm text-muted">
        <p>No copy of the posting is kept on this opportunity.</p>
        <Link to="/capture" className={buttonClass('secondary', 'sm', 'mt-3')}>
          Add from a posting
        </Link>
      </div>
    );
  const c = copy.data;
  return (
    <section aria-labelledby="posting-title" className="rounded-xl border border-line bg-surface p-6">
      <h2 id="posting-title" className="text-base font-semibold text-fg">
        The posting as it was on {DATE.format(new Date(c.capturedAt))}
      </h2>
      <p className="mt-1 text-sm text-muted">
        A read-only copy, kept in case the posting is taken down.
        {c.closesAt && <> Closes on {spokenDate(c.closesAt)}.</>}
        {c.sourceUrl && (
          <>
            {' '}
            <a className="text-accent underline" href={c.sourceUrl} target="_blank" rel="noopener noreferrer">
              Open the original
            </a>
          </>
        )}
      </p>
      {html && (
        <label className="mt-3 flex items-center gap-2 text-sm text-fg">
          <input type="checkbox" checked={asPage} onChange={(e) => setAsPage(e.target.checked)} />
          Show the page's formatting
        </label>
      )}
      {asPage && html ? (
        // Safe: sanitised by the server when kept, and again here with the app's allow-list.
        <div
          className="mt-4 break-words text-sm leading-relaxed [&_li]:ml-5 [&_ul]:list-disc [&_ol]:list-decimal [&_p+p]:mt-2 [&_h2]:font-semibold [&_h3]:font-semibold"
          dangerouslySetInnerHTML={{ __html: html }}
        />
      ) : (
        <div
          role="region"
          aria-label="Posting text"
          tabIndex={0}
          className="mt-4 whitespace-pre-wrap break-words text-sm leading-relaxed text-fg"
        >
          {c.text}
        </div>
      )}
    </section>
  );
}
