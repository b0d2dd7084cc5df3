// Pure helpers of the capture page: the form filled from a preview, the page trimmed before it is
// sent, the bookmarklet, and the one message the capture page accepts from it.

import type { PostingPreview } from '../../../contracts/postings.js';
import { EMPTY_FORM, type OpportunityFormValues } from '../opportunities/form-model.js';

/** Words for where a field came from. */
export const SOURCE_WORDS: Record<string, string> = {
  'structured-data': "from the page's structured data",
  'page-markup': "from the page's markup",
  text: 'guessed from the text',
  url: 'from the address',
};

/** Field names as the preview lists them. */
export const FIELD_LABELS: Record<string, string> = {
  employerName: 'Employer',
  roleTitle: 'Role',
  location: 'Location',
  remotePolicy: 'Remote policy',
  salaryMin: 'Salary from',
  salaryMax: 'Salary to',
  salaryCurrency: 'Currency',
  salaryPeriod: 'Per',
  employmentType: 'Employment type',
  postedAt: 'Posted',
  closesAt: 'Closes',
  description: 'Description',
  sourceUrl: 'Address',
};

/** The next action a closing date suggests. */
export const APPLY_BEFORE = 'Apply before the posting closes';

const whole = (n: number | null) => (n === null ? '' : String(Math.round(n)));

/** The opportunity form, filled from what the posting says; the closing date becomes the next action. */
export function formFromPreview(p: PostingPreview): OpportunityFormValues {
  const f = p.fields;
  return {
    ...EMPTY_FORM,
    employerName: f.employerName ?? '',
    roleTitle: f.roleTitle ?? '',
    location: f.location ?? '',
    remotePolicy: f.remotePolicy ?? '',
    sourceUrl: f.sourceUrl ?? '',
    salaryMin: whole(f.salaryMin),
    salaryMax: whole(f.salaryMax),
    salaryCurrency: f.salaryCurrency ?? '',
    salaryPeriod: f.salaryPeriod ?? '',
    jobDescription: (f.description ?? '').slice(0, 50_000),
    nextAction: f.closesAt ? APPLY_BEFORE : '',
    nextActionDue: f.closesAt ?? '',
  };
}

const MAX_SENT = 900_000;

/**
 * A page's HTML without what capture never reads (scripts other than JSON-LD, styles, SVG, comments),
 * so a saved page fits in one request.
 */
export function trimPage(html: string): string {
  if (html.length <= MAX_SENT) return html;
  const trimmed = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<(style|svg|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\s(?:style|class|data-[\w-]+)="[^"]*"/gi, (m) => (/^\s(?:class)=/.test(m) ? m : ''));
  return trimmed.slice(0, MAX_SENT);
}

/** What the bookmarklet hands over. */
export interface BookmarkletPosting {
  url: string;
  title: string;
  jsonLd: string[];
  text: string;
}

/** The bookmarklet's message, checked: the right type and sizes, or null. */
export function readBookmarkletMessage(data: unknown): BookmarkletPosting | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d.type !== 'offerbook-capture') return null;
  const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  const jsonLd = Array.isArray(d.jsonLd)
    ? d.jsonLd
        .filter((x): x is string => typeof x === 'string')
        .slice(0, 20)
        .map((x) => x.slice(0, 200_000))
    : [];
  const url = str(d.url, 2000);
  return { url: /^https?:\/\//i.test(url) ? url : '', title: str(d.title, 1000), jsonLd, text: str(d.text, 300_000) };
}

/** The bookmarklet for an Offerbook at `origin`: opens the capture page and hands it the job page, only when asked by that window. */
export function bookmarkletCode(origin: string): string {
  const o = JSON.stringify(origin);
  return (
    'javascript:(()=>{' +
    `const o=${o};const w=window.open(o+'/capture?from=bookmarklet','offerbook-capture');` +
    "if(!w){alert('Allow pop-ups for this page to send it to Offerbook.');return;}" +
    "const d={type:'offerbook-capture',url:location.href,title:document.title," +
    "jsonLd:[...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s=>s.textContent||'').slice(0,20)," +
    "text:(document.body?document.body.innerText:'').slice(0,300000)};" +
    "const h=e=>{if(e.source===w&&e.data&&e.data.type==='offerbook-capture-ready'){w.postMessage(d,o);removeEventListener('message',h);}};" +
    "addEventListener('message',h);})();"
  );
}
