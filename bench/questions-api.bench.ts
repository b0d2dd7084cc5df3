import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { QUESTIONS_TO_ASK } from '../src/core/library/questions-to-ask/index.js';
import type { Opportunity } from '../src/contracts/opportunities.js';
import type { Person } from '../src/contracts/people.js';
import { createTestApp } from '../test/support/app.js';
import { median, round, timeRounds } from './harness.js';

/** Benchmark name shown by bench/run.ts. */
export const name = 'questions API and check-question CLI (issue 4)';

const root = fileURLToPath(new URL('../', import.meta.url));

function runCli(input: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'check-question', '--jsonl'], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`check-question --jsonl failed: ${result.stderr}`);
  return performance.now() - start;
}

/** Times the plan endpoints (6 interviewers, 40 items, 8 facts) in-process on SQLite, and the JSONL CLI over 10,000 lines. */
export async function run(): Promise<Record<string, number | string>> {
  const lines =
    Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ question: QUESTIONS_TO_ASK[i % QUESTIONS_TO_ASK.length]!.text })).join('\n') +
    '\n';
  const cliStart = median(await timeRounds(() => runCli('{"question":"What do you do?"}\n'), 3, 1));
  const cliFull = median(await timeRounds(() => runCli(lines), 3, 1));

  const t = await createTestApp('sqlite');
  try {
    const opp = (
      await t.request({ method: 'POST', url: '/api/opportunities', payload: { employerName: 'Bench Co', roleTitle: 'Engineer' } })
    ).json<Opportunity>();
    for (let i = 0; i < 8; i++) {
      await t.request({
        method: 'POST',
        url: `/api/employers/${opp.employerId}/facts`,
        payload: { topic: i % 2 ? 'news' : 'locations', statement: `Fact number ${i} about offices in city ${i}` },
      });
    }
    const roles = ['recruiter', 'hiring-manager', 'interviewer', 'interviewer', 'other', 'hiring-manager'];
    for (const [i, role] of roles.entries()) {
      await t
        .request({ method: 'POST', url: '/api/people', payload: { name: `Person ${i}`, role, opportunityIds: [opp.id] } })
        .then((r) => r.json<Person>());
    }
    for (const q of QUESTIONS_TO_ASK.slice(0, 40))
      await t.request({ method: 'POST', url: `/api/opportunities/${opp.id}/question-plan/items`, payload: { questionId: q.id } });
    const base = `/api/opportunities/${opp.id}`;
    const getPlan = await timeRounds(() => t.request({ method: 'GET', url: `${base}/question-plan` }), 50, 5);
    const distribute = await timeRounds(() => t.request({ method: 'POST', url: `${base}/question-plan/distribute`, payload: {} }), 30, 3);
    const briefHtml = await timeRounds(() => t.request({ method: 'GET', url: `${base}/brief?format=html` }), 30, 3);
    const library = await timeRounds(() => t.request({ method: 'GET', url: '/api/questions' }), 50, 5);
    return {
      'GET question-plan (40 items, 6 people) median ms': round(median(getPlan)),
      'POST distribute median ms': round(median(distribute)),
      'GET brief html median ms': round(median(briefHtml)),
      'GET /api/questions median ms': round(median(library)),
      'check-question --jsonl startup (1 line) ms': round(cliStart, 4),
      'check-question --jsonl 10,000 lines ms': round(cliFull, 4),
      'check-question per line after startup ms': round((cliFull - cliStart) / 10_000),
    };
  } finally {
    await t.close();
  }
}
