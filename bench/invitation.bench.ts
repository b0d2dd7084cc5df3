/** Paste the invitation: reading invitations of every shape, and a long paste, as the review waits for it. */
import { parseInvitation } from '../src/core/interviews/invitation.js';
import { loadCorpus } from '../test/support/invitation-corpus.js';
import { median, round, timeRounds } from './harness.js';

export const name = 'invitation';

export async function run(): Promise<Record<string, number | string>> {
  const texts = loadCorpus('dev').map((i) => i.text);
  const options = { timeZone: 'Europe/London', now: '2025-01-10T09:00:00Z', employerName: 'Acme' };
  const each = await timeRounds(() => texts.forEach((t) => parseInvitation(t, options)), 21, 5);
  // A paste at the 20 000-character limit: the corpus repeated, so every reader has work on every line.
  const long = texts.join('\n\n').repeat(4).slice(0, 20_000);
  const big = await timeRounds(() => parseInvitation(long, options), 21, 3);
  return {
    invitations: texts.length,
    median_ms_per_invitation: round(median(each) / texts.length),
    median_ms_20k_chars: round(median(big)),
    budget_ms_20k_chars: 500,
  };
}
