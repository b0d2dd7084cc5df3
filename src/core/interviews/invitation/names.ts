/** What a person's name looks like in an invitation, and what only looks like one. */
import { FIELD_WORDS, ORDINARY_WORDS, STOP, TITLE_WORDS } from './word-lists.js';

// Words of places and seasons that are family names too ("Rebecca Hall", "Hannah Lane", "Jennifer Summer"): a name only
// as the last word after a given name, never after a word that names a place ("Town Hall", "Park Lane", "Baker Street").
const FAMILY_TOO = new Set(['hall', 'lane', 'street', 'summer', 'winter', 'may', 'house', 'west', 'north']);
const PLACE_BEFORE = new Set(
  (
    'town city county memorial festival concert royal albert carnegie wall baker oxford regent bond fleet drury park grand main high ' +
    'church market mill station bridge chapel college union assembly exhibition guild village sports music dining residence lecture ' +
    'study old new great little long broad victoria queen king kings queens prince princess london manchester mansion abbey castle ' +
    'canary cherry green elm oak mount upper lower middle east west north south central harbour harbor river lake hill garden gardens ' +
    'orchard meadow brook forest wood woods field fields stone valley spring springs ocean sea bay palm maple willow cedar pine birch'
  ).split(' '),
);

/** "Hall" after "Rebecca": a family name that is also an ordinary word, after a given name that is no place's. */
function familyToo(word: string, previous: string | undefined): boolean {
  return (
    FAMILY_TOO.has(lower(word)) && /^\p{Lu}\p{Ll}+$/u.test(word) && !!previous && isNameWord(previous) && !PLACE_BEFORE.has(lower(previous))
  );
}

// Words that are also given names ("June Park", "April Jones", "Will Turner"): a name only before a surname.
const MONTH_NAMES = new Set(['april', 'may', 'june', 'august', 'will', 'summer', 'autumn', 'dawn']);
// Number words opening a family name of ordinary words, after the given name and before a name word: "Raymond Two Rivers",
// "Sarah Many Feathers" (not "Dana Ruiz Four Seasons").
const INSIDE_NAME = new Set(['two', 'three', 'four', 'many']);
// Short words that are ordinary words first but names later on ("Nguyễn Văn An", "Tran Le").
const LATER_OK = new Set(['an', 'le', 'la', 'do', 'so', 'to', 'ha', 'ma', 'ho', 'my', 'hi', 'sun', 'may', 'jan', 'thu']);

/** Lower-case particles inside a family name: "Jan van der Berg", "Ana de la Cruz", "Fernanda dos Santos". */
export const PARTICLES = new Set(
  "de da do dos das del della der den van von la le di du dit bin binti binte bint ibn al el ter ten te y e zu af av op het 't ’t ap ferch".split(
    ' ',
  ),
);

