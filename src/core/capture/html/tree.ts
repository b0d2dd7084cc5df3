// A small, tolerant HTML parser: pure TypeScript, no DOM, the same in Node and the browser.
// It builds a light tree good enough to read a job page: unknown or broken markup never throws,
// unmatched end tags are ignored, and the elements HTML closes implicitly (p, li, dt/dd, td, tr,
// option) are closed the same way. Script and style contents are skipped, except JSON-LD blocks.

import { decodeEntities } from './entities.js';

export interface HtmlElement {
  type: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export interface HtmlText {
  type: 'text';
  text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

/** A parsed page: its tree and the raw JSON-LD blocks found on the way. */
export interface ParsedHtml {
  root: HtmlElement;
  jsonLd: string[];
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);
// Contents that are never page text (their raw text is dropped).
const DROPPED_RAW = new Set(['script', 'style', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext']);
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);
// Opening the key closes an open element of these tags, unless a boundary is met first.
const IMPLIED: Record<string, { closes: string[]; boundary: string[] }> = {
  li: { closes: ['li'], boundary: ['ul', 'ol', 'menu'] },
  dt: { closes: ['dt', 'dd'], boundary: ['dl'] },
  dd: { closes: ['dt', 'dd'], boundary: ['dl'] },
  tr: { closes: ['tr', 'td', 'th'], boundary: ['table', 'tbody', 'thead', 'tfoot'] },
  td: { closes: ['td', 'th'], boundary: ['tr', 'table'] },
  th: { closes: ['td', 'th'], boundary: ['tr', 'table'] },
  option: { closes: ['option'], boundary: ['select', 'datalist'] },
  tbody: { closes: ['thead', 'tbody', 'tr', 'td', 'th'], boundary: ['table'] },
};

const TAG_NAME = /[A-Za-z][A-Za-z0-9:-]*/y;
const ATTRIBUTE = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;
const MAX_DEPTH = 400;

function element(tag: string, attrs: Record<string, string> = {}): HtmlElement {
  return { type: 'element', tag, attrs, children: [] };
}

function isJsonLd(attrs: Record<string, string>): boolean {
  return (attrs.type ?? '').trim().toLowerCase() === 'application/ld+json';
}

/** Parses HTML into a tree. Never throws; the worst input gives a tree of text. */
export function parseHtml(html: string): ParsedHtml {
  const root = element('#root');
  const stack: HtmlElement[] = [root];
  const jsonLd: string[] = [];
  const lower = html.toLowerCase();
  const top = () => stack[stack.length - 1]!;
  const addText = (text: string) => {
    if (text === '') return;
    const siblings = top().children;
    const last = siblings[siblings.length - 1];
    const decoded = decodeEntities(text);
    if (last?.type === 'text') last.text += decoded;
    else siblings.push({ type: 'text', text: decoded });
  };
  const closeTo = (index: number) => {
    stack.length = Math.max(1, index);
  };
  const findOpen = (tags: readonly string[], boundary: readonly string[]): number => {
    for (let i = stack.length - 1; i > 0; i--) {
      const tag = stack[i]!.tag;
      if (tags.includes(tag)) return i;
      if (boundary.includes(tag)) return -1;
    }
    return -1;
  };

  let pos = 0;
  const length = html.length;
  while (pos < length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) {
      addText(html.slice(pos));
      break;
    }
    if (lt > pos) addText(html.slice(pos, lt));
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end === -1 ? length : end + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.indexOf('>', lt + 2);
      pos = end === -1 ? length : end + 1;
      continue;
    }
    if (next === 47 /* / */) {
      TAG_NAME.lastIndex = lt + 2;
      const m = TAG_NAME.exec(html);
      const end = html.indexOf('>', lt + 2);
      pos = end === -1 ? length : end + 1;
      if (!m) continue;
      const tag = m[0].toLowerCase();
      const at = findOpen([tag], tag === 'p' || tag === 'li' ? ['div', 'section', 'article', 'td', 'ul', 'ol'] : []);
      if (at > 0) closeTo(at);
      else if (tag === 'br') top().children.push(element('br'));
      continue;
    }
    TAG_NAME.lastIndex = lt + 1;
    const m = TAG_NAME.exec(html);
    if (!m) {
      addText('<');
      pos = lt + 1;
      continue;
    }
    const tag = m[0].toLowerCase();
    const attrs: Record<string, string> = {};
    let p = TAG_NAME.lastIndex;
    for (;;) {
      while (p < length && html.charCodeAt(p) <= 32) p++;
      const c = html[p];
      if (c === undefined || c === '>') break;
      if (c === '/' && html[p + 1] === '>') {
        p++;
        break;
      }
      ATTRIBUTE.lastIndex = p;
      const a = ATTRIBUTE.exec(html);
      if (!a || a[0].length === 0) {
        p++;
        continue;
      }
      const name = a[1]!.toLowerCase();
      if (!(name in attrs)) attrs[name] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
      p = ATTRIBUTE.lastIndex;
    }
    pos = p < length ? p + 1 : length;

    if (RAW.has(tag)) {
      const end = lower.indexOf(`</${tag}`, pos);
      const body = html.slice(pos, end === -1 ? length : end);
      const close = end === -1 ? -1 : html.indexOf('>', end);
      pos = close === -1 ? length : close + 1;
      if (tag === 'script' && isJsonLd(attrs)) jsonLd.push(body);
      if (DROPPED_RAW.has(tag)) {
        if (tag === 'script' || tag === 'style') continue;
        top().children.push(element(tag, attrs));
        continue;
      }
      const el = element(tag, attrs);
      if (body) el.children.push({ type: 'text', text: decodeEntities(body) });
      top().children.push(el);
      continue;
    }

    if (CLOSES_P.has(tag)) {
      const at = findOpen(['p'], ['div', 'section', 'article', 'td', 'th', 'li', 'blockquote', 'button']);
      if (at > 0) closeTo(at);
    }
    const implied = IMPLIED[tag];
    if (implied) {
      const at = findOpen(implied.closes, implied.boundary);
      if (at > 0) closeTo(at);
    }
    const el = element(tag, attrs);
    top().children.push(el);
    if (!VOID.has(tag) && !html.startsWith('/>', pos - 2) && stack.length < MAX_DEPTH) stack.push(el);
  }
  return { root, jsonLd };
}

/** Every element under `node` (depth first), optionally only of some tags. */
export function* walk(node: HtmlElement, tags?: ReadonlySet<string>): Generator<HtmlElement> {
  const pending: HtmlElement[] = [node];
  while (pending.length > 0) {
    const el = pending.pop()!;
    if (el !== node && (!tags || tags.has(el.tag))) yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (child.type === 'element') pending.push(child);
    }
  }
}

/** Tags that start a new line of text. */
export const BLOCK_TAGS = new Set([
  ...CLOSES_P,
  'br',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'caption',
  'summary',
  'figcaption',
  'option',
  'body',
  'html',
  'center',
  'menu',
  'dialog',
  'legend',
  'label',
]);

/** The text inside an element, whitespace collapsed (blocks and line breaks become spaces). */
export function textOf(node: HtmlNode): string {
  if (node.type === 'text') return node.text.replace(/\s+/g, ' ').trim();
  const parts: string[] = [];
  const collect = (n: HtmlNode) => {
    if (n.type === 'text') parts.push(n.text);
    else if (BLOCK_TAGS.has(n.tag)) {
      parts.push(' ');
      for (const c of n.children) collect(c);
      parts.push(' ');
    } else if (!DROPPED_RAW.has(n.tag)) for (const c of n.children) collect(c);
  };
  collect(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
