import { useMemo } from 'react';
import clsx from 'clsx';
import { renderMarkdown } from '../../lib/markdown.js';

/** User text shown as Markdown; the only way these features set HTML, always through the sanitiser. */
export function MarkdownView({ text, className, label }: { text: string; className?: string; label?: string }) {
  // A labelled view is a scrollable region the keyboard can reach; an unlabelled one is plain text.
  const html = useMemo(() => renderMarkdown(text), [text]);
  return (
    <div
      className={clsx(
        'break-words text-sm leading-relaxed [&_a]:text-accent [&_a]:underline [&_blockquote]:border-l-2 [&_blockquote]:border-line-strong [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-bg [&_code]:px-1 [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_p+p]:mt-2 [&_pre]:overflow-x-auto [&_ul]:list-disc',
        className,
      )}
      {...(label ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
      // Safe: renderMarkdown escapes raw HTML and sanitises the result with DOMPurify.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