// Honorifics dropped from a name ("Associate Professor", "Chef" in a kitchen); the short ones that are also given names ("Eng", "Lic") only with their full stop.
const HONORIFIC =
  /^(?:(?:(?:(?:associate|assistant|adjunct|emeritus|visiting|clinical)\s+prof(?:essor)?|chef|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|herr|herrn|frau|mme|mlle|sra|srta|sr|councillor|cllr|rev|reverend|hon|judge|justice|sheikh|sheikha|engr|capt|smt|shri|sri|alhaji|alhaja|barr|pastor|sister|dott|dott\.ssa|dhr|mevr|pani|señor|señora|senhor|senhora|doña|dña|dª|sig\.ra|encik|puan|ca|dato'?|datuk|datin|tan sri|puan sri|(?:the\s+)?(?:rt\.?\s+)?hon(?:ourable|orable)?)\.?|(?:eng|ing|ir|adv|col|maj|lt|dra|lic|mgr|drs|sig|hr|fr|mag|dipl\.-ing)\.|(?:enf|dr|prof|eng|arq|adv)\.?[ªº])\s+)+/i;
// A given or family name: a capital, some small letters; hyphens and apostrophes inside ("Okonkwo-Smith", "O'Neill", "al-Hassan", "McKay"),
// and the closing apostrophe of a Luo "ng'" ("Achieng' Ouma", "Ochieng'").
const NAME_WORD =
  /^(?:(?:al|el|ul|bin|ibn|d|l)['-])?\p{Lu}[\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:['-]\p{L}[\p{Ll}\p{M}]*)*(?:(?<=ng)['’])?$/u;
// Initials ("J. R."), and given names cut short with a full stop: "Ma. Theresa Santos" (Maria), "Md. Rahman" (Mohammad), "Wm.".
const INITIAL = /^(?:(?:\p{Lu}\.){1,3}|(?:Ma|Md|Mohd|Muhd|Wm|Geo|Chas|Thos|Jas|Jos)\.)$/u;
// Capitalised particles that stand alone inside a name: "Ruairí Ó Briain", "Aoife Ní Bhriain", "Omar Bin Laden", "Ali Abu Bakr".
const CAP_PARTICLES = new Set([
  'Ó',
  'Ní',
  'Nic',
  'Mac',
  'Ua',
  'Uí',
  'Bin',
  'Binti',
  'Ibn',
  'Abu',
  'Abd',
  'Bint',
  'Ap',
  'Ter',
  'Van',
  'Von',
  'De',
  'Da',
  'Di',
  'Du',
  'Del',
  'Dela',
  'Delos',
  'Delas',
  'Della',
  'Dos',
  'Das',
  'Le',
  'La',
]);
// Capitalised particles that are family names of their own at the end of a name: "Priyanka Das", "Minh Le", "Paul Du".
const FAMILY_PARTICLES = new Set(['Das', 'Le', 'Du', 'Di', 'Da', 'De', 'La']);
// A family name in capitals ("Marie DUPONT"): never the first word, never a known abbreviation.
const CAPS_NAME = /^\p{Lu}{3,}(?:-\p{Lu}{2,})*$/u;
// "St." inside a family name ("Graham St. John"), never first or last.
const SAINT = /^Ste?\.?$/;

const lower = (w: string) => w.toLowerCase().replace(/[.,;:]+$/, '');

// Plurals of title words that are verbs first ("who leads our team").
const VERB_LIKE = new Set([
  'leads',
  'heads',
  'chairs',
  'coaches',
  'directs',
  'manages',
  'owns',
  'partners',
  'mentors',
  'trains',
  'edits',
  'produces',
  'plans',
  'tests',
  'writes',
  'buys',
  'operates',
  'designs',
]);

/** True when a word (with or without its full stop) is an honorific: "Mr", "Dr.", "Eng.". */
export function isHonorific(word: string): boolean {
  return HONORIFIC.test(`${word.replace(/\.$/, '')}. `);
}

/** True for a capitalised word that is common in English and never a name ("Customer", "Success", "Monday"). */
export function isCommonWord(word: string): boolean {
  return STOP.has(lower(word));
}

/** "vice-chair", "co-chair", "deputy-head": a prefix joined to a role. */
function prefixedRole(w: string): boolean {
  return /^(?:vice|co|deputy|sub|acting|interim)-\p{L}+$/u.test(w) && TITLE_WORDS.has(w.replace(/^[^-]+-/, ''));
}

/** German compounds: "Teamleiter", "Abteilungsleiterin", "Personalreferent", "Industriemeister". */
function compoundTitle(w: string): boolean {
  return /^\p{L}{3,}(?:leiter|leiterin|referent|referentin|manager|managerin|meister|meisterin)$/u.test(w);
}

/** True when a word is a job-title word ("Manager", "Head", "CTO"). */
export function isTitleWord(word: string): boolean {
  const w = lower(word);
  // "co-founders", "Engineers": a plural of a role is a title too.
  return (
    TITLE_WORDS.has(w) ||
    FIELD_WORDS.has(w) ||
    compoundTitle(w) ||
    // "Vice-Chair", "Co-Chair", "Deputy-Head": a prefix joined to a role.
    prefixedRole(w) ||
    (w.length > 3 && w.endsWith('s') && !VERB_LIKE.has(w) && TITLE_WORDS.has(w.slice(0, -1)))
  );
}

/** "co-founders" → "co-founder", "Senior Engineers" → "Senior Engineer": a plural title said of several people, as one's; else null. */
export function singularTitle(title: string): string | null {
  const last = /(\S+)s$/.exec(title.trim());
  return last && !TITLE_WORDS.has(lower(`${last[1]}s`)) && TITLE_WORDS.has(lower(last[1]!)) ? title.trim().slice(0, -1) : null;
}

/** True for a phrase that reads as a job title: a few words, at least one of them a role ("Manager", "Lead", "CTO"). */
export function looksLikeTitle(text: string): boolean {
  const words = text
    .trim()
    .split(/[\s/&,]+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 9) return false;
  if (/\b(?:will|would|is|are|was|were|has|have|you|your|please)\b/i.test(text)) return false;
  // "two partners", "three directors": people counted by their role (a plural that is a verb too when alone).
  const counted = /^(?:two|three|four|five|six|several|both)\s+(\p{L}+)s$/iu.exec(text.trim());
  if (counted && TITLE_WORDS.has(lower(counted[1]!))) return true;
  // "Head Office", "Main Reception": a place, not a job; "Site Manager", "Office Coordinator" end in a role.
  const role = (w: string | undefined) => !!w && isTitleWord(w) && !FIELD_WORDS.has(lower(w)) && !/^(?:head|chief)$/i.test(w);
  if (
    /\b(?:office|offices|headquarters|hq|building|site|campus|branch|floor|entrance|reception|room|street|road|station)\b/i.test(text) &&
    !role(words.at(-1)?.replace(/[()]/g, ''))
  )
    return false;
  return words.some((w) => isTitleWord(w.replace(/[()]/g, '')) && !FIELD_WORDS.has(lower(w.replace(/[()]/g, ''))));
}

/** Drops an honorific ("Dr.", "Ms") and a quoted nickname from a name. */
export function cleanName(text: string): string {
  return (
    text
      .replace(HONORIFIC, '')
      // "Nakamura-san", "Tanaka-sensei": a Japanese honorific after the name.
      .replace(/(?<=\p{L})-(?:san|sama|sensei)(?![\p{L}-])/gu, '')
      .replace(/\s+["“][^"”]{1,20}["”]\s+/g, ' ')
      .replace(/^(\S+)\s+\(\p{Lu}\p{Ll}{1,15}\)\s+(?=\p{Lu})/u, '$1 ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Words that are names only after a given name: "Văn An", "Marie DUPONT". */
function laterWord(word: string): boolean {
  const w = lower(word);
  return (LATER_OK.has(w) && NAME_WORD.test(word)) || (CAPS_NAME.test(word) && !STOP.has(w) && !TITLE_WORDS.has(w) && word.length <= 20);
}

/** "TANAKA Hiroshi": a family name in capitals first, before a given name written as usual. */
function familyFirst(word: string, next: string | undefined, then?: string): boolean {
  // "KIM Min-jun", "LEE Ji-eun": a short family name in capitals before a hyphenated given name, or before a given name
  // in two words ("TAN Wei Jie", "LIM Boon Heng").
  const short = word.length === 3 && !!next && (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(next) || (!!then && isNameWord(next) && isNameWord(then)));
  // "LE Hoang Mai", "NG Wei Ming": a family name of two capitals before a given name in two words.
  const two =
    /^\p{Lu}{2}$/u.test(word) && !STOP.has(lower(word)) && !TITLE_WORDS.has(lower(word)) && !!then && isNameWord(next!) && isNameWord(then);
  if (two) return true;
  return (word.length >= 4 || short) && laterWord(word) && !!next && (isNameWord(next) || LATER_OK.has(lower(next))) && !INITIAL.test(next);
}

// A word in two capitalised parts is a product's ("HackerRank", "CodePair", "GitHub", "LinkedIn") unless its head is a short
// prefix ("DeShawn", "LaToya", "McKay"), one of a family name's ("MacLeod", "FitzGerald", "VanDyke") or a given name ("MaryAnn", "LeeAnn").
const PRODUCT_WORD =
  /^(?!(?:Mac|Fitz|Van|Von|Ter|Ten|Abu|Bin|Ben|Del|Des|Dos|Das|Den|Der|Mary|Ann|Anna|Anne|Rose|Lynn|Jean|Lee|Rae|Kay|Sue|Joy|Mae|Lou)\p{Lu})\p{Lu}\p{Ll}{2,}\p{Lu}/u;

/** True when one word can be part of a name (not a title word, a weekday or a common capitalised word). */
export function isNameWord(word: string): boolean {
  if (INITIAL.test(word)) return true;
  if (!NAME_WORD.test(word) || !/\p{Ll}/u.test(word) || /['’]s$/.test(word) || PRODUCT_WORD.test(word)) return false;
  const w = lower(word);
  return !STOP.has(w) && !TITLE_WORDS.has(w) && !FIELD_WORDS.has(w) && !prefixedRole(w) && !compoundTitle(w);
}

/**
 * True for "Dana Ruiz", "Ana de la Cruz", "Nguyễn Thị Lan", "June Park"; `single` also accepts one given name ("Priya").
 * `avoid` lists phrases that are not people here (the employer's name).
 */
export function looksLikeName(raw: string, options: { single?: boolean; avoid?: readonly string[] } = {}): boolean {
  const text = cleanName(raw);
  const words = text.split(' ');
  if (words.length > 6 || text.length > 60) return false;
  const inner = (w: string) => PARTICLES.has(w) || SAINT.test(w) || w === 'Ó';
  const real = words.filter((w) => !inner(w));
  if (real.length < (options.single ? 1 : 2)) return false;
  if (inner(words[0]!) || inner(words.at(-1)!) || INITIAL.test(words.at(-1)!)) return false;
  const month = MONTH_NAMES.has(lower(words[0]!)) && words.length >= 2;
  const ok = real.every(
    (w, i) =>
      isNameWord(w) ||
      (i === 0 && month && NAME_WORD.test(w)) ||
      (i === 0 && familyFirst(w, real[1], real[2])) ||
      (i > 0 && (laterWord(w) || CAP_PARTICLES.has(w))) ||
      (i > 0 && i === real.length - 1 && familyToo(w, real[i - 1])) ||
      (i === 1 && real.length > 2 && INSIDE_NAME.has(lower(w)) && /^\p{Lu}\p{Ll}+$/u.test(w) && isNameWord(real[i + 1]!)),
  );
  if (!ok || MONTH_NAMES.has(lower(text))) return false;
  // "General Affairs", "Revenue Management", "Vaga": ordinary words only, a department or a label; one name word keeps a name.
  if (real.every((w) => ORDINARY_WORDS.has(lower(w)))) return false;
  const key = nameKey(text);
  return !(options.avoid ?? []).some((a) => {
    const k = nameKey(a);
    return k.length > 0 && (k === key || k.includes(key) || (key.includes(k) && k.split(' ').length > 1));
  });
}

/** True when every word of one name is among the other's: "Ana Cruz" and "Ana de la Cruz" are one person. */
export function wordsWithin(a: readonly string[], b: readonly string[]): boolean {
  return a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));
}

/** A name compared with case, accents and extra spaces aside. */
export function nameKey(name: string): string {
  return (
    cleanName(name)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’']/g, "'")
      .toLowerCase()
      // Letters with no accent to drop, written as an address would: "Sæther" as "saether", "Øberg" as "oberg", "Weiß" as "weiss".
      .replace(/[æœßøłđðþ]/g, (c) => ({ æ: 'ae', œ: 'oe', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th' })[c]!)
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The name at the start of a text ("Kofi Mensah (CFO) and …" → "Kofi Mensah"): name words and particles, an honorific
 * and a quoted nickname dropped; with the characters it used, so the reader can go on after it.
 */
export function leadingName(text: string): { name: string; length: number } | null {
  const honorific = HONORIFIC.exec(text);
  // A nickname in quotes, or in brackets after the given name before the family name: "Wei-Lin (Vivian) Chou".
  const re = /\s*(["“][^"”]{1,20}["”]|\(\p{Lu}\p{Ll}{1,15}\)(?=[^\S\n]+\p{Lu})|[^\s,;:()<>[\]|"“]+)/uy;
  re.lastIndex = honorific ? honorific[0].length : 0;
  const words: { word: string; end: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let word = m[1]!;
    if (/^["“]/.test(word)) {
      if (words.length === 0) break;
      continue;
    }
    if (word.startsWith('(')) {
      if (words.length !== 1 || !isNameWord(word.slice(1, -1))) break;
      continue;
    }
    let end = m.index + m[0].length;
    if (words.length > 0 && SAINT.test(word)) {
      words.push({ word, end });
      continue;
    }
    // "Darnell Washington Jr.": the suffix is passed over, not kept.
    if (words.length >= 2 && /^(?:Jr|Sr|II|III|IV)\.?,?$/.test(m[1]!)) {
      words[words.length - 1]!.end = m.index + m[0].length;
      break;
    }
    // A full stop after a word ends the sentence, unless the word is an initial.
    const stop = word.endsWith('.') && !INITIAL.test(word);
    if (stop) {
      word = word.slice(0, -1);
      end -= 1;
    }
    const first = words.length === 0;
    const ahead = first ? /^\s*([^\s,;:()<>[\]|"“.]+)(?:[^\S\n]+([^\s,;:()<>[\]|"“.]+))?/.exec(text.slice(end)) : null;
    const ok =
      isNameWord(word) ||
      (first && familyFirst(word, ahead?.[1], ahead?.[2])) ||
      (!first && (PARTICLES.has(word) || CAP_PARTICLES.has(word) || laterWord(word))) ||
      (first && MONTH_NAMES.has(lower(word)) && NAME_WORD.test(word)) ||
      (!first && familyToo(word, words.at(-1)!.word) && !/^[^\S\n]*\p{Lu}/u.test(text.slice(end))) ||
      (words.length === 1 &&
        !stop &&
        INSIDE_NAME.has(lower(word)) &&
        /^\p{Lu}\p{Ll}+$/u.test(word) &&
        isNameWord(nextWord(text.slice(end))));
    if (!ok || words.length >= 6) break;
    words.push({ word, end });
    if (stop || (!first && !isNameWord(word) && familyToo(word, words.at(-2)!.word))) break;
  }
  const dangling = (w: string) =>
    PARTICLES.has(w) || (CAP_PARTICLES.has(w) && !(words.length > 1 && FAMILY_PARTICLES.has(w))) || SAINT.test(w);
  while (words.length > 0 && dangling(words.at(-1)!.word)) words.pop();
  if (words.length === 0) return null;
  return { name: words.map((w) => w.word).join(' '), length: words.at(-1)!.end };
}

/** The word at the start of a text, after spaces on the same line ("" when none). */
function nextWord(text: string): string {
  return /^[^\S\n]+([^\s,;:()<>[\]|"“.]+)/.exec(text)?.[1] ?? '';
}

/** "JOHN SMITH - Director" → "John Smith - Director": names in capitals (two to four words, none a title or a common word) in small letters. */
export function unshout(text: string): string {
  return text.replace(/(?<![\p{L}])\p{Lu}[\p{Lu}'-]+(?:\s+\p{Lu}[\p{Lu}'-]+){1,3}(?![\p{L}])/gu, (run) => {
    const words = run.split(/\s+/);
    if (words.some((w) => STOP.has(w.toLowerCase()) || isTitleWord(w) || w.length < 2)) return run;
    return words.map((w) => w.toLowerCase().replace(/(^|['-])(\p{L})/gu, (_, d: string, c: string) => d + c.toUpperCase())).join(' ');
  });
}
