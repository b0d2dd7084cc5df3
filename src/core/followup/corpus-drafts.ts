/**
 * Runs an interview notebook (the format of test/data/drafts) through every draft the follow-up
 * rules write, with the sayable text a user would supply, and counts what the acceptance asks:
 * copied notes, third-person references, markup or placeholders, unanswered concerns, lint findings.
 * Used by the corpus test and the bench; pure, no I/O.
 */

import { draftCheckIn } from './check-in.js';
import { draftDecline, draftWithdrawal } from './closing-notes.js';
import { suggestConcernLine } from './concern-answers.js';
import { buildNoteIndex, lintDraft, type DraftFinding } from './lint.js';
import { draftThankYou } from './thank-you.js';
import type { Concern, Tone } from './types.js';

/** One notebook as the corpus author wrote it. */
export interface Notebook {
  employer: string;
  role: string;
  candidateName: string;
  interviewers: { name: string; title?: string; pronoun?: string; isRecruiter?: boolean }[];
  conversations: { interviewer: string; topic?: string | null; notes: string[] }[];
  housekeeping?: Record<string, string | null> | null;
  fitNotes?: string[];
}

/** How much sayable text the user supplied. */
export type Supplied = 'none' | 'accepted';

/** Counts over every draft of a set of notebooks. */
export interface CorpusCounts {
  drafts: number;
  copied: number;
  thirdPerson: number;
  markupOrPlaceholder: number;
  concerns: number;
  concernsUnanswered: number;
  withFindings: number;
  /** Thank-you notes longer than their tone allows (brief 150 words, warm and formal 260). */
  overLength: number;
  /** Drafts left with a promise placeholder for the user to fill in (only with `none`; not counted as findings). */
  openPromises: number;
  /** Findings by code, with one example each, for tuning. */
  byCode: Record<string, number>;
  examples: string[];
}

const TONES: Tone[] = ['brief', 'warm', 'formal'];
/** The most words a thank-you note may have, per tone. */
export const MAX_WORDS: Record<Tone, number> = { brief: 150, warm: 260, formal: 260 };
// What a user types in place of each placeholder once they have the thing at hand.
const FILL: [RegExp, string][] = [
  [/\[add links?\]/g, 'https://example.org/shared'],
  [/\[add contact details\]/g, 'Ana Silva, ana.silva@example.org, and Tom Berg, tom.berg@example.org'],
  [/\[add times\]/g, 'Tuesday or Thursday afternoon next week'],
  [/\[add names?\]/g, 'my former colleague Priya, who is copied here'],
  [/ ?\[attach (it|them), then delete this\]/g, ''],
  [/\[add details\]/g, 'it is attached to this email'],
];

/** What the user does with a placeholder: fills it in. */
export function fillPlaceholders(body: string): string {
  let out = body;
  for (const [re, text] of FILL) out = out.replace(re, text);
  return out.replace(/: \./g, '.');
}

function emptyCounts(): CorpusCounts {
  return {
    drafts: 0,
    copied: 0,
    thirdPerson: 0,
    markupOrPlaceholder: 0,
    concerns: 0,
    concernsUnanswered: 0,
    withFindings: 0,
    overLength: 0,
    openPromises: 0,
    byCode: {},
    examples: [],
  };
}

function tally(counts: CorpusCounts, label: string, body: string, findings: DraftFinding[], allowPlaceholders: boolean): void {
  counts.drafts++;
  if (allowPlaceholders && findings.some((f) => f.code === 'placeholder')) counts.openPromises++;
  const kept = allowPlaceholders ? findings.filter((f) => f.code !== 'placeholder') : findings;
  if (kept.some((f) => f.code === 'copied-note')) counts.copied++;
  if (kept.some((f) => f.code === 'third-person')) counts.thirdPerson++;
  if (kept.some((f) => f.code === 'markup' || f.code === 'placeholder')) counts.markupOrPlaceholder++;
  if (kept.length > 0) counts.withFindings++;
  for (const f of kept) {
    counts.byCode[f.code] = (counts.byCode[f.code] ?? 0) + 1;
    if (counts.examples.length < 40) counts.examples.push(`${label} [${f.code}] “${body.slice(f.start, f.end)}”`);
  }
}

