import type { Command } from 'commander';
import type { Ctx } from '../../server/auth/actor.js';
import type { Fact } from '../../core/library/questions-to-ask/types.js';
import type { ResearchCheck } from '../../core/planning/research-check/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The employer facts and name a check needs, opened lazily: only lines naming an opportunity touch the database. */
class DossierCache {
  private open: Promise<{ ctx: Ctx; close(): Promise<void> }> | undefined;
  private readonly byOpportunity = new Map<string, Promise<{ facts: Fact[]; employerName: string }>>();

  get(opportunityId: string): Promise<{ facts: Fact[]; employerName: string }> {
    let hit = this.byOpportunity.get(opportunityId);
    if (!hit) {
      hit = this.load(opportunityId);
      this.byOpportunity.set(opportunityId, hit);
    }
    return hit;
  }

  private async load(opportunityId: string): Promise<{ facts: Fact[]; employerName: string }> {
    this.open ??= import('../context.js').then((m) => m.openCliContext());
    const { ctx } = await this.open;
    const { findOpportunity } = await import('../../server/features/opportunities/repository.js');
    const { employerFacts } = await import('../../server/features/questions/plan-data.js');
    const opp = await findOpportunity(ctx.db, opportunityId);
    if (!opp || opp.owner_id !== ctx.actor.userId) throw new Error(`opportunity ${opportunityId} not found`);
    return { facts: await employerFacts(ctx.db, opp.employer_id), employerName: opp.employer_name };
  }

  async close(): Promise<void> {
    if (this.open) await (await this.open).close();
  }
}

/** The check as the JSONL contract prints it: answerableByResearch, reason, then fact and deeper when present. */
function contractShape(check: ResearchCheck): Record<string, unknown> {
  return {
    answerableByResearch: check.answerableByResearch,
    reason: check.reason,
    ...(check.fact && { fact: check.fact }),
    ...(check.deeper !== undefined && { deeper: check.deeper }),
  };
}

/** Parses one JSONL input line into a question and optional opportunity id, or throws a message. */
export function parseCheckLine(line: string): { question: string; opportunityId?: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('must be a JSON object');
  const { question, opportunityId } = value as Record<string, unknown>;
  if (typeof question !== 'string') throw new Error('question must be a string');
  if (question.length > 5_000) throw new Error('question must be at most 5000 characters');
  if (opportunityId === undefined || opportunityId === null) return { question };
  if (typeof opportunityId !== 'string' || !UUID.test(opportunityId)) throw new Error('opportunityId must be a UUID');
  return { question, opportunityId };
}

/** `check-question --jsonl`: one verdict per input line, in order; bad lines answer an error and set exit code 1. */
async function checkJsonl(): Promise<void> {
  const [{ createInterface }, { checkQuestion, warmUpResearchCheck }, { CliError }] = await Promise.all([
    import('node:readline'),
    import('../../core/planning/research-check/index.js'),
    import('../errors.js'),
  ]);
  warmUpResearchCheck();
  const dossiers = new DossierCache();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length) process.stdout.write(buffer.join(''));
    buffer = [];
  };
  let n = 0;
  let bad = 0;
  try {
    for await (const line of lines) {
      n += 1;
      if (line.trim() === '') continue;
      let out: Record<string, unknown>;
      try {
        const input = parseCheckLine(line);
        const dossier = input.opportunityId ? await dossiers.get(input.opportunityId) : undefined;
        out = contractShape(
          checkQuestion({ question: input.question, ...(dossier && { facts: dossier.facts, employerName: dossier.employerName }) }),
        );
      } catch (err) {
        bad += 1;
        out = { error: { line: n, message: err instanceof Error ? err.message : String(err) } };
      }
      buffer.push(`${JSON.stringify(out)}\n`);
      if (buffer.length >= 256) flush();
    }
    flush();
  } finally {
    await dossiers.close();
  }
  if (bad > 0) throw new CliError(`${bad} of ${n} lines could not be checked`, 1);
}

/** `check-question "TEXT"`: the verdict in words. */
async function checkOne(text: string, opportunity: string | undefined): Promise<void> {
  const { checkQuestion } = await import('../../core/planning/research-check/index.js');
  let dossier: { facts: Fact[]; employerName: string } | undefined;
  if (opportunity) {
    const { ctx, close } = await (await import('../context.js')).openCliContext();
    try {
      const id = await resolveOpportunity(ctx, opportunity);
      dossier = await new DossierCacheFor(ctx).get(id);
    } finally {
      await close();
    }
  }
  const check = checkQuestion({ question: text, ...(dossier && { facts: dossier.facts, employerName: dossier.employerName }) });
  const lines = [check.answerableByResearch ? 'Answerable by research: yes' : 'Answerable by research: no', `Why: ${check.reason}`];
  if (check.fact) lines.push(`From your research: ${check.fact.statement}`);
  if (check.deeper) lines.push(`Ask instead: ${check.deeper}`);
  console.log(lines.join('\n'));
}

