import { median, percentile, round } from './harness.js';
import { readFileSync } from 'node:fs';
import { makeAnswers } from './support/answers.js';

/** Benchmark name shown by bench/run.ts. */
export const name = 'coach';

const PROMPTS = [
  undefined,
  'Tell me about a time you had a conflict with a colleague.',
  'Why did you leave your last job?',
  'What is your greatest strength?',
];

/** Measures coach creation (module load + first call) and per-answer analysis on 1,000 varied 300-word answers. */
export async function run(): Promise<Record<string, number | string>> {
  // Import time includes tsx compiling the TypeScript; a built bundle loads faster. There is no model to load.
  const t0 = performance.now();
  const mod = await import('../src/core/coach/index.js');
  const importMs = performance.now() - t0;
  const t1 = performance.now();
  const coach = mod.createCoach();
  coach.analyze({ answer: 'Warm start.', prompt: PROMPTS[1] });
  const createMs = performance.now() - t1;

  const answers = makeAnswers(1000, 300);
  for (let i = 0; i < 200; i++) coach.analyze({ answer: answers[i]!, prompt: PROMPTS[i % PROMPTS.length] });
  const times: number[] = [];
  let findings = 0;
  for (let round2 = 0; round2 < 3; round2++) {
    for (let i = 0; i < answers.length; i++) {
      const start = performance.now();
      const result = coach.analyze({ answer: answers[i]!, prompt: PROMPTS[i % PROMPTS.length] });
      times.push(performance.now() - start);
      findings += result.findings.length;
    }
  }
  // Answers in people's own words: 300-word runs of the blind-written development statements (complaints, praise,
  // STAR stories, swearing, look-alikes), read as answers to "Why did you leave your last job?" — the question under
  // which every sentence is read as about the workplace, so the negativity rules and the model do the most work.
  const statements = readFileSync(new URL('../test/data/coach/real-dev.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const real: string[] = [];
  for (let i = 0; real.length < 200; i += 7) {
    const words: string[] = [];
    for (let j = i; words.length < 300; j++) words.push(...statements[j % statements.length]!.split(/\s+/));
    real.push(words.slice(0, 300).join(' '));
  }
  for (const answer of real.slice(0, 50)) coach.analyze({ answer, prompt: PROMPTS[2] });
  const realTimes: number[] = [];
  for (let round2 = 0; round2 < 3; round2++) {
    for (const answer of real) {
      const start = performance.now();
      coach.analyze({ answer, prompt: PROMPTS[2] });
      realTimes.push(performance.now() - start);
    }
  }
  return {
    answers: answers.length,
    wordsPerAnswer: 300,
    importMs: round(importMs),
    createAndFirstCallMs: round(createMs),
    analyzeMedianMs: round(median(times)),
    analyzeP95Ms: round(percentile(times, 95)),
    analyzeMaxMs: round(Math.max(...times)),
    findingsPerAnswer: round(findings / times.length),
    corpusAnswersWhyLeftMedianMs: round(median(realTimes)),
    corpusAnswersWhyLeftP95Ms: round(percentile(realTimes, 95)),
  };
}