/**
 * Drafts everything for one notebook and adds to `counts`. With `none`, placeholders for promises
 * stay (the linter flags them by design, so they are not counted); with `accepted`, the user took
 * every suggestion and filled every placeholder, so any finding counts.
 */
export function runNotebook(nb: Notebook, supplied: Supplied, counts: CorpusCounts = emptyCounts(), label = ''): CorpusCounts {
  const privateText = [
    ...nb.conversations.flatMap((c) => c.notes),
    ...Object.values(nb.housekeeping ?? {}).filter((v): v is string => typeof v === 'string'),
    ...(nb.fitNotes ?? []),
  ];
  const index = buildNoteIndex(privateText);
  const user = { name: nb.candidateName };
  const opportunity = { employerName: nb.employer, roleTitle: nb.role };
  const ids = new Map(nb.interviewers.map((p, i) => [p.name, `p${i}`]));
  for (const conv of nb.conversations) {
    const personId = ids.get(conv.interviewer) ?? conv.interviewer;
    const person = { id: personId, name: conv.interviewer };
    const concerns: Concern[] = conv.notes
      .filter((n) => n.trim().startsWith('!'))
      .map((n, i) => {
        const text = n.trim().slice(1).trim();
        const s = suggestConcernLine(text);
        return {
          id: `${personId}-c${i}`,
          text,
          raisedBy: personId,
          status: 'open',
          ...(supplied === 'accepted' ? { replyReference: s.reference, replyLine: s.line } : {}),
        };
      });
    for (const tone of TONES) {
      const base = { person, notes: conv.notes, topic: conv.topic ?? null, concerns, opportunity, user, tone, privateText: index };
      const first = draftThankYou(base);
      const draft = supplied === 'accepted' && first.suggestedMention ? draftThankYou({ ...base, mention: first.suggestedMention }) : first;
      counts.concerns += concerns.length;
      const answered = new Set(draft.mentions.concernIds);
      counts.concernsUnanswered += concerns.filter((c) => !answered.has(c.id)).length;
      const body = supplied === 'accepted' ? fillPlaceholders(draft.body) : draft.body;
      if (body.split(/\s+/).length > MAX_WORDS[tone]) counts.overLength++;
      const findings =
        supplied === 'accepted'
          ? lintDraft({ text: body, recipientName: person.name, privateNotes: index, otherNames: [nb.employer, nb.role] })
          : draft.findings;
      tally(counts, `${label} thank-you ${tone} to ${person.name}`, body, findings, supplied === 'none');
    }
  }
  const contact = nb.interviewers.find((p) => p.isRecruiter) ?? nb.interviewers[0];
  if (contact) {
    const person = { id: 'contact', name: contact.name };
    for (const tone of TONES) {
      for (const sequence of [1, 2]) {
        const c = draftCheckIn({ person, opportunity, user, sequence, decisionDate: '2026-12-18', tone });
        tally(
          counts,
          `${label} check-in ${sequence} ${tone}`,
          c.body,
          lintDraft({ text: c.body, recipientName: person.name, privateNotes: index, otherNames: [nb.employer, nb.role] }),
          false,
        );
      }
      for (const note of [draftDecline({ person, opportunity, user, tone }), draftWithdrawal({ person, opportunity, user, tone })]) {
        tally(
          counts,
          `${label} closing ${tone}`,
          note.body,
          lintDraft({ text: note.body, recipientName: person.name, privateNotes: index, otherNames: [nb.employer, nb.role] }),
          false,
        );
      }
    }
  }
  return counts;
}

/** Runs every notebook; `counts.examples` names what was found. */
export function runCorpus(notebooks: readonly { name: string; notebook: Notebook }[], supplied: Supplied): CorpusCounts {
  const counts = emptyCounts();
  for (const { name, notebook } of notebooks) runNotebook(notebook, supplied, counts, name);
  return counts;
}
