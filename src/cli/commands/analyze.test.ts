import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.js';
import { analyze, groupFindings, review, type Analysis } from '../../core/coach/index.js';
import { getPrompt } from '../../core/library/prompts/index.js';
import { formatAnalysis, quoteSpan } from './analyze.js';

const dataDir = mkdtempSync(join(tmpdir(), 'ob-analyze-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the real CLI from source; the data folder must stay empty (the command never opens a database). */
function cli(args: string[], input?: string) {
  return runCli(['analyze', ...args], dataDir, input ?? '');
}

const BLAME = 'Honestly I left because my manager was useless and the pay was a joke.';
const GOOD = 'After four years I wanted a larger scope, so I am looking for a role where I can own a product area.';

describe('formatAnalysis', () => {
  it('prints the metrics line and score, then each kind of finding under its plain name, the worst first, with the quoted words, message and suggestion', () => {
    const analysis = review({ prompt: getPrompt('why-did-you-leave'), answer: BLAME });
    const text = formatAnalysis(BLAME, analysis, groupFindings(analysis.findings, BLAME));
    const [metrics] = text.split('\n');
    expect(metrics).toMatch(/^14 words · 1 sentences · about 6 s spoken · 0 fillers.* · score \d+\/100$/);
    expect(text).toMatch(/problem\s+Negative about a past employer \(employer-negativity\)\n\s+"manager was useless"/);
    expect(text.indexOf('problem')).toBeLessThan(text.search(/warning|info /) === -1 ? Infinity : text.search(/warning|info /));
    const negativity = analysis.findings.find((f) => f.code === 'employer-negativity')!;
    expect(text).toContain(negativity.message);
    expect(text).toContain(`→ ${negativity.suggestion}`);
  });

  it('says so when there is nothing to fix', () => {
    const empty: Analysis = { findings: [], metrics: { words: 3, sentences: 1, speakingSeconds: 1, fillerCount: 0, fillersPerMinute: 0 } };
    expect(formatAnalysis('All good here', empty, [])).toContain('No findings');
  });

  it('quotes a long span on one line, shortened', () => {
    const text = `${'word '.repeat(40)}\nend`;
    const quoted = quoteSpan(text, { start: 0, end: text.length });
    expect(quoted).not.toContain('\n');
    expect(quoted.length).toBe(80);
    expect(quoted.endsWith('…')).toBe(true);
  });
});

// Each case spawns the real CLI; allow for a slow, busy machine.
describe('offerbook analyze', { timeout: 120_000 }, () => {
  it('reads the answer from stdin and prints findings quoting the words', () => {
    const { code, stdout } = cli(['--prompt', 'Why did you leave your last job?'], BLAME);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^14 words/);
    expect(stdout).toContain('"manager was useless"');
    expect(stdout).toMatch(/employer-negativity/);
  });

  it('reads a FILE and prints JSON with --json', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ob-answer-')), 'answer.txt');
    writeFileSync(file, BLAME);
    const { code, stdout } = cli(['--json', '--prompt', 'why-did-you-leave', file]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Analysis;
    expect(result).toEqual(analyze({ prompt: getPrompt('why-did-you-leave'), answer: BLAME }));
    rmSync(file, { force: true });
  });

  it('--jsonl answers one line per input line, in order, over 50 lines', () => {
    const inputs = Array.from({ length: 50 }, (_, i) => ({
      prompt: i % 2 ? 'Why did you leave your last job?' : undefined,
      answer: `${i % 3 ? GOOD : BLAME} Item ${i}.`,
    }));
    const { code, stdout, stderr } = cli(['--jsonl'], inputs.map((o) => JSON.stringify(o)).join('\n') + '\n');
    expect(code, stderr).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Analysis);
    expect(lines).toHaveLength(50);
    lines.forEach((result, i) => expect(result).toEqual(analyze({ prompt: inputs[i]!.prompt, answer: inputs[i]!.answer })));
  });

  it('--jsonl reports a bad line with its number on that line, carries on, and exits 1', () => {
    const input = [
      JSON.stringify({ answer: GOOD }),
      '{"answer": ',
      JSON.stringify({ prompt: 'x', answer: 3 }),
      JSON.stringify({ answer: BLAME }),
    ].join('\n');
    const { code, stdout, stderr } = cli(['--jsonl'], input);
    expect(code).toBe(1);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, { line?: number; message?: string }>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toHaveProperty('findings');
    expect(lines[1]!.error).toMatchObject({ line: 2, message: expect.stringMatching(/not valid JSON/) as string });
    expect(lines[2]!.error).toEqual({ line: 3, message: 'answer must be a string' });
    expect(lines[3]).toHaveProperty('metrics');
    expect(stderr.trim()).toBe('2 of 4 lines failed (see the "error" lines)');
  });

  it('refuses --json with --jsonl, and a missing file, in one line without a stack trace', () => {
    const both = cli(['--json', '--jsonl'], GOOD);
    expect(both.code).toBe(2);
    expect(both.stderr.trim().split('\n')).toHaveLength(1);
    const missing = cli([join(dataDir, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Cannot read .*nope\.txt: no such file\n$/);
  });

  it('never opens or creates a database', () => {
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
