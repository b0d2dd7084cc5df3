// The words of a passage as the complaint model reads them: lower-cased, "n't" split off, negated
// judgements folded into praise ("never unfair" → fine), each word stemmed and looked up in the word
// classes, and who acts (the speaker or the employer).
import { EXIT_VERBS } from './constructive.js';
import { CONTEXT_CLASSES } from './complaint-context.js';
import { JUDGEMENT_CLASSES } from './complaint-judgements.js';
import { isDoing } from './star.js';

const CLASSES: Record<string, string[]> = { ...JUDGEMENT_CLASSES, ...CONTEXT_CLASSES };

// Verbs that end a story at the exit door rather than at a fix ("so I left"), and plain reporting verbs.
const EXIT = new Set([
  ...EXIT_VERBS,
  'was',
  'had',
  'did',
  'felt',
  'asked',
  'told',
  'heard',
  'found',
  'raised',
  'missed',
  'spent',
  'ended',
  'kept',
  'tried',
  'learned',
  'covered',
  'needed',
  'wanted',
  'hoped',
]);
export const ADVERB = /^(?:then|also|quickly|immediately|just|eventually|finally|personally|simply)$/;

/** Who acts in the passage: the speaker doing something ("so I proposed"), or the employer doing something to them ("they pulled it"). */
export function actorFeature(prev: string, w: string, doing: boolean): string | undefined {
  if (!doing) return undefined;
  if ((prev === 'i' || prev === 'we') && !EXIT.has(w)) return '@selfdo';
  if (prev === 'they' || prev === 'management' || prev === 'leadership' || prev === 'company') return '@theydo';
  return undefined;
}

// Stems are matched at the start of a word: "promis" catches promised, promises, promising.
const CLASS_INDEX = new Map<string, string[]>();
for (const [cls, stems] of Object.entries(CLASSES)) {
  for (const s of stems) {
    const key = s.replace(/[^a-z]/g, '').slice(0, 4);
    const list = CLASS_INDEX.get(key) ?? [];
    list.push(`${cls}:${s}`);
    CLASS_INDEX.set(key, list);
  }
}

function classesOf(word: string): string[] {
  const list = CLASS_INDEX.get(word.replace(/[^a-z]/g, '').slice(0, 4));
  if (!list) return [];
  const out: string[] = [];
  for (const entry of list) {
    const i = entry.indexOf(':');
    const stem = entry.slice(i + 1);
    if (word === stem || (stem.length >= 4 && word.startsWith(stem))) out.push(entry.slice(0, i));
  }
  return out;
}

/** A crude stem: enough to make "delayed", "delays" and "delaying" one feature. */
export function stem(word: string): string {
  if (/^\d/.test(word)) return '#';
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

const WORD = /[a-z0-9][a-z0-9'-]*/g;

// A judgement said in the negative ("never unfair", "not bad", "no complaints") is praise, not a complaint.
const NEGATORS = new Set(['not', 'never', 'no', 'nothing', 'hardly', 'nobody', 'none']);
const NEGATED_JUDGEMENT =
  /^(?:complain|bad|unfair\w*|dismissive|rude|complaints?|issues?|problems?|cons|downsides?|drawbacks?|negatives?|gripes?|concerns?|worse|toxic|micromanag\w*|hostile|unkind|unhelpful|unsupportive|late|delayed|terrible|awful|poor|regrets?|negative|difficult|stingy|strict|harsh|boring)$/;

const UNWANTED = /^(?:politics|pressure|stress|micromanagement|micromanaging|overtime|favou?ritism|bureaucracy|layoffs|drama|gossip)$/;
const LITTLE = /^(?:no|not|never|less|low|zero|minimal|little|nil|without)$/;

// Engineering terms built on judging words ("lazy loading", "garbage collection", "dead code", "kill switch"): read as one
// neutral word ("lazyloading"), so the model does not take them for judgements. The judging word → what must follow it.
const TECHNICAL = new Map<string, RegExp>([
  ['lazy', /^(?:load|evaluat|init)/],
  ['garbage', /^collect/],
  ['dead', /^(?:code|letter)/],
  ['kill', /^switch/],
  ['dirty', /^(?:read|flag|check|data)/],
  ['bad', /^request/],
]);
const technical = (head: string | undefined, next: string): boolean => head !== undefined && TECHNICAL.get(head)?.test(next) === true;

/** The words of a text, lower-cased, with "n't" split off as "not" and negated judgements folded into "fine". */
export function words(text: string): string[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const out: string[] = [];
  for (const m of lower.match(WORD) ?? []) {
    if (m.endsWith("n't")) {
      out.push(m.slice(0, -3), 'not');
    } else if (
      NEGATED_JUDGEMENT.test(m) &&
      (NEGATORS.has(out[out.length - 1] ?? '') ||
        (NEGATORS.has(out[out.length - 2] ?? '') &&
          /^(?:so|too|that|very|really|at|all|any|real|to|much)$/.test(out[out.length - 1] ?? '')))
    ) {
      while (
        out.length > 0 &&
        (NEGATORS.has(out[out.length - 1]!) || /^(?:so|too|that|very|really|at|all|any|real|to|much)$/.test(out[out.length - 1]!))
      )
        out.pop();
      out.push('fine');
    } else if (
      UNWANTED.test(m) &&
      LITTLE.test(
        out[out.length - 1] === 'work' || out[out.length - 1] === 'office' ? (out[out.length - 2] ?? '') : (out[out.length - 1] ?? ''),
      )
    ) {
      // "No politics", "less work pressure": the absence of something unwanted is praise.
      while (out.length > 0 && (LITTLE.test(out[out.length - 1]!) || out[out.length - 1] === 'work' || out[out.length - 1] === 'office'))
        out.pop();
      out.push('fine');
    } else if (technical(out[out.length - 1], m)) out[out.length - 1] += m;
    else {
      // "lazy-loading" is one token: the same pair, joined by a hyphen.
      const dash = m.indexOf('-');
      out.push(dash > 0 && technical(m.slice(0, dash), m.slice(dash + 1)) ? m.replace('-', '') : m);
    }
  }
  return out;
}

// Stems and classes are memoised per word: answers repeat words, and the coach runs on every keystroke.
const MEMO = new Map<string, { s: string; classes: string[]; doing: boolean }>();
export function lookup(w: string): { s: string; classes: string[]; doing: boolean } {
  let hit = MEMO.get(w);
  if (!hit) {
    if (MEMO.size > 20_000) MEMO.clear();
    hit = { s: stem(w), classes: classesOf(w), doing: isDoing(w) };
    MEMO.set(w, hit);
  }
  return hit;
}
