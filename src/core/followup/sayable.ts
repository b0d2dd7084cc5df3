/**
 * Text written to be said. Notes are shorthand for oneself; a draft uses only structured facts and
 * lines the user confirmed. These helpers suggest such lines (the user edits them before use) and
 * turn a confirmed line into a sentence.
 */

import { buildNoteIndex, COPY_RUN, copiedSpans, type NoteIndex } from './lint-copy.js';
import { endSentence, upperFirst } from './text.js';

const ABBREVIATIONS: Record<string, string> = {
  abt: 'about',
  thru: 'through',
  w: 'with',
  mgr: 'manager',
  mgmt: 'management',
  eng: 'engineering',
  engs: 'engineers',
  v: 'very',
  yrs: 'years',
  yr: 'year',
  ppl: 'people',
  exp: 'experience',
  dept: 'department',
  govt: 'government',
  approx: 'about',
  info: 'information',
  org: 'organisation',
  orgs: 'organisations',
  req: 'requirement',
  reqs: 'requirements',
  prod: 'production',
  perf: 'performance',
  docs: 'documentation',
  msg: 'message',
  wk: 'week',
  wks: 'weeks',
  mo: 'month',
  mos: 'months',
  hr: 'hour',
  hrs: 'hours',
};
const PRONOUNS: Record<string, string> = {
  she: 'you',
  he: 'you',
  they: 'you',
  her: 'your',
  his: 'your',
  their: 'your',
  herself: 'yourself',
  himself: 'yourself',
  themselves: 'yourself',
  him: 'you',
  them: 'you',
};
// Leading words of a shorthand clause that only say who said it or how they felt.
const LEAD_IN = new Set(
  (
    'she he they i we you it is are was were am be been has have had got gets said says saying say keeps keep kept wants want wanted ' +
    'asked asks ask worried worries worry doubted doubts questioned pushed noted noticed wondered felt not sure ' +
    'cares care big on very really super mentioned mentions talked talks explained explains asked asks thinks think loves love hates hate ' +
    'likes like lit up at about a lot totally so also lol the biggest main huge'
  ).split(' '),
);
const FILLER = new Set('lol haha hmm ugh wow nice good great cool ok okay'.split(' '));
// Words that carry little on their own: they do not make a clause worth suggesting.
const WEAK = new Set(
  'more next time last year years day days week weeks thing things stuff much very really also left right big small lot lots'.split(' '),
);
const TRAILING = new Set('not no and or but with very so too'.split(' '));
const FUNCTION = new Set(
  'a an the and or of to in on at for with from by as is are was were be it its this that my our your you'.split(' '),
);

