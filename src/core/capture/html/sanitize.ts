// The kept copy of a page: its content re-written with a short list of formatting tags and no
// attributes except http(s) links. Everything is rebuilt from the parsed tree, so no markup the
// page wrote reaches the output unescaped.

import { isFurniture } from './index.js';
import type { HtmlElement, HtmlNode } from './tree.js';

const KEPT = new Set([
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'a',
  'blockquote',
  'pre',
  'code',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'sup',
  'sub',
  'small',
]);
const DROPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'nav',
  'title',
  'canvas',
  'video',
  'audio',
]);
const VOID = new Set(['br', 'hr']);
const BLOCKISH = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'address', 'center']);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escape(text: string): string {
  return /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (c) => ESCAPES[c]!) : text;
}

/** Safe HTML for the posting copy. */
export function sanitizeTree(node: HtmlElement): string {
  const out: string[] = [];
  const visit = (n: HtmlNode) => {
    if (n.type === 'text') {
      out.push(escape(n.text.replace(/\s+/g, ' ')));
      return;
    }
    if (DROPPED.has(n.tag) || 'hidden' in n.attrs || n.attrs['aria-hidden'] === 'true' || isFurniture(n)) return;
    if (!KEPT.has(n.tag)) {
      if (BLOCKISH.has(n.tag)) out.push('\n');
      for (const c of n.children) visit(c);
      if (BLOCKISH.has(n.tag)) out.push('\n');
      return;
    }
    if (n.tag === 'a') {
      const href = n.attrs.href?.trim();
      if (href && /^https?:\/\/[^\s"<>]+$/i.test(href)) out.push(`<a href="${escape(href)}" rel="noopener noreferrer nofollow">`);
      else out.push('<a>');
    } else out.push(`<${n.tag}>`);
    if (VOID.has(n.tag)) return;
    for (const c of n.children) visit(c);
    out.push(`</${n.tag}>`);
  };
  visit(node);
  return out
    .join('')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}
