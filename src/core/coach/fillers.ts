import { afterBoundary, beforeBoundary, word, type Doc } from './text.js';

/** One filler occurrence: its span and the words as written. */
export interface FillerHit {
  start: number;
  end: number;
  words: string;
}

// Pure hesitation sounds: always fillers.
const SOUNDS = new Set(['um', 'umm', 'ummm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'errm', 'ah', 'hmm', 'mm']);
// Discourse markers that add nothing wherever they appear in speech.
const ALWAYS = new Set(['basically']);
const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'nobody', 'everyone', 'everybody', 'someone', 'people']);
const BE = new Set(['was', 'were', 'is', 'am', "i'm", "we're", "they're", "he's", "she's", 'are']);
const JOINERS = new Set(['and', 'but', 'so', 'because', 'then', 'or']);
// "kind of"/"sort of" after these is the noun sense ("what kind of role").
const KIND_NOUN_BEFORE = new Set([
  'what',
  'which',
  'the',
  'a',
  'this',
  'that',
  'these',
  'those',
  'any',
  'some',
  'same',
  'every',
  'right',
  'different',
  'one',
  'each',
  'all',
  'no',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
  'only',
  'exact',
  'another',
  'other',
]);
const NUMBERISH = /^(\d|a$|about$|half$|one$|two$|three$|four$|five$|six$|seven$|eight$|nine$|ten$|twenty$|fifty$|hundred)/;
// "you know" as a real verb: "do you know", "as you know", "if you know".
const KNOW_REAL_BEFORE = new Set(['do', 'did', 'if', 'as', "don't", "didn't", 'would', 'will', 'let', 'whether', 'what', 'how', 'that']);
const MEAN_REAL_AFTER = new Set(['it', 'that', 'to', 'what', 'business', 'every', 'exactly', 'this', 'by', 'when']);
// Verb-like words after "sort of"/"kind of" make it a hedge, reported by the hedging detector instead.
const HEDGED_VERB = /^(tried|helped|led|managed|ran|did|made|took|got|fixed|handled|worked|started|took|pushed|went|fell|just)$|ed$/;

/** True when "kind of"/"sort of" at i is followed by a verb, i.e. a hedge rather than a filler. */
export function isHedgedKindOf(doc: Doc, i: number): boolean {
  return HEDGED_VERB.test(word(doc, i + 2));
}

function isLikeFiller(doc: Doc, i: number): boolean {
  const prev = word(doc, i - 1);
  const next = word(doc, i + 1);
  if (afterBoundary(doc, i) && beforeBoundary(doc, i)) return true;
  if (SOUNDS.has(prev) || SOUNDS.has(next)) return true;
  if (next === 'literally' || next === 'totally' || next === 'really' || next === 'super') return true;
  if (next === 'you' && word(doc, i + 2) === 'know') return true;
  if (NUMBERISH.test(next) && next !== 'a' && prev !== 'looks' && prev !== 'feel') return true;
  if (BE.has(prev) && (beforeBoundary(doc, i) || (SUBJECTS.has(next) && next !== 'you'))) return true;
  if ((JOINERS.has(prev) || afterBoundary(doc, i)) && SUBJECTS.has(next)) return true;
  return false;
}

/** Finds spoken fillers, each as its own span; "like", "you know", "actually" only where used as filler. */
export function findFillers(doc: Doc): FillerHit[] {
  const hits: FillerHit[] = [];
  const t = doc.tokens;
  const push = (a: number, b: number): void => {
    const s = t[a]!.start;
    const e = t[b]!.end;
    hits.push({ start: s, end: e, words: doc.text.slice(s, e) });
  };
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.lower;
    if (SOUNDS.has(w) || ALWAYS.has(w)) push(i, i);
    else if (w === 'like') {
      if (isLikeFiller(doc, i)) push(i, i);
    } else if (w === 'you' && word(doc, i + 1) === 'know') {
      const next = word(doc, i + 2);
      if (!KNOW_REAL_BEFORE.has(word(doc, i - 1)) && (beforeBoundary(doc, i + 1) || next === 'like' || afterBoundary(doc, i))) {
        if (next !== 'what' && next !== 'how' && next !== 'the' && next !== 'that') {
          push(i, i + 1);
          i++;
        }
      }
    } else if (w === 'i' && word(doc, i + 1) === 'mean') {
      const next = word(doc, i + 2);
      if (beforeBoundary(doc, i + 1) || (afterBoundary(doc, i) && next !== '' && !MEAN_REAL_AFTER.has(next))) {
        push(i, i + 1);
        i++;
      }
    } else if ((w === 'kind' || w === 'sort') && word(doc, i + 1) === 'of') {
      if (!KIND_NOUN_BEFORE.has(word(doc, i - 1)) && !isHedgedKindOf(doc, i)) {
        push(i, i + 1);
        i++;
      }
    } else if (w === 'actually' || w === 'literally' || w === 'totally') {
      const prev = word(doc, i - 1);
      const real = prev === 'what' || prev === 'who' || prev === 'than' || prev === 'translated' || prev === 'taken' || prev === 'read';
      if (!real && (afterBoundary(doc, i) || beforeBoundary(doc, i) || w === 'literally' || SOUNDS.has(prev) || prev === 'like'))
        push(i, i);
    }
  }
  return hits;
}
