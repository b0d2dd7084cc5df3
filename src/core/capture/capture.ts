// Capture a job posting: structured data first, then the page's markup, then its text (or the
// pasted text, or a recruiter's message), then the address. Each field keeps where it came from.

import { looksLikeEmail, readEmail } from './email.js';
import { factsInText } from './facts.js';
import { tidyPlainText } from './html/markdown.js';
import { sanitizeTree } from './html/sanitize.js';
import { indexPage, type IndexedElement } from './html/index.js';
import { parseHtml, type HtmlElement } from './html/tree.js';
import { writeText } from './html/write.js';
import { findJobPostings, readJobPosting } from './jsonld.js';
import { readMarkup, readMeta } from './markup.js';
import { readAnywhere, readPostingText, toLines } from './text.js';
import { employerFromUrl } from './url.js';
import {
  CAPTURE_FIELDS,
  type CaptureField,
  type CaptureInput,
  type CaptureResult,
  type CaptureSource,
  type CapturedFields,
  type Partial13,
  type PostingFact,
} from './types.js';

/** Largest input read; the rest of a huge page is page furniture. */
export const MAX_CAPTURE_INPUT = 2_000_000;
const CONTENT =
  /(?:^|[\s_-])(?:job[_-]?description|jobdescription|description|posting[_-]?(?:body|content|description)|job[_-]?(?:details|body|content)|jobs?-description|vacancy[_-]?description|content)(?:$|[\s_-])/i;

function emptyFields(): CapturedFields {
  return Object.fromEntries(CAPTURE_FIELDS.map((k) => [k, null])) as unknown as CapturedFields;
}

class Merger {
  readonly fields = emptyFields();
  readonly sources: Partial<Record<CaptureField, CaptureSource>> = {};

  add(values: Partial13, source: CaptureSource | ((key: CaptureField) => CaptureSource)): void {
    for (const key of CAPTURE_FIELDS) {
      const v = values[key];
      if (v === undefined || v === null || v === '' || this.fields[key] !== null) continue;
      if (
        (key === 'salaryMin' || key === 'salaryMax') &&
        (this.sources.salaryMin ?? this.sources.salaryMax) &&
        this.fields.salaryMin === null &&
        this.fields.salaryMax === null
      )
        continue;
      (this.fields as unknown as Record<string, unknown>)[key] = v;
      this.sources[key] = typeof source === 'function' ? source(key) : source;
    }
  }

  /** Pay comes as one unit: a later reader never mixes its figure with an earlier one's currency. */
  addSalary(values: Partial13, source: CaptureSource | ((key: CaptureField) => CaptureSource)): void {
    if (this.fields.salaryMin !== null || this.fields.salaryMax !== null) {
      const rest: Partial13 = { ...values };
      delete rest.salaryMin;
      delete rest.salaryMax;
      delete rest.salaryCurrency;
      this.add(rest, source);
      return;
    }
    this.add(values, source);
  }
}

function contentRoot(root: HtmlElement, index: readonly IndexedElement[]): HtmlElement {
  let best: HtmlElement | null = null;
  let bestLength = 0;
  for (const { el, furniture, textLength } of index) {
    if (furniture || textLength <= 120 || textLength <= bestLength * 1.2) continue;
    if (
      el.tag !== 'main' &&
      el.tag !== 'article' &&
      !CONTENT.test(
        `${el.attrs.class ?? ''} ${el.attrs.id ?? ''} ${el.attrs['data-testid'] ?? ''} ${el.attrs.itemprop ?? ''} ${el.attrs['data-automation-id'] ?? ''}`,
      )
    )
      continue;
    best = el;
    bestLength = textLength;
  }
  return best ?? index.find((e) => e.el.tag === 'body')?.el ?? root;
}

function cleanTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .replace(/\s*[-–|]\s*job post$/i, '')
    .replace(/^(?:job|role|position|vacancy|job opening|open position|we(?:'|’)re hiring|we are hiring|now hiring|hiring)\s*[:\-–]\s*/i, '')
    .replace(/[*_#]+/g, '')
    .trim();
}

/** Which dollar a bare "$" means, by where the job is. */
function dollarOf(context: string, location: string | null): string {
  const where = location ?? '';
  if (where === '' && /\b(?:US|USA|U\.S\.|United States)\b/.test(context)) return 'USD';
  const test = (re: RegExp) => re.test(where) || (where === '' && re.test(context));
  if (test(/\b(?:Canada|AB|BC|MB|NB|NL|NS|ON|PE|QC|SK|Toronto|Vancouver|Montr[ée]al|Calgary|Ottawa|Edmonton)\b/)) return 'CAD';
  if (test(/\b(?:Australia|NSW|VIC|QLD|TAS|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra)\b/)) return 'AUD';
  if (test(/\b(?:New Zealand|Auckland|Wellington|Christchurch)\b/)) return 'NZD';
  if (test(/\bSingapore\b/)) return 'SGD';
  if (test(/\bHong Kong\b/)) return 'HKD';
  return 'USD';
}

function dedupeFacts(facts: PostingFact[]): PostingFact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.topic}|${f.statement.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Reads a posting from text, HTML, or both, with its address. Pure: no I/O, no clock. */
export function capturePosting(input: CaptureInput): CaptureResult {
  const html = input.html ? input.html.slice(0, MAX_CAPTURE_INPUT) : null;
  const pasted = input.text ? input.text.slice(0, MAX_CAPTURE_INPUT) : null;
  const merger = new Merger();
  const facts: PostingFact[] = [];
  const parsed = html ? parseHtml(html) : null;
  const blocks = [...(parsed?.jsonLd ?? []), ...(input.jsonLd ?? [])];

  // 1. Structured data.
  if (blocks.length > 0) {
    const { postings, byId } = findJobPostings(blocks);
    const posting = postings.find((p) => input.url && p.url === input.url) ?? postings[0];
    if (posting) {
      const read = readJobPosting(posting, byId);
      merger.addSalary(read.fields, 'structured-data');
      facts.push(...read.facts);
    }
  }

  // 2. The page's markup.
  let pageText = '';
  let pageDescription: string | null = null;
  let sanitized: string | null = null;
  let canonical: string | null = null;
  if (parsed) {
    const index = indexPage(parsed.root);
    const meta = readMeta(index);
    canonical = meta.canonical;
    merger.addSalary(readMarkup(index, meta), 'page-markup');
    const content = contentRoot(parsed.root, index);
    pageDescription = writeText(content, { skipFurniture: true }) || null;
    pageText = writeText(parsed.root, { plain: true, skipFurniture: true });
    sanitized = sanitizeTree(content) || null;
  } else if (input.title) {
    const meta = { title: input.title, ogTitle: null, siteName: null, canonical: null, h1: null, roleHeading: null };
    merger.addSalary(readMarkup([], meta), 'page-markup');
  }

  // 3. The text: what was pasted, else the page's own text.
  const text = pasted ?? pageText;
  const lines = toLines(text);
  let bodyStart = 0;
  if (text.trim() !== '') {
    if (!parsed && looksLikeEmail(text)) {
      merger.add(readEmail(text), 'text');
      const rest: Partial13 = {};
      readAnywhere(lines, text, rest, /£|€/.test(text));
      merger.addSalary(rest, 'text');
    } else {
      const reading = readPostingText(lines, text);
      bodyStart = reading.bodyStart;
      merger.addSalary(reading.fields, (key) => (parsed && reading.labelled.has(key) ? 'page-markup' : 'text'));
    }
    facts.push(...factsInText(text));
  }
  // The structured description often says what the structured fields do not (hybrid, hours).
  if (merger.sources.description === 'structured-data' && merger.fields.description) {
    const described: Partial13 = {};
    const lines = toLines(merger.fields.description);
    readAnywhere(lines, merger.fields.description, described, false);
    merger.addSalary(described, 'text');
    if (!text.trim()) facts.push(...factsInText(merger.fields.description));
  }

  // 4. The address.
  const url = input.url?.trim() || canonical;
  if (url && /^https?:\/\//i.test(url)) {
    merger.add({ sourceUrl: url }, input.url ? 'url' : 'page-markup');
    merger.add({ employerName: employerFromUrl(url) }, 'url');
  }

  if (merger.fields.description === null) {
    const body = pageDescription ?? (tidyPlainText(lines.slice(pasted ? bodyStart : 0).join('\n')) || tidyPlainText(text));
    if (body) merger.add({ description: body.slice(0, 50_000) }, parsed ? 'page-markup' : 'text');
  }
  const f = merger.fields;
  if (f.salaryCurrency === 'USD' && merger.sources.salaryCurrency !== 'structured-data')
    f.salaryCurrency = dollarOf(`${f.location ?? ''} ${text.slice(0, 3000)}`, f.location);
  if (f.location && f.employerName && f.location.toLowerCase().startsWith(`${f.employerName.toLowerCase()}, `))
    f.location = f.location.slice(f.employerName.length + 2);
  if (f.roleTitle) f.roleTitle = cleanTitle(f.roleTitle);
  if (f.salaryMin !== null && f.salaryMax !== null && f.salaryMin > f.salaryMax) [f.salaryMin, f.salaryMax] = [f.salaryMax, f.salaryMin];
  if (f.salaryMin === null && f.salaryMax === null) {
    f.salaryCurrency = null;
    f.salaryPeriod = null;
    delete merger.sources.salaryCurrency;
    delete merger.sources.salaryPeriod;
  }
  return {
    fields: f,
    sources: merger.sources,
    facts: dedupeFacts(facts),
    text: tidyPlainText(text).slice(0, 200_000),
    html: sanitized ? sanitized.slice(0, 400_000) : null,
  };
}
