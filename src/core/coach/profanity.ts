import {
  PROFANITY_ALLOW,
  PROFANITY_MILD,
  PROFANITY_ROOTS,
  PROFANITY_SLURS,
  PROFANITY_WORDS,
  MASK_VOCAB,
  classifyCompound,
} from './profanity-lexicon.js';
import type { Doc } from './text.js';

/** One crude word: its span and the word as written. */
export interface ProfanityHit {
  start: number;
  end: number;
  words: string;
  slur: boolean;
  mild: boolean;
}

// Common look-alike characters used to dodge filters.
const LEET: Record<string, string> = {
  '1': 'i',
  '!': 'i',
  '|': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '@': 'a',
  '4': 'a',
  '3': 'e',
  '7': 't',
  '+': 't',
};
// "Dick", "Cock" with a capital are usually names or places (Dick Smith, Cockburn).
const NAMEABLE = new Set(['dick', 'cock']);

function normalise(word: string): string {
  let out = '';
  for (const ch of word) out += LEET[ch] ?? ch;
  return out.replace(/[-'’#.]/g, '');
}

// Masked forms: letters with *, #, @ or _ standing in for letters (f**k, s**t, b*tch, a**hole).
const MASKED: Array<[RegExp, string]> = [
  [/^f[*#@_.]{1,3}(?:k|ck|c)(?:ing|in|ed|er|s)?$/, 'fuck'],
  [/^f[u*#@_.][*#@_.]?k(?:ing|in|ed|er|s)?$/, 'fuck'],
  [/^s[h*#@_.][*#@_.]{0,2}t(?:ty|s)?$/, 'shit'],
  [/^b[*#@_.]{1,3}(?:ch|tch)(?:es|y)?$/, 'bitch'],
  [/^(?:a|@)[*#@_.$]{1,2}hole$/, 'asshole'],
  [/^(?:a|@)[*#@_.$]{1,2}$/, 'ass'],
  [/^c[*#@_.]{1,3}t$/, 'cunt'],
  [/^d[*#@_.]mn$/, 'damn'],
  // "f'd up", "f'ing": the word cut to its first letter.
  [/^f['’](?:d|ed|in|ing)$/, 'fuck'],
  // "f**kwits", "f*ckface": a masked root with a compound ending.
  [/^f[u*#@_.][*#@_.]{0,2}c?k(?:wits?|face|heads?|ery|ers)$/, 'fuck'],
];

const PLAIN = /^[a-z]+$/;
const HEADS = new Set([...PROFANITY_ROOTS, ...MASK_VOCAB].map((w) => w.slice(0, 3)));
// Cheap pre-check for the compounds that are matched inside a word (clusterfuck, bullshit, dumbass).
const INNER = /fuck|shit|ass|arse|hole|bitch|piss|wank|([a-z])\1\1/;

function unmask(raw: string): string | undefined {
  if (!/[*#_]/.test(raw) || !/[a-z]/.test(raw)) return undefined;
  const re = new RegExp(
    `^${raw
      .replace(/[.]/g, '')
      .replace(/[*#_]/g, '.')
      .replace(/[$@!1|0]/g, '.')}$`,
  );
  return MASK_VOCAB.find((w) => re.test(w));
}

/** The root a single written word reduces to, or undefined when it is clean. */
function classifyWord(raw: string): string | undefined {
  for (const [re, root] of MASKED) if (re.test(raw)) return root;
  const unmasked = unmask(raw);
  if (unmasked) return PROFANITY_ROOTS.find((r) => unmasked.startsWith(r)) ?? classifyCompound(unmasked) ?? unmasked;
  const w = normalise(raw);
  if (w.length === 0 || PROFANITY_ALLOW.test(w)) return undefined;
  if (PROFANITY_WORDS.has(w)) return w;
  const root = PROFANITY_ROOTS.find((r) => w.startsWith(r) && (w.length - r.length <= 7 || w.includes('hole')));
  if (root) return root;
  // Stretched spellings ("fuuuck", "shiiit") and compounds ("clusterfuck", "bullshit", "dumbass").
  const squeezed = w.replace(/([a-z])\1{2,}/g, '$1');
  if (squeezed !== w) return classifyWord(squeezed);
  return INNER.test(w) ? classifyCompound(w) : undefined;
}

// "hell" is crude in oaths and insults ("what the hell", "the boss from hell", "busy as hell") but also names things.
function isCrudeHell(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1]?.lower ?? '';
  const next = doc.tokens[i + 1]?.lower ?? '';
  return (
    [
      'what',
      'the',
      'like',
      'to',
      'from',
      'bloody',
      'living',
      'pure',
      'absolute',
      'was',
      'were',
      'is',
      'are',
      'as',
      'why',
      'how',
      'who',
      'where',
      'hell',
    ].includes(prev) ||
    // "he is like a hell shouting", "such a hell".
    (prev === 'a' && ['like', 'as', 'such'].includes(doc.tokens[i - 2]?.lower ?? '')) ||
    next === 'of' ||
    next === 'hole' ||
    next === 'yes' ||
    // "Hell, I was seven years there": the oath opening a sentence.
    (doc.tokens[i - 1]?.sentence !== doc.tokens[i]!.sentence && doc.text.slice(doc.tokens[i]!.end).startsWith(',')) ||
    next === 'bent'
  );
}

// "bloody" is literal next to wounds and dressings; "screwed" is literal with fixings.
const LITERAL_BLOODY =
  /^(?:nose|noses|dressings?|bandages?|gauze|sheets?|wounds?|stools?|discharge|tissue|swabs?|vomit|urine|clothes|clothing|cloth|rags?|needles?|sharps|fluid|show|sunday|mary)$/;
const SCREW_SWEAR_NEXT = new Set(['over', 'you', 'him', 'her', 'them', 'me', 'us', 'up', 'around', 'it', 'this', 'that']);
const SCREW_SWEAR_PREV = new Set([
  'got',
  'get',
  'gets',
  'getting',
  'totally',
  'completely',
  'so',
  'royally',
  'proper',
  'properly',
  'really',
  'absolutely',
  'well',
  'just',
  'all',
]);
// "we were all screwed", but "the panels were screwed to the wall".
const SCREW_FIXING_NEXT = /^(?:to|into|onto|in|on|together|down|shut|tight|back|up|off|with)$/;
// "Hours suck", "the pay sucks", but "suck it up", "suck in the fumes".
const SUCK_LITERAL_NEXT = /^(?:it|up|in|out|into|the|on)$/;

// Literal senses: birds ("blue tits"), dogs ("the bitches during whelping"), tools ("a bastard file").
const BIRD_BEFORE = new Set(['blue', 'great', 'coal', 'marsh', 'willow', 'crested', 'long-tailed', 'bearded', 'penduline']);
const DOG_WORDS = /\b(?:whelp\w*|pupp(?:y|ies)|kennels?|breed\w*|litters?|dogs?|stud|greyhounds?|vets?)\b/i;
const TOOL_AFTER = new Set(['file', 'files', 'sword', 'swords', 'wing', 'trowel', 'saw']);

function contextClean(doc: Doc, i: number, root: string): boolean {
  const prev = doc.tokens[i - 1]?.lower ?? '';
  const next = doc.tokens[i + 1]?.lower ?? '';
  if (root === 'tits') return BIRD_BEFORE.has(prev);
  if (root === 'bitch') {
    const s = doc.sentences[doc.tokens[i]!.sentence]!;
    return /^bitch(?:es)?$/.test(doc.tokens[i]!.lower) && DOG_WORDS.test(doc.text.slice(s.start, s.end));
  }
  if (root === 'bastard') return TOOL_AFTER.has(next);
  // "Hours too long af": "af" in lower case after a word of its sentence, closing the clause (not "AF" the initials).
  if (root === 'af')
    return (
      doc.tokens[i]!.text !== 'af' ||
      doc.tokens[i - 1]?.sentence !== doc.tokens[i]!.sentence ||
      !/^(?:[.,;:!?)]|$)/.test(doc.text.slice(doc.tokens[i]!.end).trimStart().slice(0, 1))
    );
  // "sod this", "sod it", "sod off": the oath, not the turf.
  if (root === 'sod') return !/^(?:this|it|that|off|them|him|her|all|the)$/.test(next);
  // "Ass. Manager", "Ass Mgr": the abbreviation of "assistant".
  if (root === 'ass' && /^(?:manager|mgr|director|professor|prof|engineer|editor|supervisor|lead|vp|general|store|branch|head)$/.test(next))
    return true;
  if (root === 'hell' && next === 'no') return false;
  // "he'll", "she'll", "we'll": the contraction, with its apostrophe taken out.
  if (root === 'hell' && /['’]/.test(doc.tokens[i]!.text)) return true;
  // "hell week", "hell night": the name of an ordeal in training, not an oath.
  if (root === 'hell' && /^(?:week|weeks|night)$/.test(next)) return true;
  if (root === 'hell') return !isCrudeHell(doc, i);
  if (root === 'bloody') return LITERAL_BLOODY.test(next);
  if (
    root.startsWith('screw') &&
    /^(?:the|their|its|our)$/.test(next) &&
    /^(?:employees|staff|workers|customers|people|team|us|drivers|nurses|contractors)$/.test(doc.tokens[i + 2]?.lower ?? '')
  )
    return false;
  if (root.startsWith('screw'))
    return (
      !SCREW_SWEAR_NEXT.has(next) &&
      !SCREW_SWEAR_PREV.has(prev) &&
      !(/^(?:were|was|are|is|be|been|get)$/.test(prev) && !SCREW_FIXING_NEXT.test(next))
    );
  if (root === 'suck') return SUCK_LITERAL_NEXT.test(next);
  if (root === 'bs')
    return !['total', 'complete', 'utter', 'pure', 'such', 'the', 'of', 'absolute', 'more', 'corporate', 'this', 'that'].includes(prev);
  return false;
}

function hit(doc: Doc, from: number, to: number, root: string): ProfanityHit {
  const start = doc.tokens[from]!.start;
  const end = doc.tokens[to]!.end;
  return { start, end, words: doc.text.slice(start, end), slur: PROFANITY_SLURS.has(root), mild: PROFANITY_MILD.has(root) };
}

/** Letters spelled out one by one ("f u c k", "s.h.i.t"): the joined word when it is crude. */
function spelledOut(doc: Doc, i: number): { end: number; root: string } | undefined {
  const tokens = doc.tokens;
  let j = i;
  let joined = '';
  while (j < tokens.length && tokens[j]!.text.length === 1 && /[\p{L}*$@]/u.test(tokens[j]!.text)) {
    if (j > i && tokens[j]!.start - tokens[j - 1]!.end > 2) break;
    joined += tokens[j]!.lower;
    j++;
  }
  if (j - i < 3) return undefined;
  const root = classifyWord(joined);
  return root ? { end: j - 1, root } : undefined;
}

/** Finds swearing, slurs and crude words, including compound, look-alike, masked and spelled-out forms. */
export function findProfanity(doc: Doc): ProfanityHit[] {
  const hits: ProfanityHit[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text.length === 1) {
      const spelled = spelledOut(doc, i);
      if (spelled) {
        hits.push(hit(doc, i, spelled.end, spelled.root));
        i = spelled.end;
      }
      continue;
    }
    // Fast path: a plain lower-case word can only be crude if it is listed, starts like a listed root or holds a compound part.
    if (PLAIN.test(t.lower) && !PROFANITY_WORDS.has(t.lower) && !HEADS.has(t.lower.slice(0, 3)) && !INNER.test(t.lower)) continue;
    let root: string | undefined;
    // Compounds ("cluster-f*ck", "shit-show", "half-assed") are checked part by part as well as whole.
    const parts = t.lower.includes('-') ? [t.lower, ...t.lower.split('-')] : [t.lower];
    for (const raw of parts) {
      root = classifyWord(raw);
      // A capitalised part of a hyphenated name ("Moby-Dick") is a name.
      if (
        root &&
        NAMEABLE.has(root) &&
        raw !== t.lower &&
        t.text.toLowerCase().indexOf(raw) >= 0 &&
        /^[A-Z]/.test(t.text.slice(t.lower.indexOf(raw)))
      )
        root = undefined;
      else if (root && NAMEABLE.has(root) && raw === t.lower && /^[A-Z]/.test(t.text)) {
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        const midSentence = prev?.sentence === t.sentence;
        const nameFollows = next !== undefined && next.sentence === t.sentence && /^[A-Z]/.test(next.text);
        // "Dick was the best bar manager I've had", "Dick from finance runs the quiz": a name opening the sentence.
        const actsNext =
          next !== undefined &&
          next.sentence === t.sentence &&
          /^(?:was|is|said|says|told|has|had|ran|runs|managed|manages|and|who|would|will|always|did|does|gave|got|hired|taught|helped|trained|left|joined|from|at|in)$/.test(
            next.lower,
          );
        if (midSentence || nameFollows || actsNext) root = undefined;
      }
      if (root) break;
    }
    if (!root || contextClean(doc, i, root)) continue;
    hits.push(hit(doc, i, i, root));
  }
  return hits;
}
