import { useRef, useState } from 'react';
import { Link, getRouteApi } from '@tanstack/react-router';
import { ArrowLeft, Download, ExternalLink, Printer } from 'lucide-react';
import { Button, buttonClass } from '../../components/ui/button.js';
import { usePageTitle } from '../../components/ui/page.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useOpportunity } from '../opportunities/queries.js';
import { briefUrl } from '../../pwa/day-urls.js';
import './brief-print.css';

const route = getRouteApi('/opportunities/$id/brief');

/**
 * The one-page brief to carry into the interview. The server renders it as a standalone page with its own print CSS;
 * a same-origin frame shows it here (the app's CSP forbids inline styles) and prints exactly that page.
 */
export function BriefPage() {
  const { id } = route.useParams();
  const o = useOpportunity(id);
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  const [blocked, setBlocked] = useState(false);
  usePageTitle(o.data ? `Brief · ${o.data.employerName}` : 'Interview brief');

  function fit() {
    // A frame the server refused to show (its headers forbid framing) reads as a foreign document: say so.
    const doc = frame.current?.contentDocument;
    if (!doc?.documentElement || doc.URL === 'about:blank') {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    setHeight(doc.documentElement.scrollHeight + 8);
  }

  function print() {
    const win = frame.current?.contentWindow;
    // Printing the frame's own document uses the brief's page size and margins, not the app's layout.
    if (win && !blocked) win.print();
    else window.print();
  }

  if (o.isPending) return <Loading />;
  if (o.isError) return <LoadError error={o.error} onRetry={() => void o.refetch()} />;
  return (
    <div data-brief-page className="flex flex-col gap-4">
      <div data-brief-toolbar className="flex flex-col gap-3">
        <Link
          to="/opportunities/$id"
          params={{ id }}
          search={{ tab: 'questions' }}
          className="inline-flex items-center gap-1 text-sm text-muted hover:text-fg"
        >
          <ArrowLeft size={14} aria-hidden="true" />
          Back to the questions
        </Link>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-2xl font-semibold tracking-tight break-words">Interview brief</h1>
            <p className="mt-1 text-muted">
              {o.data.employerName} · {o.data.roleTitle}. One page to carry with you.
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button onClick={print} aria-keyshortcuts="Control+P">
              <Printer size={16} aria-hidden="true" /> Print
            </Button>
            <a href={briefUrl(id, 'md')} download className={buttonClass('secondary')}>
              <Download size={16} aria-hidden="true" /> Download Markdown
            </a>
            <a href={briefUrl(id, 'html')} target="_blank" rel="noopener" className={buttonClass('ghost')}>
              <ExternalLink size={16} aria-hidden="true" /> Open alone
            </a>
          </div>
        </div>
      </div>
      {blocked && (
        <p role="alert" className="rounded-xl border border-warn bg-warn-soft p-4 text-sm">
          The brief could not be shown inside the app. Use “Open alone” to see and print it in its own tab.
        </p>
      )}
      <iframe
        ref={frame}
        src={briefUrl(id, 'html')}
        title={`Interview brief for ${o.data.employerName}`}
        onLoad={fit}
        className="w-full rounded-xl border border-line bg-white shadow-sm"
        style={{ height: height ?? 1100 }}
      />
    </div>
  );
}
