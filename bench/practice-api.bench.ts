import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestApp } from '../test/support/app.js';
import { median, round, timeRounds } from './harness.js';
import { makeAnswers } from './support/answers.js';

/** Benchmark name shown by bench/run.ts. */
export const name = 'practice API and analyze CLI (issue 5)';

const root = fileURLToPath(new URL('../', import.meta.url));

const QUESTIONS = [
  'Tell me about a time you had a conflict with a colleague.',
  'Why did you leave your last job?',
  'tell-me-about-yourself',
  undefined,
];

function runCli(input: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'analyze', '--jsonl'], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`analyze --jsonl failed: ${result.stderr}`);
  return performance.now() - start;
}

/** Measures the CLI batch (1,000 answers of ~300 words, process start included) and the practice endpoints in-process on SQLite. */
export async function run(): Promise<Record<string, number | string>> {
  const batch = makeAnswers(1_000, 300);
  const jsonl = batch.map((answer, i) => JSON.stringify({ prompt: QUESTIONS[i % QUESTIONS.length], answer })).join('\n') + '\n';
  const oneLine = JSON.stringify({ answer: batch[0] }) + '\n';
  const startup = median(await timeRounds(() => runCli(oneLine), 3, 1));
  const full = median(await timeRounds(() => runCli(jsonl), 3, 1));

  const t = await createTestApp('sqlite');
  try {
    const post = (url: string, payload: object) => t.request({ method: 'POST', url, payload });
    let i = 0;
    const analyzeMs = await timeRounds(
      () => post('/api/coach/analyze', { prompt: 'why-did-you-leave', answer: batch[i++ % batch.length]! }),
      200,
      20,
    );
    const rehearseMs = await timeRounds(
      () =>
        post('/api/rehearsals', {
          promptId: 'teamwork',
          answerText: batch[i++ % batch.length]!,
          durationSeconds: 90,
          selfRating: (i % 5) + 1,
        }),
      200,
      20,
    );
    const weakestMs = await timeRounds(() => t.request({ method: 'GET', url: '/api/practice/weakest?limit=5' }), 50, 5);
    return {
      cliJsonl1000AnswersMs: round(full),
      cliStartupOneLineMs: round(startup),
      cliAnswersPerSecondIncludingStartup: round(1_000 / (full / 1_000)),
      cliAnswersPerSecondExcludingStartup: round(1_000 / ((full - startup) / 1_000)),
      apiAnalyze300WordsMedianMs: round(median(analyzeMs)),
      apiRecordRehearsalMedianMs: round(median(rehearseMs)),
      apiWeakestWith220RehearsalsMedianMs: round(median(weakestMs)),
    };
  } finally {
    await t.close();
  }
}
