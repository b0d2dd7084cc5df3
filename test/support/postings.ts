// The capture corpus: hand-written postings under test/data/postings/{dev,test}, each with the
// expected fields in a front-matter block. Used by the corpus test and scripts/capture-accuracy.ts.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAPTURE_FIELDS, type CaptureField, type CapturedFields } from '../../src/core/capture/index.js';

export interface CorpusCase {
  name: string;
  kind: 'html' | 'text';
  url: string | null;
  body: string;
  expected: Partial<Record<CaptureField, string | number | null>>;
  descriptionIncludes: string | null;
}

const ROOT = join(import.meta.dirname, '..', 'data', 'postings');

/** Loads one split of the corpus. */
export function loadCorpus(split: 'dev' | 'test'): CorpusCase[] {
  const dir = join(ROOT, split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html') || f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(dir, name), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
      if (!m) throw new Error(`${split}/${name}: no front matter`);
      const expected: CorpusCase['expected'] = {};
      let url: string | null = null;
      let descriptionIncludes: string | null = null;
      for (const line of m[1]!.split('\n')) {
        const kv = /^(\w+):\s*(.*)$/.exec(line);
        if (!kv) continue;
        const [, key, value] = kv as unknown as [string, string, string];
        if (key === 'url') url = value;
        else if (key === 'descriptionIncludes') descriptionIncludes = value;
        else if ((CAPTURE_FIELDS as readonly string[]).includes(key))
          expected[key as CaptureField] = /^(salaryMin|salaryMax)$/.test(key) ? Number(value) : value;
        else throw new Error(`${split}/${name}: unknown key ${key}`);
      }
      return { name, kind: name.endsWith('.html') ? 'html' : 'text', url, body: m[2]!, expected, descriptionIncludes };
    });
}

function norm(v: unknown): string {
  return String(v)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,;:-]+|[\s"'.,;:-]+$/g, '');
}

/** Whether a captured field matches the expectation (absent expectation means null). */
export function fieldMatches(c: CorpusCase, field: CaptureField, actual: CapturedFields[CaptureField]): boolean {
  if (field === 'description')
    return (
      c.descriptionIncludes === null || (typeof actual === 'string' && actual.toLowerCase().includes(c.descriptionIncludes.toLowerCase()))
    );
  if (field === 'sourceUrl') return actual === c.url;
  const want = c.expected[field] ?? null;
  if (want === null || actual === null) return want === actual;
  if (typeof want === 'number') return typeof actual === 'number' && Math.abs(actual - want) <= Math.max(0.01, want * 0.005);
  return norm(want) === norm(actual);
}