/** Reads one opportunity's dossier with an already open context. */
class DossierCacheFor {
  constructor(private readonly ctx: Ctx) {}
  async get(opportunityId: string): Promise<{ facts: Fact[]; employerName: string }> {
    const { loadPlanData } = await import('../../server/features/questions/plan-data.js');
    const data = await loadPlanData(this.ctx, opportunityId);
    return { facts: data.facts, employerName: data.opportunity.employer_name };
  }
}

/** An opportunity by id, or by a unique match of all the words in its employer and role. */
export async function resolveOpportunity(ctx: Ctx, ref: string): Promise<string> {
  const { CliError } = await import('../errors.js');
  const rows = await ctx.db.kysely
    .selectFrom('opportunities as o')
    .innerJoin('employers as e', 'e.id', 'o.employer_id')
    .select(['o.id', 'o.role_title', 'e.name as employer_name', 'o.archived_at'])
    .where('o.owner_id', '=', ctx.actor.userId)
    .execute();
  if (UUID.test(ref.trim())) {
    const byId = rows.find((r) => r.id === ref.trim().toLowerCase());
    if (byId) return byId.id;
    throw new CliError(`No opportunity with id ${ref.trim()}`);
  }
  const needle = ref.toLowerCase().replace(/\s+/g, ' ').trim();
  const words = needle.split(' ').filter(Boolean);
  if (words.length === 0) throw new CliError('Name an opportunity by id or by words from its employer or role', 2);
  const label = (r: (typeof rows)[number]) => `${r.role_title} at ${r.employer_name}`;
  const exact = rows.filter((r) => [r.employer_name, r.role_title, label(r)].some((s) => s.toLowerCase() === needle));
  const matches =
    exact.length > 0 ? exact : rows.filter((r) => words.every((w) => `${r.employer_name} ${r.role_title}`.toLowerCase().includes(w)));
  const active = matches.filter((r) => r.archived_at === null);
  const pick = active.length === 1 ? active : matches;
  if (pick.length === 1) return pick[0]!.id;
  if (pick.length === 0) throw new CliError(`No opportunity matches "${ref}"`);
  throw new CliError(`"${ref}" matches ${pick.length} opportunities (${pick.slice(0, 5).map(label).join('; ')}); use more words or the id`);
}

/** `offerbook brief OPPORTUNITY`: the one-page brief as Markdown (default) or a standalone HTML page. */
async function briefCommand(ref: string, opts: { format: string; out?: string }): Promise<void> {
  const { CliError } = await import('../errors.js');
  if (opts.format !== 'md' && opts.format !== 'html') throw new CliError('--format must be md or html', 2);
  const format = opts.format;
  const [{ openCliContext }, { renderBrief }, { writeFileSync }] = await Promise.all([
    import('../context.js'),
    import('../../server/features/questions/brief.js'),
    import('node:fs'),
  ]);
  const { ctx, close } = await openCliContext();
  try {
    const body = await renderBrief(ctx, await resolveOpportunity(ctx, ref), format);
    if (!opts.out || opts.out === '-') process.stdout.write(body);
    else {
      try {
        writeFileSync(opts.out, body);
      } catch (err) {
        throw new CliError(`Could not write ${opts.out}: ${err instanceof Error ? err.message : String(err)}`);
      }
      console.error(`Wrote the brief to ${opts.out}`);
    }
  } finally {
    await close();
  }
}

/** `offerbook check-question` and `offerbook brief` (wired by the questions feature). */
export function registerQuestionCommands(program: Command): void {
  program
    .command('check-question')
    .description('say whether a question to ask is answerable by research (--jsonl: one {"question","opportunityId"?} a line on stdin)')
    .argument('[question...]', 'the question, for a single check')
    .option('--jsonl', 'read JSON lines on stdin and write one verdict a line, in order')
    .option('--opportunity <ref>', "check against this opportunity's research (id or words from employer/role)")
    .action(async (words: string[], opts: { jsonl?: boolean; opportunity?: string }) => {
      const { CliError } = await import('../errors.js');
      if (opts.jsonl) {
        if (words.length > 0) throw new CliError('Give a question or --jsonl, not both', 2);
        return checkJsonl();
      }
      if (words.length === 0) throw new CliError('Give a question to check, or --jsonl to read them from stdin', 2);
      return checkOne(words.join(' '), opts.opportunity);
    });

  program
    .command('brief')
    .description('print the one-page interview brief of an opportunity')
    .argument('<opportunity...>', 'the opportunity: its id or words from its employer and role')
    .option('-f, --format <format>', 'md or html', 'md')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .action((words: string[], opts: { format: string; out?: string }) => briefCommand(words.join(' '), opts));
}
