import { describe, expect, it } from 'vitest';
import { fieldMatches, loadCorpus } from '../../../test/support/postings.js';
import { capturePosting } from './capture.js';
import { CAPTURE_FIELDS } from './types.js';

const JOB = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Data Engineer',
  hiringOrganization: {
    '@type': 'Organization',
    name: 'Kettle Labs',
    numberOfEmployees: { '@type': 'QuantitativeValue', value: 120 },
    foundingDate: '2015',
  },
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Leeds', addressCountry: 'GB' } },
  baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', value: { minValue: 50000, maxValue: 60000, unitText: 'YEAR' } },
  datePosted: '2026-03-01',
  description: '<p>Build pipelines.</p>',
};

describe('capturePosting', () => {
  it('reads JobPosting JSON-LD as an object, an array, or inside @graph, and says so', () => {
    for (const block of [JOB, [{ '@type': 'WebSite' }, JOB], { '@graph': [{ '@type': 'WebPage' }, JOB] }]) {
      const r = capturePosting({ html: `<script type="application/ld+json">${JSON.stringify(block)}</script>` });
      expect(r.fields).toMatchObject({
        roleTitle: 'Data Engineer',
        employerName: 'Kettle Labs',
        location: 'Leeds, UK',
        salaryMin: 50000,
        salaryMax: 60000,
        salaryCurrency: 'GBP',
        salaryPeriod: 'year',
        postedAt: '2026-03-01',
        description: 'Build pipelines.',
      });
      expect(r.sources.roleTitle).toBe('structured-data');
      expect(r.facts).toEqual(
        expect.arrayContaining([
          { topic: 'size', statement: 'About 120 employees' },
          { topic: 'history', statement: 'Founded in 2015' },
        ]),
      );
    }
  });

  it('guesses the pay period from the figure when the structured data names none', () => {
    const job = { ...JOB, baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { minValue: 90000, maxValue: 100000 } } };
    const r = capturePosting({ jsonLd: [JSON.stringify(job)] });
    expect(r.fields).toMatchObject({ salaryMin: 90000, salaryMax: 100000, salaryCurrency: 'USD', salaryPeriod: 'year' });
  });

  it('takes JSON-LD handed over separately (the bookmarklet) with the page title and text', () => {
    const r = capturePosting({
      jsonLd: [JSON.stringify(JOB)],
      title: 'Data Engineer - Kettle Labs',
      text: 'Data Engineer\nHybrid: two days a week in the office.',
      url: 'https://kettle.example/jobs/1',
    });
    expect(r.fields.employerName).toBe('Kettle Labs');
    expect(r.fields.remotePolicy).toBe('hybrid');
    expect(r.sources.remotePolicy).toBe('text');
    expect(r.fields.sourceUrl).toBe('https://kettle.example/jobs/1');
    expect(r.sources.sourceUrl).toBe('url');
  });

  it('falls back to the markup and the text, and marks guesses as such', () => {
    const r = capturePosting({
      html: '<title>Baker | Crumb &amp; Co</title><meta property="og:site_name" content="Crumb &amp; Co"><h1>Baker</h1><p>Location: Bath, UK</p><p>We pay £12.50 an hour for early shifts in our bakery.</p>',
    });
    expect(r.fields).toMatchObject({
      roleTitle: 'Baker',
      employerName: 'Crumb & Co',
      location: 'Bath, UK',
      salaryMin: 12.5,
      salaryCurrency: 'GBP',
      salaryPeriod: 'hour',
      remotePolicy: 'onsite',
    });
    expect(r.sources).toMatchObject({ roleTitle: 'page-markup', location: 'page-markup', salaryMin: 'text' });
  });

  it('keeps every field null when nothing is known, and never throws on junk', () => {
    const r = capturePosting({ text: '   ' });
    for (const f of CAPTURE_FIELDS) expect(r.fields[f]).toBeNull();
    expect(() =>
      capturePosting({ html: '<<<>>><script type="application/ld+json">{broken', text: '\u0000\uffff', url: 'not a url' }),
    ).not.toThrow();
  });

  it('keeps a sanitised copy of the page and its text', () => {
    const r = capturePosting({ html: '<main><h1>Role</h1><p onclick="x()">Body <script>alert(1)</script></p></main>' });
    expect(r.html).toBe('<h1>Role</h1><p>Body </p>');
    expect(r.text).toContain('Body');
  });

  it('offers the facts the text states about the employer', () => {
    const r = capturePosting({
      text: 'Analyst\nAcme Ltd\n\nFounded in 2009, Acme has 450 employees and is headquartered in Leeds.\n\nBenefits\n- 30 days holiday\n- Pension',
    });
    const topics = r.facts.map((f) => f.topic);
    expect(topics).toEqual(expect.arrayContaining(['history', 'size', 'locations', 'culture']));
    expect(r.facts.find((f) => f.topic === 'culture')?.statement).toBe('Benefits: 30 days holiday; Pension');
  });
});

describe('the posting corpus', () => {
  // The dev part is what the reader was tuned on; the test part is only measured.
  it.each([
    ['dev', 0.97],
    ['test', 0.93],
  ] as const)('reads the %s part with at least the recorded accuracy', (split, floor) => {
    const cases = loadCorpus(split);
    expect(cases.length).toBeGreaterThanOrEqual(30);
    let right = 0;
    for (const c of cases) {
      const { fields } = capturePosting(c.kind === 'html' ? { html: c.body, url: c.url } : { text: c.body, url: c.url });
      for (const f of CAPTURE_FIELDS) if (fieldMatches(c, f, fields[f])) right += 1;
    }
    expect(right / (cases.length * CAPTURE_FIELDS.length)).toBeGreaterThanOrEqual(floor);
  });
});
