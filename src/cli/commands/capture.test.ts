import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.js';
import { CAPTURE_FIELDS } from '../../core/capture/index.js';
import { looksLikeHtml, parseCaptureLine } from './capture.js';

const dataDir = mkdtempSync(join(tmpdir(), 'ob-capture-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const TEXT = 'Pastry Cook\nTinsmith Bakery\nBath, UK\n£12.50 per hour · Full-time\n\nMake laminated doughs in our kitchen from 5am.';
const PAGE = `<html><head><script type="application/ld+json">${JSON.stringify({
  '@type': 'JobPosting',
  title: 'Data Engineer',
  hiringOrganization: { name: 'Kettle Labs' },
  datePosted: '2026-03-01',
  validThrough: '2026-04-01',
})}</script></head><body><h1>Data Engineer</h1></body></html>`;

describe('capture helpers', () => {
  it('tells a page from copied text', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml(TEXT)).toBe(false);
    expect(looksLikeHtml('Salary < 50k and > 40k')).toBe(false);
  });

  it('names what is wrong with a batch line', () => {
    expect(parseCaptureLine('{"text": 3}')).toBe('text must be a string');
    expect(parseCaptureLine('[1]')).toMatch(/expected a JSON object/);
    expect(parseCaptureLine('{"url": "https://x.example"}')).toEqual({ url: 'https://x.example' });
  });
});

// Each case spawns the real CLI; allow for a slow, busy machine.
describe('offerbook capture', { timeout: 120_000 }, () => {
  it('prints the fields of a pasted posting with where each came from', () => {
    const { code, stdout } = runCli(['capture'], dataDir, TEXT);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Employer:\s+Tinsmith Bakery {2}\(guessed from the text\)/);
    expect(stdout).toMatch(/Role:\s+Pastry Cook/);
    expect(stdout).toMatch(/Per:\s+hour/);
  });

  it('reads a saved page from a file, with --url and --json', () => {
    const file = join(dataDir, 'posting.html');
    writeFileSync(file, PAGE);
    const { code, stdout } = runCli(['capture', file, '--url', 'https://kettle.example/jobs/1', '--json'], dataDir);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { fields: Record<string, unknown>; sources: Record<string, string> };
    expect(out.fields).toMatchObject({
      roleTitle: 'Data Engineer',
      employerName: 'Kettle Labs',
      postedAt: '2026-03-01',
      closesAt: '2026-04-01',
      sourceUrl: 'https://kettle.example/jobs/1',
    });
    expect(out.sources.employerName).toBe('structured-data');
  });

  it('writes one line of exactly the 13 fields per input line, in order, nulls for a bad line, no database', () => {
    const lines = [JSON.stringify({ text: TEXT }), 'not json', JSON.stringify({ html: PAGE, url: 'https://kettle.example/jobs/2' })].join(
      '\n',
    );
    const { code, stdout, stderr } = runCli(['capture', '--jsonl'], dataDir, `${lines}\n`);
    expect(code).toBe(0);
    const rows = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(Object.keys(row)).toEqual([...CAPTURE_FIELDS]);
    expect(rows[0]).toMatchObject({ employerName: 'Tinsmith Bakery', salaryMin: 12.5, salaryCurrency: 'GBP' });
    expect(Object.values(rows[1]!).every((v) => v === null)).toBe(true);
    expect(rows[2]).toMatchObject({ roleTitle: 'Data Engineer', sourceUrl: 'https://kettle.example/jobs/2' });
    expect(stderr).toContain('line 2: not valid JSON');
    expect(readdirSync(dataDir)).toEqual(['posting.html']);
  });

  it('refuses an empty posting and a missing file with one line', () => {
    expect(runCli(['capture'], dataDir, '  \n').stderr).toContain('the posting is empty');
    const missing = runCli(['capture', join(dataDir, 'nope.html')], dataDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^Cannot read .*nope\.html: no such file$/);
  });
});
