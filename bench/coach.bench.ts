import { median, percentile, round } from './harness.js';

/** Benchmark name shown by bench/run.ts. */
export const name = 'coach';

const SENTENCES = [
  'At my last job I led the migration of our billing system to a new provider.',
  'Um, so basically the deadline was, like, really tight, you know.',
  'I proposed splitting the release into two phases and the team agreed.',
  'My manager was useless and micromanaged everything we did.',
  'We shipped on time and cut support tickets by 30% in the first quarter.',
  'I guess I sort of tried to keep everyone calm during the outage.',
  'The client renewed their contract for another two years.',
  'Honestly it was a shit week but I got it done.',
  'We mapped the routes, we trained the drivers and we ran both systems in parallel.',
  'I think maybe the biggest lesson was to ask for help earlier.',
  'There was real tension between sales and engineering about release dates.',
  'I set up a fortnightly planning meeting with both leads.',
  'In 2022 our support team lost its lead two weeks before peak season.',
  'I really enjoy hiking in the Lake District at weekends.',
  'The pay was terrible and the hours were worse.',
  'I’d like to join because your work looks like exactly what I want to do.',
];
const PROMPTS = [undefined, 'Tell me about a time you had a conflict with a colleague.', 'Why did you leave your last job?', 'What is your greatest strength?'];

// Small deterministic PRNG so every run measures the same answers.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function makeAnswers(count: number, words: number): string[] {
  const rand = rng(42);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let n = 0;
    while (n < words) {
      const s = SENTENCES[Math.floor(rand() * SENTENCES.length)]!;
      parts.push(s);
      n += s.split(' ').length;
    }
    out.push(parts.join(' '));
  }
  return out;
}

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
  return {
    answers: answers.length,
    wordsPerAnswer: 300,
    importMs: round(importMs),
    createAndFirstCallMs: round(createMs),
    analyzeMedianMs: round(median(times)),
    analyzeP95Ms: round(percentile(times, 95)),
    analyzeMaxMs: round(Math.max(...times)),
    findingsPerAnswer: round(findings / times.length),
  };
}
