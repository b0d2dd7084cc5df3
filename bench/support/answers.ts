/** Deterministic ~N-word answers for the coach benchmarks, built from varied sentences. */

export const SENTENCES = [
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
// Small deterministic PRNG so every run measures the same answers.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `count` answers of about `words` words each, the same on every run. */
export function makeAnswers(count: number, words: number): string[] {
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
