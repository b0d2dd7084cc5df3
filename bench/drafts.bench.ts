import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNoteIndex, lintDraft } from '../src/core/followup/lint.js';
import { draftThankYou } from '../src/core/followup/thank-you.js';
import type { Concern } from '../src/core/followup/types.js';
import { median, round, timeRounds } from './harness.js';

export const name = 'drafts';

// A realistic conversation of 20 notes (4 concerns, 2 promises), from the blind-written corpus plus shorthand of our own.
const NOTES = [
  ...(JSON.parse(readFileSync(join(process.cwd(), 'test/data/drafts/dev/02.json'), 'utf8')) as { conversations: { notes: string[] }[] })
    .conversations[0]!.notes,
  'team is 14 people in 3 squads; streaming squad has no lead since Aug',
  '? on-call -> 1 wk in 6, paid',
  '* wants someone to own the Kafka migration end to end',
  '! she worries I have only mentored, never formally managed anyone',
  '> send her the link to my Kafka Summit talk',
  'decision by 18 Dec; 4 candidates in final round',
  'commute 1h+ ugh',
  'pay prob below my floor',
].slice(0, 20);

/** Drafting one thank-you note with 20 notes: parse, suggest, answer concerns, draft and lint. */
export async function run(): Promise<Record<string, number | string>> {
  const concerns: Concern[] = NOTES.filter((n) => n.startsWith('!')).map((n, i) => ({
    id: `c${i}`,
    text: n.slice(1).trim(),
    raisedBy: 'p',
    status: 'open',
  }));
  const input = {
    person: { id: 'p', name: 'Sanne de Vries' },
    notes: NOTES,
    topic: 'hiring manager chat / platform roadmap',
    concerns,
    opportunity: { employerName: 'Ortec', roleTitle: 'Senior Data Engineer' },
    user: { name: 'Aoife Brennan' },
    tone: 'warm' as const,
    privateText: ['Pay: 75-92k, top of range beats my floor', 'decision by 18 Dec', 'Lotte is the contact, prefers email'],
    conversationEndsAt: '2026-12-03T15:00:00Z',
  };
  const draftTimes = await timeRounds(() => draftThankYou(input), 300, 30);
  const draft = draftThankYou(input);
  const index = buildNoteIndex(NOTES);
  const lintTimes = await timeRounds(() => lintDraft({ text: draft.body, recipientName: 'Sanne de Vries', privateNotes: index }), 300, 30);
  return {
    notes: NOTES.length,
    draftThankYou_20_notes_median_ms: round(median(draftTimes)),
    draftThankYou_target_ms: 5,
    lintDraft_live_median_ms: round(median(lintTimes)),
  };
}
