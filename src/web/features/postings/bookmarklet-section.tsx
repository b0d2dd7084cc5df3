import { useEffect, useRef } from 'react';
import { bookmarkletCode } from './model.js';

/** Settings: the "Send to Offerbook" bookmarklet for this Offerbook's address (local mode's loopback address included). */
export function BookmarkletSection() {
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    // React refuses javascript: links in JSX; a bookmarklet is one by nature, so it is set on the element.
    link.current?.setAttribute('href', bookmarkletCode(window.location.origin));
  }, []);
  return (
    <section aria-labelledby="bookmarklet-title" className="rounded-xl border border-line bg-surface p-6">
      <h2 id="bookmarklet-title" className="text-base font-semibold text-fg">
        Send a job page to Offerbook
      </h2>
      <p className="mt-1 text-sm text-muted">
        Drag this link to your bookmarks bar. On a job page, click it: Offerbook opens its capture page in a new window with the page's
        address, title and text, and shows you the preview. Nothing is saved until you save it.
      </p>
      <a
        ref={link}
        className="mt-3 inline-flex items-center rounded-lg border border-line-strong px-3 py-1.5 text-sm font-medium text-fg"
        onClick={(e) => e.preventDefault()}
        data-testid="bookmarklet"
      >
        Send to Offerbook
      </a>
    </section>
  );
}
