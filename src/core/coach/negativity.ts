import { ASPECT_JUDGED } from './aspect-rules.js';
import { handled } from './constructive.js';
import { BOUNDED, COMPENSATED, disputed } from './mitigated.js';
import { COMPLAINT_RE, CONTEMPT_RE, NOT_WORKPLACE_SUBJECT, NOT_WORKPLACE_WORDS } from './negativity-lexicon.js';
import { findTargets, PRONOUN } from './negativity-targets.js';
import { ABUSE, HATE, STRONG, TREATMENT, WEAK } from './negativity-words.js';
import { sentenceAt, type Doc } from './text.js';

/** One complaint about the workplace: the span of the judging words (with their target when close by). */
export interface NegativityHit {
  start: number;
  end: number;
  words: string;
  target: string;
  strong: boolean;
}

const SPEAKER = /\b(?:i|we)(?:'m|'d|'ve)?\s+(?:[\w']+\s+){0,3}$/i;
const NEGATED = /(?:\b(?:not|never|no|hardly|nobody|no one)|n't)\s+(?:[\w']+\s+){0,2}$|\b(?:never|nobody|no one)\s+(?:\w+\s+){3,4}$/i;

// "It was crazy busy, and I loved it": a hard time the speaker enjoyed is not a complaint.
const ENJOYED = /\b(?:i|we)\s+(?:really\s+|honestly\s+|actually\s+)?(?:loved|enjoyed|thrived|relished|liked|like|love|enjoy)\b|\bbusy\b/i;

// "Long hours are part of it, to be fair", "that is normal in BPO", "Not the company's doing": a hard
// condition the speaker accepts as part of the job, or puts on something the employer cannot help, in
// the same sentence or the next.
const ACCEPTED =
  /\b(?:part of (?:the (?:appeal|job|deal|fun|territory|role|work)|it|what i (?:liked|loved|signed up for))|comes with the (?:job|territory|role)|(?:i|we) knew (?:that|it|this) going in|(?:is|was|that's|it's|that is|it is) (?:normal|standard|expected|usual) (?:in|for)|no issue|not (?:the|their|the company's|my (?:manager|boss)'s) (?:company's )?(?:fault|doing)|(?:management|they|the company|nobody|no one|the employer) (?:can't|cannot|couldn't) (?:fix|help|control|change))/i;

// "I was a bit short with him", "people will think I am stupid": a judgement of the speaker, not of the employer.
const SELF_JUDGED =
  /\bi(?:'m)?\s+(?:am|was|'m|felt|feel|seemed|sounded|looked|can be|could be|came across as|come across as)\s+(?:(?:a|little|bit|so|too|very|really|quite|kind|sort|of|being)\s+){0,3}$/i;

// "I hate leaving things half-done": a feeling about an activity, not about the workplace.
const GERUND = /^\s+\w+ing\b/i;

function firstWords(text: string, from: number): string {
  return /^\W*(?:\S+\s+){0,3}\S+/.exec(text.slice(from, from + 60))?.[0] ?? '';
}

/** True when the judgement sits next to a non-workplace subject (weather, traffic, a tool) closer than any workplace target. */
function aboutOtherThing(text: string, sentStart: number, at: number, target: { start: number } | undefined): boolean {
  const before = text.slice(Math.max(sentStart, at - 80), at);
  if (!NOT_WORKPLACE_WORDS.test(before)) return false;
  // With no target, the thing judged is the sentence's subject or a "<noun> was…" clause.
  if (!target) return NOT_WORKPLACE_SUBJECT.test(before) || NOT_WORKPLACE_WORDS.test(firstWords(text, sentStart));
  // With a workplace target nearby, only a non-workplace subject after it ("…the software was") wins.
  const afterTarget = target.start < at ? text.slice(Math.max(target.start, at - 80), at) : before;
  return NOT_WORKPLACE_SUBJECT.test(afterTarget);
}

/** Finds blame, complaint and contempt aimed at an employer, its people or its conditions. */
export function findNegativity(
  doc: Doc,
  aboutWorkplace: boolean,
  insults: ReadonlyArray<{ start: number; end: number }> = [],
): NegativityHit[] {
  const text = doc.text.includes('’') ? doc.text.replace(/’/g, "'") : doc.text;
  if (doc.sentences.length === 0) return [];
  const targets = findTargets(text);
  const context = aboutWorkplace || targets.length > 0;
  const hits: NegativityHit[] = [];
  const considerSpan = (s: number, e: number, strong: boolean, objectOnly = false, implicit = false): void => {
    const si = sentenceAt(doc, s);
    const sent = doc.sentences[si]!;
    if (NEGATED.test(text.slice(Math.max(sent.start, s - 24), s))) return;
    const inSentence = targets.filter((t) => t.start >= sent.start && t.end <= sent.end + 1 && (!objectOnly || t.start >= e));
    let target = inSentence.sort((a, b) => Math.abs(a.start - s) - Math.abs(b.start - s))[0];
    if (aboutOtherThing(text, sent.start, s, target)) return;
    const tail = objectOnly ? text.slice(e, sent.end) : text.slice(sent.start, sent.end);
    if (!target && !implicit && !aboutWorkplace && !(context && PRONOUN.test(tail))) return;
    if (!strong && handled(text.slice(e, (doc.sentences[si + 1] ?? sent).end))) return;
    if (!strong && ENJOYED.test(text.slice(e, sent.end))) return;
    if (!strong && ACCEPTED.test(text.slice(e, (doc.sentences[si + 1] ?? sent).end))) return;
    if (!strong && BOUNDED.test(text.slice(e, (doc.sentences[si + 2] ?? doc.sentences[si + 1] ?? sent).end))) return;
    if (!implicit && !/(?:ed|paid)$/i.test(text.slice(s, e)) && SELF_JUDGED.test(text.slice(sent.start, s))) return;
    if (disputed(text.slice(sent.start, s), text.slice(e))) return;
    if (implicit && !strong && COMPENSATED.test(text.slice(e, sent.end))) return;
    if (target && Math.abs(target.start - s) > 60) target = undefined;
    const start = target ? Math.min(target.start, s) : s;
    const end = target ? Math.max(target.end, e) : e;
    if (hits.some((h) => start < h.end && end > h.start)) return;
    hits.push({ start, end, words: doc.text.slice(start, end), target: target?.words ?? 'the workplace', strong });
  };
  const consider = (re: RegExp, strong: boolean, objectOnly: boolean, implicit = false): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) considerSpan(m.index, m.index + m[0].length, strong, objectOnly, implicit);
  };
  // Hostile feelings count when they are the speaker's own ("I hated…"), not a third party's.
  HATE.lastIndex = 0;
  for (let m = HATE.exec(text); m; m = HATE.exec(text)) {
    const sent = doc.sentences[sentenceAt(doc, m.index)]!;
    if (GERUND.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    if (SPEAKER.test(text.slice(sent.start, m.index))) considerSpan(m.index, m.index + m[0].length, true, true);
  }
  consider(STRONG, true, false);
  consider(WEAK, false, false);
  consider(CONTEMPT_RE, true, false);
  consider(COMPLAINT_RE, false, false);
  consider(TREATMENT, false, false, true);
  consider(ASPECT_JUDGED, false, false, true);
  consider(ABUSE, true, false, true);
  for (const insult of insults) considerSpan(insult.start, insult.end, true);
  return hits.sort((a, b) => a.start - b.start);
}
