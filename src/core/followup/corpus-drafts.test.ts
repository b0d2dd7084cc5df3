import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCorpus, type Notebook, type Supplied } from './corpus-drafts.js';

// 42 interview notebooks written blind to the code (test/data/drafts): dev (01-30) was used for tuning,
// test (31-42) only for measuring.
function load(part: 'dev' | 'test') {
  const dir = join(process.cwd(), 'test/data/drafts', part);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, notebook: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Notebook }));
}

describe.each(['dev', 'test'] as const)('drafts of the %s notebooks', (part) => {
  const notebooks = load(part);

  it.each(['none', 'accepted'] as Supplied[])('with sayable text supplied: %s', (supplied) => {
    expect(notebooks.length).toBe(part === 'dev' ? 30 : 12);
    const counts = runCorpus(notebooks, supplied);
    console.log(`drafts corpus ${part}/${supplied}:`, JSON.stringify({ ...counts, examples: undefined }));
    expect(counts.drafts).toBeGreaterThan(notebooks.length * 10);
    expect(counts.concerns).toBeGreaterThan(0);
    expect(counts.examples).toEqual([]);
    expect(counts).toMatchObject({
      copied: 0,
      thirdPerson: 0,
      markupOrPlaceholder: 0,
      concernsUnanswered: 0,
      withFindings: 0,
      overLength: 0,
    });
  });
});