function cleanWord(raw: string): string {
  const w = raw.replace(/^['’"(]+|['’")!?.,;:]+$/g, '');
  const lower = w.toLowerCase();
  if (ABBREVIATIONS[lower]) return ABBREVIATIONS[lower];
  if (PRONOUNS[lower]) return PRONOUNS[lower];
  return w;
}

// Clauses that start with a verb read badly after "what you said about" ("came up through nights").
const VERB_START =
  /^(came|went|got|made|took|grew|built|lost|won|ran|began|did|does|do|can|could|will|would|should|must|need|needs|let|lets|seems|sounds|feels|looks|told|gave|used|uses|runs|run|went|moved|moves|hired|hires)$|^[a-z]+ed$/i;
const QUESTION_LEAD = new Set(
  'how what why when where which who whom whose whether if do does did is are any there often much many long'.split(' '),
);

/** Words as the copy check counts them ("ceph-ish" is two). */
function tokenCount(words: readonly string[]): number {
  return words.reduce((n, w) => n + (w.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
}

/** A short phrase (fewer than five words) from one shorthand note: what the note is about, spoken to the reader. */
export function topicPhrase(note: string, maxWords = COPY_RUN - 1): string {
  const trimmed = note.trim();
  const isQuestion = trimmed.startsWith('?');
  // For a question, only what was asked: the answer after the arrow is the interviewer's words.
  const asked = isQuestion ? (trimmed.split(/->|=>|→|⇒|\s-\s|\s\u2014\s|:/u)[0] ?? '') : trimmed;
  const clauses = asked
    .replace(/^[\s?!*>]+/, '')
    .split(/\s*(?:[,;:()\u2014\u2013|]|\s-\s|->|=>|→|⇒|\/\s|\s\/|\.\s|!+|\?+|\+)\s*/u)
    .map((c) => c.trim())
    .filter(Boolean);
  let best: string[] = [];
  let bestScore = 0;
  for (const clause of clauses) {
    const words = clause
      .replace(/(\p{L})\/(\p{L})/gu, '$1 $2')
      .split(/\s+/)
      .map(cleanWord)
      .flatMap((w) => w.split(/\s+/))
      .filter((w) => /\p{L}/u.test(w) && !/\d/.test(w) && !/^[A-Z]{1,2}$/.test(w) && !FILLER.has(w.toLowerCase()));
    const lead = (w: string) =>
      LEAD_IN.has(w.toLowerCase()) || FUNCTION.has(w.toLowerCase()) || (isQuestion && QUESTION_LEAD.has(w.toLowerCase()));
    // "team is rebuilding onboarding": what follows the verb is the point.
    const verbAt = words.slice(0, 3).findIndex((w, i) => i > 0 && /^(is|are|was|were|has|have|had)$/i.test(w));
    if (verbAt > 0 && words.length - verbAt > 2) words.splice(0, verbAt + 1);
    while (words.length > 0 && lead(words[0]!)) words.shift();
    if (words.length === 0 || VERB_START.test(words[0]!)) continue;
    const kept: string[] = [];
    for (const w of words) {
      if (tokenCount([...kept, w]) > maxWords) break;
      kept.push(w);
    }
    while (kept.length > 0 && (FUNCTION.has(kept[kept.length - 1]!.toLowerCase()) || TRAILING.has(kept[kept.length - 1]!.toLowerCase())))
      kept.pop();
    const score = kept.filter((w) => w.length >= 4 && !FUNCTION.has(w.toLowerCase()) && !WEAK.has(w.toLowerCase())).length;
    if (score > bestScore) {
      best = kept;
      bestScore = score;
    }
  }
  return best
    .map((w) => w.replace(/[^\p{L}\p{N}'’%-]/gu, ''))
    .filter(Boolean)
    .map((w) => (/^[A-Z][a-z]/.test(w) && !/^(I|I'm|I've)$/.test(w) ? w.charAt(0).toLowerCase() + w.slice(1) : w))
    .join(' ');
}

// Pay, perks and logistics are not what a thank-you recalls.
const NOT_TO_RECALL =
  /[$€£]|\bpay\b|salary|bonus|benefit|insurance|\bins\b|\bpto\b|vacation|discount|\braise\b|reimburs|budget|401k|pension|equity|stock|parking|commute|start date|sign-?on|relocat|visa|notice period|\d+k\b/i;

/** Text to offer at wrap-up as "one thing you'd like to mention": from the key points, else the questions asked. */
export function suggestMention(notes: readonly string[]): string {
  const keys = notes.filter((n) => n.trim().startsWith('*') && !NOT_TO_RECALL.test(n));
  const questions = notes.filter((n) => n.trim().startsWith('?') && !NOT_TO_RECALL.test(n));
  let index: NoteIndex | undefined;
  for (const note of [...keys, ...questions]) {
    // Shorter until no frame of any tone repeats five words of the notes ("…about customer data quality checks").
    for (let words = COPY_RUN - 1; words >= 2; words--) {
      const phrase = topicPhrase(note, words);
      if (phrase.split(' ').length < 2) break;
      const mention = `what you said about ${phrase}`;
      index ??= buildNoteIndex(notes);
      if (!copiesNotes(mention, index)) return mention;
    }
  }
  return '';
}

/** The ways a draft frames a confirmed mention, in every tone (kept in step with thank-you-phrases.ts). */
const MENTION_FRAMES = [
  (p: string) => `I especially appreciated ${p}.`,
  (p: string) => `${p} has stayed with me since.`,
  (p: string) => `I particularly valued ${p}.`,
];

/** True when a line, in any of the frames a draft may put it in, repeats five words of the notes. */
export function copiesNotes(line: string, index: NoteIndex): boolean {
  return MENTION_FRAMES.some((frame) => copiedSpans(frame(line), index).length > 0);
}

/** The conversation topic as a phrase ("system design"), without the words that only say what kind of talk it was. */
export function topicOfConversation(topic: string | null | undefined): string {
  if (!topic) return '';
  const generic =
    /^(interview|chat|screen|screening|call|round|conversation|meeting|intro|introduction|first|second|third|final|1st|2nd|3rd|panel|logistics|hr|phone|video|onsite|on-site|peer|hiring|manager|mgr|recruiter|recruiting|with|and|the|a|initial|follow-up|followup|debrief|tour|walk-through|walkthrough|w)$/i;
  const parts = topic
    .split(/\s*(?:\/|,|;|&|\+|\band\b|-\s|\s-)\s*/)
    .map((p) =>
      p
        .split(/\s+/)
        .map(cleanWord)
        .filter((w) => w && !generic.test(w))
        .join(' ')
        .replace(/[^\p{L}\p{N}' -]/gu, '')
        .trim(),
    )
    .filter((p) => p.length >= 3);
  const phrase = parts.slice(0, 2).join(' and ');
  return phrase.split(/\s+/).length <= 5 ? phrase.replace(/^[A-Z][a-z]/, (m) => m.toLowerCase()) : '';
}

/**
 * A confirmed line as a sentence: a full sentence stays as written (capitalised, ended); a phrase
 * ("what you said about night-shift continuity") is framed by `lead`.
 */
export function sayableSentence(text: string, lead: (phrase: string) => string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return '';
  const sentence =
    /[.!?]$/.test(t) || /^(I|I'm|I’m|I've|I’ve|I'd|I’d|It|It's|Your|You|You're|Thank|Thanks|Our|The|This|That|Hearing|Learning)\b/.test(t);
  return sentence ? endSentence(upperFirst(t)) : endSentence(lead(t.replace(/[.;,:]+$/, '')));
}
