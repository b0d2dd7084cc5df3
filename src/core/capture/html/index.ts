// One pass over a parsed page that the readers share: every element in document order, whether it
// sits in page furniture (navigation, footers, cookie banners, "similar jobs"), and its text length.

import type { HtmlElement } from './tree.js';

export interface IndexedElement {
  el: HtmlElement;
  /** Inside navigation, a footer, an aside or a block named like furniture. */
  furniture: boolean;
  /** Characters of text inside (raw, whitespace included). */
  textLength: number;
}

const FURNITURE_NAME =
  /(?:^|[\s_-])(?:cookie|consent|gdpr|banner|newsletter|share|social|breadcrumb|related|similar|recommend|sidebar|modal|popup|skip|footer|navbar|menu)/i;

/** Whether an element is page furniture rather than the posting. */
export function isFurniture(el: HtmlElement): boolean {
  if (el.tag === 'footer' || el.tag === 'aside' || el.tag === 'nav') return true;
  const role = el.attrs.role;
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo') return true;
  const cls = el.attrs.class;
  const id = el.attrs.id;
  return (cls !== undefined && FURNITURE_NAME.test(cls)) || (id !== undefined && FURNITURE_NAME.test(id));
}

/** Indexes the page once. */
export function indexPage(root: HtmlElement): IndexedElement[] {
  const out: IndexedElement[] = [];
  const visit = (el: HtmlElement, furniture: boolean, depth: number): number => {
    const entry: IndexedElement = { el, furniture, textLength: 0 };
    if (el !== root) out.push(entry);
    let length = 0;
    for (const child of el.children) {
      if (child.type === 'text') length += child.text.length;
      else if (depth < 500) length += visit(child, furniture || isFurniture(child), depth + 1);
    }
    entry.textLength = length;
    return length;
  };
  visit(root, false, 0);
  return out;
}
