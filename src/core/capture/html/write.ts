// Turns a parsed page (or part of one) into text: clean Markdown for the description, or plain
// lines for the text reader. Navigation, forms, buttons and hidden elements are left out.

import { isFurniture } from './index.js';
import { BLOCK_TAGS, type HtmlElement, type HtmlNode } from './tree.js';

const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'svg',
  'template',
  'nav',
  'button',
  'select',
  'iframe',
  'form',
  'input',
  'textarea',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
  'object',
  'embed',
  'map',
  'dialog',
  'title',
  'meta',
  'link',
]);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

export interface WriteOptions {
  /** Plain lines (no Markdown marks); list items keep a "- " so the reader can tell them. */
  plain?: boolean;
  /** Leave out page furniture: footer and header elements, cookie banners. */
  skipFurniture?: boolean;
}

function hidden(el: HtmlElement): boolean {
  const a = el.attrs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function safeHref(href: string | undefined): string | null {
  if (!href) return null;
  const h = href.trim();
  return /^https?:\/\/[^\s()<>]+$/i.test(h) ? h : null;
}

/** Writes the node's content; returns Markdown (or plain lines) with blank lines between blocks. */
export function writeText(node: HtmlNode, options: WriteOptions = {}): string {
  const plain = options.plain ?? false;
  const out: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let inPre = 0;

  const text = (t: string) => {
    out.push(inPre > 0 ? t : t.replace(/\s+/g, ' '));
  };
  const brk = (kind: '\n' | '\n\n') => {
    const last = out[out.length - 1];
    if (last === '\n' || last === '\n\n') out[out.length - 1] = last === '\n\n' || kind === '\n\n' ? '\n\n' : '\n';
    else out.push(kind);
  };
  const visit = (n: HtmlNode) => {
    if (n.type === 'text') {
      text(n.text);
      return;
    }
    if (SKIPPED.has(n.tag) || hidden(n) || (options.skipFurniture && isFurniture(n))) return;
    const level = HEADINGS[n.tag];
    if (level !== undefined) {
      brk('\n\n');
      if (!plain) out.push(`${'#'.repeat(Math.min(level + 1, 4))} `);
      children(n);
      brk('\n\n');
      return;
    }
    switch (n.tag) {
      case 'br':
        brk('\n');
        return;
      case 'hr':
        brk('\n\n');
        return;
      case 'strong':
      case 'b':
      case 'em':
      case 'i': {
        const mark = plain ? '' : n.tag === 'strong' || n.tag === 'b' ? '**' : '*';
        const inner = writeInline(n, options);
        if (inner.trim() === '') return;
        const lead = /^\s/.test(inner) ? ' ' : '';
        const trail = /\s$/.test(inner) ? ' ' : '';
        out.push(`${lead}${mark}${inner.trim()}${mark}${trail}`);
        return;
      }
      case 'a': {
        const href = safeHref(n.attrs.href);
        const inner = writeInline(n, options).trim();
        if (!plain && href && inner && inner !== href) out.push(`[${inner.replace(/[[\]]/g, '')}](${href})`);
        else text(inner || '');
        return;
      }
      case 'ul':
      case 'ol':
        brk(lists.length === 0 ? '\n\n' : '\n');
        lists.push({ ordered: n.tag === 'ol', n: 0 });
        children(n);
        lists.pop();
        brk(lists.length === 0 ? '\n\n' : '\n');
        return;
      case 'li': {
        brk('\n');
        const list = lists[lists.length - 1];
        const indent = '  '.repeat(Math.max(0, lists.length - 1));
        if (list) list.n += 1;
        out.push(`${indent}${list?.ordered && !plain ? `${list.n}.` : '-'} `);
        children(n);
        brk('\n');
        return;
      }
      case 'pre':
        brk('\n\n');
        inPre++;
        if (!plain) out.push('```\n');
        children(n);
        if (!plain) out.push('\n```');
        inPre--;
        brk('\n\n');
        return;
      case 'td':
      case 'th':
      case 'dt':
      case 'dd':
        brk('\n');
        children(n);
        brk('\n');
        return;
      default:
        if (BLOCK_TAGS.has(n.tag)) {
          brk('\n\n');
          children(n);
          brk('\n\n');
        } else children(n);
    }
  };
  const children = (el: HtmlElement) => {
    for (const c of el.children) visit(c);
  };
  visit(node);
  return tidy(out.join(''));
}

function writeInline(el: HtmlElement, options: WriteOptions): string {
  return el.children
    .map((c) => (c.type === 'text' ? c.text.replace(/\s+/g, ' ') : writeText(c, { ...options, plain: true }).replace(/\n+/g, ' ')))
    .join('');
}

/** Collapses spaces and blank lines; drops list markers with nothing after them. */
export function tidy(text: string): string {
  const lines = text.split('\n').map((line) => {
    const indent = /^( *)(?:- |\d+\. )/.exec(line)?.[1] ?? '';
    return indent + line.replace(/[ \t\u00a0]+/g, ' ').trim();
  });
  const kept = lines.filter((line) => !/^\s*(?:-|\d+\.|#+)\s*$/.test(line));
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
