import { describe, expect, it } from 'vitest';
import type { PostingPreview } from '../../../contracts/postings.js';
import { APPLY_BEFORE, bookmarkletCode, formFromPreview, readBookmarkletMessage, trimPage } from './model.js';

const preview = (fields: Partial<PostingPreview['fields']>): PostingPreview => ({
  fields: {
    employerName: null,
    roleTitle: null,
    location: null,
    remotePolicy: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    salaryPeriod: null,
    employmentType: null,
    postedAt: null,
    closesAt: null,
    description: null,
    sourceUrl: null,
    ...fields,
  },
  sources: {},
  facts: [],
  text: '',
  html: null,
  duplicates: [],
});

describe('formFromPreview', () => {
  it('fills the form and turns the closing date into the next action', () => {
    const v = formFromPreview(
      preview({
        employerName: 'Acme',
        roleTitle: 'Baker',
        salaryMin: 12.5,
        salaryMax: 14,
        salaryPeriod: 'hour',
        closesAt: '2026-04-01',
        description: 'Bake.',
      }),
    );
    expect(v).toMatchObject({
      employerName: 'Acme',
      roleTitle: 'Baker',
      salaryMin: '13',
      salaryMax: '14',
      salaryPeriod: 'hour',
      jobDescription: 'Bake.',
      nextAction: APPLY_BEFORE,
      nextActionDue: '2026-04-01',
      stage: 'lead',
    });
    expect(formFromPreview(preview({})).nextAction).toBe('');
  });
});

describe('bookmarklet', () => {
  it('opens the capture page of this Offerbook and posts only to it, after it says it is ready', () => {
    const code = bookmarkletCode('http://127.0.0.1:4173');
    expect(code.startsWith('javascript:')).toBe(true);
    expect(code).toContain('const o="http://127.0.0.1:4173"');
    expect(code).toContain("window.open(o+'/capture?from=bookmarklet'");
    expect(code).toContain('e.source===w');
    expect(code).toContain('w.postMessage(d,o)');
    expect(code).not.toContain("postMessage(d,'*')");
  });

  it('accepts only a well-formed capture message, trimmed to size, and drops non-web addresses', () => {
    expect(readBookmarkletMessage({ type: 'other' })).toBeNull();
    expect(readBookmarkletMessage('x')).toBeNull();
    const m = readBookmarkletMessage({
      type: 'offerbook-capture',
      url: 'javascript:alert(1)',
      title: 7,
      jsonLd: ['{}', 3],
      text: 'x'.repeat(400_000),
    });
    expect(m).toEqual({ url: '', title: '', jsonLd: ['{}'], text: 'x'.repeat(300_000) });
  });
});

describe('trimPage', () => {
  it('drops scripts, styles and comments from a large page but keeps JSON-LD', () => {
    const big = `<script>${'a'.repeat(950_000)}</script><script type="application/ld+json">{"@type":"JobPosting"}</script><style>p{}</style><!-- c --><p>Job</p>`;
    expect(trimPage(big)).toBe('<script type="application/ld+json">{"@type":"JobPosting"}</script><p>Job</p>');
    expect(trimPage('<p>small</p>')).toBe('<p>small</p>');
  });
});
