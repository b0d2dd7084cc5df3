import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT as root, runCli as cli, tempDirs } from '../../../test/support/cli.js';
import { QUESTIONS_TO_ASK } from '../../core/library/questions-to-ask/index.js';
import { checkQuestion } from '../../core/planning/research-check/index.js';

const dirs = tempDirs('ob-cli-q-');
const tempDir = dirs.make;
afterAll(dirs.removeAll);

/** Seeds one opportunity with a researched fact, a person and a planned question; prints its id. */
function seed(dataDir: string): string {
  const script = `
    import { openCliContext } from './src/cli/context.ts';
    import { createOpportunity } from './src/server/features/opportunities/service.ts';
    import { recordFact } from './src/server/features/research/service.ts';
    import { addPerson } from './src/server/features/people/service.ts';
    import { addItem } from './src/server/features/questions/plan-service.ts';
    const { ctx, close } = await openCliContext();
    const { opportunity } = await createOpportunity(ctx, { employerName: 'Northwind Maps', roleTitle: 'GIS Developer', location: 'Porto', remotePolicy: 'hybrid' });
    await createOpportunity(ctx, { employerName: 'Northwind Freight', roleTitle: 'Driver' });
    await recordFact(ctx, opportunity.employerId, { topic: 'locations', statement: 'Opened a second office in Lisbon last spring' });
    const { person } = await addPerson(ctx, { name: 'Marta Reis', role: 'hiring-manager', opportunityIds: [opportunity.id] });
    await addItem(ctx, opportunity.id, { text: 'How will the team change over the next year?', interviewerPersonId: person.id });
    process.stdout.write(opportunity.id);
    await close();`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    env: { ...process.env, OFFERBOOK_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trim();
}

describe('offerbook check-question and brief', { timeout: 120_000 }, () => {
  it('answers one JSON line per input line, in order, without opening a database when no line names an opportunity', () => {
    const dir = tempDir();
    const questions = [
      ...QUESTIONS_TO_ASK.map((q) => q.text),
      'What does the company do?',
      'How many employees do you have?',
      'Who are your main competitors?',
    ];
    const lines = questions.map((question) => JSON.stringify({ question }));
    lines.splice(40, 0, '{"question": "unterminated');
    const { code, stdout, stderr } = cli(['check-question', '--jsonl'], dir, `${lines.join('\n')}\n`);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(questions.length + 1);
    expect(out[40]).toEqual({ error: { line: 41, message: 'not valid JSON' } });
    const answers = out.filter((_, i) => i !== 40);
    answers.forEach((answer, i) => {
      const expected = checkQuestion({ question: questions[i]! });
      expect(answer).toEqual({
        answerableByResearch: expected.answerableByResearch,
        reason: expected.reason,
        ...(expected.deeper && { deeper: expected.deeper }),
      });
    });
    expect(answers.at(-1)).toMatchObject({ answerableByResearch: true });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("names the dossier fact for lines with an opportunityId and reports an unknown one as that line's error", () => {
    const dir = tempDir();
    const id = seed(dir);
    const input = [
      { question: 'Where are your offices?', opportunityId: id },
      { question: 'Where are your offices?' },
      { question: 'What would my first month look like?', opportunityId: id },
      { question: 'Where are you based?', opportunityId: '0190a8f0-0000-7000-8000-000000000000' },
      { question: 'Is it remote?', opportunityId: 'nope' },
    ].map((l) => JSON.stringify(l));
    const { code, stdout } = cli(['check-question', '--jsonl'], dir, input.join('\n'));
    expect(code).toBe(1);
    const out = stdout
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { answerableByResearch?: boolean; fact?: { statement: string }; deeper?: string; error?: { line: number } },
      );
    expect(out).toHaveLength(5);
    expect(out[0]!.fact?.statement).toBe('Opened a second office in Lisbon last spring');
    expect(out[0]!.deeper).toMatch(/Lisbon/);
    expect(out[1]!.answerableByResearch).toBe(true);
    expect(out[1]!.fact).toBeUndefined();
    expect(out[2]).toMatchObject({ answerableByResearch: false });
    expect(out[3]!.error).toMatchObject({ line: 4 });
    expect(out[4]!.error).toEqual({ line: 5, message: 'opportunityId must be a UUID' });
  });

  it('checks one question in words, and exits 2 with no question', () => {
    const dir = tempDir();
    const one = cli(['check-question', 'When', 'was', 'the', 'company', 'founded?'], dir);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Answerable by research: yes\nWhy: .+\nAsk instead: .+/);
    const none = cli(['check-question'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints the brief of an opportunity found by words, as Markdown or an HTML file', () => {
    const dir = tempDir();
    const id = seed(dir);
    const md = cli(['brief', 'northwind', 'gis'], dir);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('# GIS Developer at Northwind Maps');
    expect(md.stdout).toContain('### Marta Reis (hiring manager)');
    expect(md.stdout).toContain('Opened a second office in Lisbon last spring');
    const out = join(dir, 'brief.html');
    const html = cli(['brief', id, '--format', 'html', '--out', out], dir);
    expect(html.code, html.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/<script/i);
  });

  it('refuses an ambiguous or unknown opportunity and a bad format in one line', () => {
    const dir = tempDir();
    seed(dir);
    const ambiguous = cli(['brief', 'northwind'], dir);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr.trim()).toMatch(/^"northwind" matches 2 opportunities/);
    expect(cli(['brief', 'acme'], dir).stderr.trim()).toBe('No opportunity matches "acme"');
    const format = cli(['brief', 'maps', '--format', 'pdf'], dir);
    expect(format.code).toBe(2);
    expect(format.stderr.trim()).toBe('--format must be md or html');
  });
});
