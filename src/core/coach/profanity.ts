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
const LEET: Record<string, string> = { '1': 'i', '!': 'i', '|': 'i', '0': 'o', '$': 's', '5': 's', '@': 'a', '4': 'a', '3': 'e', '7': 't', '+': 't' };

// Roots matched at the start of a word, with any ending (fucking, shitty, bitches). Chosen so no everyday
// English word begins with them.
const ROOTS = ['fuck', 'fuk', 'fck', 'shit', 'cunt', 'bitch', 'bastard', 'wank', 'twat', 'bollock', 'motherf', 'dickhead', 'jackass', 'dumbass', 'asshole', 'arsehole', 'bullshit', 'bullsh', 'horseshit', 'piss', 'crap', 'goddamn', 'nigg', 'fagg', 'retard', 'douche', 'slut', 'whore', 'prick', 'tosser', 'wtf', 'stfu', 'effing', 'frickin', 'fricking', 'freaking', 'damn'];
// Whole words only (so "assessment", "class", "Dickens" and "cocktail" never match).
const WORDS = new Set(['ass', 'arse', 'asses', 'arses', 'dick', 'dicks', 'cock', 'cocks', 'tits', 'boobs', 'fag', 'fags', 'hell', 'bloody', 'sucks', 'sucked', 'screw', 'screwed', 'crappy', 'fk', 'fkn', 'fkin', 'pissed', 'spaz', 'spastic', 'cripple', 'dyke', 'tranny', 'chink', 'spic', 'kike', 'wog', 'paki', 'badass', 'smartass', 'hardass']);
// Slurs are always the most severe finding.
const SLURS = new Set(['nigg', 'fagg', 'fag', 'fags', 'retard', 'spaz', 'spastic', 'dyke', 'tranny', 'chink', 'spic', 'kike', 'wog', 'paki', 'cripple']);
// Words starting with a root that are innocent.
const ALLOW = /^(?:shitake|shiitake|crapshoot|pissarro|prickl|retardant|damning|damnation|wankel|fukushima|niggl)/;
// "Dick", "Cock" with a capital inside a sentence are usually names or places (Dick Smith, Cockburn).
const NAMEABLE = new Set(['dick', 'cock']);
// Mild swearing: still out of place in an interview, but a warning rather than a problem.
const MILD = new Set(['hell', 'bloody', 'sucks', 'sucked', 'screw', 'screwed', 'damn', 'crap', 'crappy', 'freaking', 'frickin', 'fricking', 'pissed']);

function normalise(word: string): string {
  let out = '';
  for (const ch of word) out += LEET[ch] ?? ch;
  return out.replace(/[-'’#]/g, '');
}

// Masked forms: letters with *, #, @ or _ standing in for letters (f**k, s**t, b*tch, a**hole).
const MASKED: Array<[RegExp, string]> = [
  [/^f[*#@_.]{1,3}(?:k|ck|c)(?:ing|in|ed|er|s)?$/, 'fuck'],
  [/^f[u*#@_.][*#@_.]?k(?:ing|in|ed|er|s)?$/, 'fuck'],
  [/^s[h*#@_.][*#@_.]{0,2}t(?:ty|s)?$/, 'shit'],
  [/^b[*#@_.]{1,3}(?:ch|tch)(?:es|y)?$/, 'bitch'],
  [/^(?:a|@)[*#@_.$]{1,2}(?:hole)?$/, 'ass'],
  [/^c[*#@_.]{1,3}t$/, 'cunt'],
  [/^d[*#@_.]mn$/, 'damn'],
];

// "hell" is crude in oaths and insults ("what the hell", "the boss from hell") but also names things.
function isCrudeHell(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1]?.lower ?? '';
  const next = doc.tokens[i + 1]?.lower ?? '';
  return ['what', 'the', 'like', 'to', 'from', 'bloody', 'living', 'pure', 'absolute', 'was'].includes(prev) || next === 'of' || next === 'hole';
}

// Full words that masked spellings are compared against, letter for letter ("w*nkers" → "wankers").
const MASK_VOCAB = ['fuck', 'fucks', 'fucked', 'fucker', 'fuckers', 'fucking', 'shit', 'shits', 'shitty', 'shite', 'bullshit', 'shitshow', 'wank', 'wanker', 'wankers', 'bitch', 'bitches', 'cunt', 'cunts', 'bastard', 'bastards', 'asshole', 'assholes', 'arse', 'arsehole', 'arseholes', 'bollocks', 'twat', 'twats', 'dick', 'dickhead', 'prick', 'pricks', 'piss', 'pissed', 'crap', 'damn', 'motherfucker', 'whore', 'slut', 'retard', 'retarded', 'faggot', 'nigger'];

const PLAIN = /^[a-z]+$/;
const HEADS = new Set([...ROOTS, ...MASK_VOCAB].map((w) => w.slice(0, 3)));

function unmask(raw: string): string | undefined {
  if (!/[*#_]/.test(raw) || !/[a-z]/.test(raw)) return undefined;
  const re = new RegExp(`^${raw.replace(/[*#_]/g, '.').replace(/[$@!1|0]/g, '.')}$`);
  return MASK_VOCAB.find((w) => re.test(w));
}

function classify(raw: string, capitalisedMidSentence: boolean): string | undefined {
  for (const [re, root] of MASKED) if (re.test(raw)) return root;
  const unmasked = unmask(raw);
  if (unmasked) return ROOTS.find((r) => unmasked.startsWith(r)) ?? unmasked;
  const w = normalise(raw);
  let hit: string | undefined;
  if (WORDS.has(w)) hit = w;
  else if (!ALLOW.test(w)) hit = ROOTS.find((r) => w.startsWith(r) && (w.length - r.length <= 6 || w.includes('hole')));
  if (hit && NAMEABLE.has(hit) && capitalisedMidSentence) return undefined;
  return hit;
}

/** Finds swearing, slurs and crude words, including look-alike and masked spellings, word by word. */
export function findProfanity(doc: Doc): ProfanityHit[] {
  const hits: ProfanityHit[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Fast path: a plain lower-case word can only be crude if it is listed or starts like a listed root.
    if (PLAIN.test(t.lower) && !WORDS.has(t.lower) && !HEADS.has(t.lower.slice(0, 3))) continue;
    let hit: string | undefined;
    // Compounds ("cluster-f*ck", "shit-show") are checked part by part as well as whole.
    const parts = t.lower.includes('-') ? [t.lower, ...t.lower.split('-')] : [t.lower];
    for (const raw of parts) {
      hit = classify(raw, t.text[0] !== raw[0] && raw === t.lower && tokens[i - 1]?.sentence === t.sentence);
      if (hit) break;
    }
    if (!hit) continue;
    if (hit === 'hell' && !isCrudeHell(doc, i)) continue;
    hits.push({ start: t.start, end: t.end, words: t.text, slur: SLURS.has(hit), mild: MILD.has(hit) });
  }
  return hits;
}
