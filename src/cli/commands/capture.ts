import type { Command } from 'commander';
import type { CaptureField, CaptureInput, CaptureResult, CapturedFields } from '../../core/capture/index.js';

// Only src/core is loaded (lazily, in the action): capture needs no server and never opens the database.

interface CaptureOpts {
  url?: string;
  json?: boolean;
  jsonl?: boolean;
}

const LABELS: Record<CaptureField, string> = {
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
  sourceUrl: 'Source',
};
const SOURCE_WORDS = {
  'structured-data': "from the page's structured data",
  'page-markup': "from the page's markup",
  text: 'guessed from the text',
  url: 'from the address',
} as const;

/** Whether a document is a page's HTML rather than copied text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4000).trimStart();
  return (
    /^<(?:!doctype|html|head|body|meta|div|main|section|article|script|title)\b/i.test(head) ||
    /<(?:html|body|div|p|h1|script)\b[^>]*>/i.test(head)
  );
}

/** The human-readable report: one line a field, with where it came from. */
export function formatCapture(result: CaptureResult, fields: readonly CaptureField[]): string {
  const lines: string[] = [];
  for (const f of fields) {
    const value = result.fields[f];
    if (value === null || f === 'description') continue;
    const source = result.sources[f];
    lines.push(`${`${LABELS[f]}:`.padEnd(17)}${String(value)}${source ? `  (${SOURCE_WORDS[source]})` : ''}`);
  }
  if (lines.length === 0) lines.push('Nothing recognised: no title, employer, place or pay found.');
  if (result.facts.length > 0)
    lines.push('', 'About the employer (offered as research):', ...result.facts.map((f) => `  - ${f.statement}`));
  const description = result.fields.description;
  if (description)
    lines.push(
      '',
      `Description (${description.length} characters):`,
      description.length > 600 ? `${description.slice(0, 600)}…` : description,
    );
  return lines.join('\n');
}

/** One JSONL line: its input, or an error message. */
export function parseCaptureLine(line: string): CaptureInput | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return line.trim() === '' ? 'empty line; expected a JSON object' : `not valid JSON: ${(err as Error).message}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object like {"text": "…", "url": "…"}';
  const { text, html, url } = value as Record<string, unknown>;
  for (const [name, v] of Object.entries({ text, html, url }))
    if (v !== undefined && v !== null && typeof v !== 'string') return `${name} must be a string`;
  return { text: text as string | undefined, html: html as string | undefined, url: url as string | undefined };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** `offerbook capture`: read a posting (text, a saved page, or a JSONL batch) into an opportunity's fields. */
export function registerCapture(program: Command): void {
  program
    .command('capture')
    .description(
      'read a job posting (copied text, a saved .html page, or a recruiter e-mail) into fields, on this machine (no server, no database)',
    )
    .argument('[file]', 'the posting (or, with --jsonl, one {"text", "html", "url"} object a line); "-" or omitted: stdin')
    .option('--url <url>', "the posting's address")
    .option('--json', 'print {"fields", "sources", "facts"} as JSON')
    .option('--jsonl', 'batch: one JSON object a line in, the 13 fields a line out (null when unknown), in the same order')
    .action(async (file: string | undefined, opts: CaptureOpts) => {
      const [{ capturePosting, CAPTURE_FIELDS }, { CliError }] = await Promise.all([
        import('../../core/capture/index.js'),
        import('../errors.js'),
      ]);
      if (opts.json && opts.jsonl) throw new CliError('offerbook capture: use --json or --jsonl, not both', 2);
      const fromStdin = !file || file === '-';
      if (fromStdin && process.stdin.isTTY) throw new CliError('offerbook capture: give a FILE, or pipe the posting on stdin', 2);
      let input: NodeJS.ReadableStream = process.stdin;
      if (!fromStdin) {
        const { createReadStream } = await import('node:fs');
        const { access } = await import('node:fs/promises');
        await access(file).catch((err: NodeJS.ErrnoException) => {
          throw new CliError(`Cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
        });
        input = createReadStream(file);
      }
      const pick = (fields: CapturedFields) => Object.fromEntries(CAPTURE_FIELDS.map((f) => [f, fields[f]]));
      if (opts.jsonl) {
        const { createInterface } = await import('node:readline');
        let n = 0;
        let failed = 0;
        let out: string[] = [];
        for await (const line of createInterface({ input, crlfDelay: Infinity })) {
          n += 1;
          const parsed = parseCaptureLine(line);
          if (typeof parsed === 'string') {
            failed += 1;
            process.stderr.write(`line ${n}: ${parsed}\n`);
            out.push(JSON.stringify(Object.fromEntries(CAPTURE_FIELDS.map((f) => [f, null]))));
          } else out.push(JSON.stringify(pick(capturePosting({ ...parsed, url: parsed.url ?? opts.url }).fields)));
          if (out.length >= 64) {
            process.stdout.write(`${out.join('\n')}\n`);
            out = [];
          }
        }
        if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
        // Not a failure of the batch: every input still has its line, so the output lines up with the input.
        if (failed > 0) process.stderr.write(`${failed} of ${n} lines could not be read (their fields are null)\n`);
        return;
      }
      const body = await readAll(input);
      if (body.trim() === '') throw new CliError('offerbook capture: the posting is empty', 2);
      const html = looksLikeHtml(body);
      const result = capturePosting({ html: html ? body : null, text: html ? null : body, url: opts.url ?? null });
      process.stdout.write(
        opts.json
          ? `${JSON.stringify({ fields: pick(result.fields), sources: result.sources, facts: result.facts }, null, 2)}\n`
          : `${formatCapture(result, CAPTURE_FIELDS)}\n`,
      );
    });
}
