import type { Command } from 'commander';
import type { Analysis, AnalyzeInput, Coach, Finding, FindingGroup, Metrics, Review } from '../../core/coach/index.js';
import type { Prompt } from '../../core/library/prompts/index.js';

// Only src/core is loaded (lazily, in the action): this command needs no server and never opens the database.

interface AnalyzeOpts {
  prompt?: string;
  json?: boolean;
  jsonl?: boolean;
}

type ResolvePrompt = (text: string | undefined) => Prompt | string | undefined;

const SPAN_MAX = 80;

/** The exact words a finding is about, on one line, shortened when long. */
export function quoteSpan(answer: string, finding: Pick<Finding, 'start' | 'end'>): string {
  const text = answer.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
  return text.length > SPAN_MAX ? `${text.slice(0, SPAN_MAX - 1)}…` : text;
}

/** One line of numbers about the answer as spoken. */
export function formatMetrics(m: Metrics): string {
  return `${m.words} words · ${m.sentences} sentences · about ${Math.round(m.speakingSeconds)} s spoken · ${m.fillerCount} fillers (${m.fillersPerMinute}/min)`;
}

/**
 * The human-readable report: the metrics line (with the score when known), then one block per kind of
 * finding, the worst first, under its plain name (code in brackets), each occurrence with its quoted
 * words and message, the suggestion, and finally what the answer does well.
 */
export function formatAnalysis(answer: string, analysis: Analysis | Review, groups: readonly FindingGroup[]): string {
  const score = 'score' in analysis ? ` · score ${analysis.score}/100` : '';
  const lines = [formatMetrics(analysis.metrics) + score];
  if (groups.length === 0) lines.push('No findings: nothing to fix.');
  for (const g of groups) {
    lines.push('', `${g.severity.padEnd(7)}  ${g.label} (${g.code})`);
    if (g.code === 'filler-words') lines.push(`  ${g.summary}`);
    else for (const f of g.findings) lines.push(`  "${quoteSpan(answer, f)}": ${f.message}`);
    lines.push(`  → ${g.suggestion}`);
  }
  if ('strengths' in analysis && analysis.strengths.length > 0) {
    lines.push('', 'What works:', ...analysis.strengths.map((s) => `  ✓ ${s.message}`));
  }
  return lines.join('\n');
}

/** Parses and analyses one JSONL line: the result object, or an error naming the line. */
export function analyzeLine(
  coach: Coach,
  resolve: ResolvePrompt,
  line: string,
  lineNumber: number,
  defaultPrompt: string | undefined,
): object {
  const fail = (message: string) => ({ error: { line: lineNumber, message } });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return fail(line.trim() === '' ? 'empty line; expected a JSON object' : `not valid JSON: ${(err as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('expected a JSON object like {"prompt": "…", "answer": "…"}');
  const { prompt, answer } = value as Record<string, unknown>;
  if (typeof answer !== 'string') return fail('answer must be a string');
  if (prompt !== undefined && prompt !== null && typeof prompt !== 'string') return fail('prompt must be a string');
  const input: AnalyzeInput = { prompt: resolve(typeof prompt === 'string' ? prompt : defaultPrompt), answer };
  return coach.analyze(input);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function runJsonl(
  input: NodeJS.ReadableStream,
  coach: Coach,
  resolve: ResolvePrompt,
  defaultPrompt: string | undefined,
): Promise<{ total: number; failed: number }> {
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let total = 0;
  let failed = 0;
  let out: string[] = [];
  // Batched writes: one write per few hundred results keeps a 1,000-line batch fast.
  for await (const line of lines) {
    total += 1;
    const result = analyzeLine(coach, resolve, line, total, defaultPrompt);
    if ('error' in result) failed += 1;
    out.push(JSON.stringify(result));
    if (out.length >= 256) {
      process.stdout.write(out.join('\n') + '\n');
      out = [];
    }
  }
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
  return { total, failed };
}

/** `offerbook analyze`: the answer coach on the command line, one answer or a JSONL batch. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('feedback on an answer: findings and metrics, computed on this machine (no server, no database)')
    .argument('[file]', 'the answer text (or, with --jsonl, one {"prompt", "answer"} object a line); stdin when omitted')
    .option(
      '-p, --prompt <text>',
      'the question answered: a library prompt id or its text (with --jsonl: the default for lines without one)',
    )
    .option('--json', 'print {"findings", "metrics"} as JSON')
    .option('--jsonl', 'batch: one JSON object a line in, one result a line out, in the same order')
    .action(async (file: string | undefined, opts: AnalyzeOpts) => {
      const [{ createCoach, groupFindings }, { getPrompt }, { CliError }] = await Promise.all([
        import('../../core/coach/index.js'),
        import('../../core/library/prompts/index.js'),
        import('../errors.js'),
      ]);
      if (opts.json && opts.jsonl) throw new CliError('offerbook analyze: use --json or --jsonl, not both', 2);
      if (!file && process.stdin.isTTY) throw new CliError('offerbook analyze: give a FILE, or pipe the answer on stdin', 2);
      const resolve: ResolvePrompt = (text) => {
        const trimmed = text?.trim();
        return trimmed ? (getPrompt(trimmed) ?? trimmed) : undefined;
      };
      let input: NodeJS.ReadableStream = process.stdin;
      if (file) {
        const { createReadStream } = await import('node:fs');
        const { access } = await import('node:fs/promises');
        await access(file).catch((err: NodeJS.ErrnoException) => {
          throw new CliError(`Cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
        });
        input = createReadStream(file);
      }
      const coach = createCoach();
      if (opts.jsonl) {
        const { total, failed } = await runJsonl(input, coach, resolve, opts.prompt);
        if (failed > 0) throw new CliError(`${failed} of ${total} lines failed (see the "error" lines)`);
        return;
      }
      const answer = await readAll(input);
      if (answer.trim() === '') throw new CliError('offerbook analyze: the answer is empty', 2);
      const request = { prompt: resolve(opts.prompt), answer };
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(coach.analyze(request), null, 2)}\n`);
        return;
      }
      const reviewed = coach.review(request);
      process.stdout.write(`${formatAnalysis(answer, reviewed, groupFindings(reviewed.findings, answer))}\n`);
    });
}
