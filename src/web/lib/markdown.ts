/**
 * Safe Markdown for the user's notes, research and answers: `marked` renders, DOMPurify sanitises
 * against a small allow-list. Raw HTML typed into Markdown is shown as text, not rendered: a
 * notebook has no need for it, and it removes a whole class of attacks before the sanitiser runs.
 */
import DOMPurify from 'dompurify';
import type { Config, WindowLike } from 'dompurify';
import { Marked } from 'marked';

/** The tags that may survive sanitising; anything else is dropped and its text kept. */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'strong',
  'em',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const;

/** The attributes that may survive; `target` and `rel` are set by us on links afterwards. */
export const ALLOWED_ATTR = ['href', 'title'] as const;

const LINK_REL = 'noopener noreferrer nofollow';
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** True for an http(s) or mailto link, however it is spaced, cased or padded with control characters. */
export function isSafeHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers ignore these characters inside a scheme, so must we
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g, '');
  if (!/^(?:https?|mailto):/i.test(compact)) return false;
  try {
    return SAFE_PROTOCOLS.has(new URL(href.trim()).protocol);
  } catch {
    return false;
  }
}

const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTR],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A Markdown renderer bound to one window (the browser's, or a jsdom window in tests and the CLI). */
export interface MarkdownRenderer {
  /** Markdown → sanitised HTML. */
  render(markdown: string): string;
  /** Any HTML → sanitised HTML, with the same allow-list and link rules. */
  sanitize(html: string): string;
}

/** Builds a renderer for a window; each gets its own DOMPurify instance so hooks never leak between windows. */
export function createMarkdownRenderer(win: WindowLike): MarkdownRenderer {
  const purify = DOMPurify(win);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const el = node as Element;
    const href = el.getAttribute('href');
    if (href !== null && !isSafeHref(href)) el.removeAttribute('href');
    if (el.hasAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', LINK_REL);
    }
  });
  const marked = new Marked({
    gfm: true,
    breaks: true,
    renderer: {
      html: ({ text }) => escapeHtml(text),
    },
  });
  const sanitize = (html: string): string => purify.sanitize(html, PURIFY_CONFIG);
  return {
    sanitize,
    render: (markdown) => sanitize(marked.parse(markdown, { async: false })),
  };
}

const renderers = new WeakMap<WindowLike, MarkdownRenderer>();

function rendererFor(win: WindowLike | undefined): MarkdownRenderer {
  const w = win ?? (typeof window === 'undefined' ? undefined : window);
  if (!w) throw new Error('renderMarkdown needs a window: pass a jsdom window when running outside a browser');
  let r = renderers.get(w);
  if (!r) {
    r = createMarkdownRenderer(w);
    renderers.set(w, r);
  }
  return r;
}

/** Renders Markdown to sanitised HTML, using the browser's window unless one is given. */
export function renderMarkdown(text: string, win?: WindowLike): string {
  return rendererFor(win).render(text);
}

/** Sanitises HTML with the same rules as renderMarkdown. */
export function sanitizeHtml(html: string, win?: WindowLike): string {
  return rendererFor(win).sanitize(html);
}
