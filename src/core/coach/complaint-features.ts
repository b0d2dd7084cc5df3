// Features of the trained complaint model: stemmed words and word pairs, plus word classes that carry
// the model to wording it never saw: what is judged (the workplace aspect) and how (absence, lack,
// delay, excess, change, unfairness, hostility), against praise, forward-looking reasons, neutral
// departures and the speaker's own actions (the constructive continuation).

const CLASSES: Record<string, string[]> = {
  // how a complaint judges: something missing or not done
  absence: [
    'no',
    'not',
    'never',
    'nobody',
    'nothing',
    'none',
    'zero',
    'without',
    'lack',
    'lacking',
    'barely',
    'hardly',
    'rarely',
    'seldom',
    'nowhere',
    'missing',
    'nonexistent',
    'non-existent',
    'didnt',
    'wont',
    'cant',
    'neither',
    'nor',
    'unpaid',
    'unanswered',
    'ignor',
    'refus',
    'deni',
    'reject',
  ],
  lack: [
    'low',
    'less',
    'little',
    'poor',
    'limit',
    'minimal',
    'insufficient',
    'inadequate',
    'meagre',
    'meager',
    'minimum',
    'peanut',
    'short',
    'shortage',
    'understaff',
    'underpaid',
    'underpay',
    'cheap',
    'stingy',
    'tight',
  ],
  delay: ['late', 'delay', 'wait', 'pending', 'slow', 'overdue', 'week', 'month', 'month', 'still', 'yet', 'eventually', 'behind'],
  excess: [
    'too',
    'overtime',
    'long',
    'endless',
    'constant',
    'constantly',
    'always',
    'every',
    'extra',
    'heavy',
    'hectic',
    'pressure',
    'overload',
    'burnout',
    'burn',
    'unrealistic',
    'exhaust',
    'stress',
    'stressful',
    'double',
    'non-stop',
    'nonstop',
    'relentless',
    'impossible',
    'weekend',
    'midnight',
    'night',
  ],
  change: [
    'chang',
    'cut',
    'cancel',
    'drop',
    'pull',
    'scrap',
    'remov',
    'reduc',
    'freez',
    'froze',
    'pivot',
    'restructur',
    'layoff',
    'redundanc',
    'sudden',
    'overnight',
    'last-minute',
    'u-turn',
    'withdr',
  ],
  promise: ['promis', 'told', 'suppos', 'sold', 'advertis', 'claim', 'officially', 'paper', 'name', 'apparently', 'supposedly'],
  unfair: [
    'favourit',
    'favorit',
    'unfair',
    'bias',
    'politic',
    'friend',
    'relativ',
    'nephew',
    'pet',
    'same',
    'depend',
    'whoever',
    'whether',
    'while',
    'only',
    'everyone',
    'equal',
    'blame',
    'fault',
    'credit',
  ],
  hostile: [
    'shout',
    'yell',
    'scream',
    'toxic',
    'fear',
    'bully',
    'harass',
    'threat',
    'rude',
    'humiliat',
    'belittl',
    'insult',
    'aggress',
    'hostile',
    'micromanag',
    'gossip',
    'backstab',
    'lie',
    'lied',
    'liar',
    'dishonest',
    'fake',
    'hypocri',
    'sack',
    'fire',
  ],
  bad: [
    'bad',
    'worst',
    'worse',
    'awful',
    'terrible',
    'horrible',
    'useless',
    'incompeten',
    'chaos',
    'chaotic',
    'mess',
    'broken',
    'old',
    'ancient',
    'outdated',
    'crash',
    'fail',
    'wrong',
    'problem',
    'joke',
    'disorganis',
    'disorganiz',
    'pointless',
    'ridiculous',
    'dirty',
    'unsafe',
    'hate',
    'tired',
    'sick',
    'fed',
    'frustrat',
    'disappoint',
    'waste',
    'confus',
    'unclear',
    'vague',
    'contradict',
    'inconsistent',
    'random',
    'unpredictable',
    'uncertain',
    'unstable',
    'insecure',
    'shaky',
    'struggl',
    'lose',
    'lost',
    'loss',
    'trust',
    'secret',
    'hidden',
    'forc',
    'expect',
    'mandatory',
    'demand',
    'blam',
    'dump',
    'sad',
    'baffl',
  ],
  // what is judged
  aspect: [
    'pay',
    'salary',
    'salari',
    'wage',
    'hike',
    'increment',
    'appraisal',
    'bonus',
    'incentive',
    'raise',
    'rais',
    'overtime',
    'hour',
    'shift',
    'rota',
    'roster',
    'schedul',
    'leave',
    'holiday',
    'balance',
    'workload',
    'work',
    'staff',
    'staffing',
    'manpower',
    'headcount',
    'manag',
    'management',
    'boss',
    'leadership',
    'leader',
    'supervisor',
    'director',
    'owner',
    'hr',
    'colleague',
    'team',
    'coworker',
    'co-worker',
    'growth',
    'promot',
    'career',
    'progression',
    'learning',
    'strategy',
    'direction',
    'vision',
    'plan',
    'decision',
    'communicat',
    'information',
    'feedback',
    'email',
    'process',
    'tool',
    'system',
    'equipment',
    'laptop',
    'software',
    'approval',
    'paperwork',
    'office',
    'location',
    'commute',
    'transport',
    'travel',
    'remote',
    'hybrid',
    'security',
    'stabilit',
    'funding',
    'finance',
    'culture',
    'ethic',
    'value',
    'training',
    'onboarding',
    'induction',
    'mentor',
    'documentation',
    'company',
    'employer',
    'they',
    'them',
    'head',
  ],
  // not complaints
  good: [
    'good',
    'great',
    'excellent',
    'supportive',
    'friendly',
    'helpful',
    'kind',
    'fair',
    'flexible',
    'love',
    'loved',
    'enjoy',
    'proud',
    'grateful',
    'thankful',
    'best',
    'amazing',
    'nice',
    'happy',
    'generous',
    'brilliant',
    'wonderful',
    'decent',
    'lovely',
    'fantastic',
    'appreciat',
    'valu',
    'respect',
    'recommend',
    'miss',
    'learnt',
    'learned',
    'taught',
    'glad',
    'fortunate',
    'lucky',
    'on-time',
    'timely',
  ],
  forward: [
    'want',
    'looking',
    'opportunit',
    'next',
    'grow',
    'excit',
    'keen',
    'ready',
    'hope',
    'chance',
    'challeng',
    'bigger',
    'larger',
    'new',
    'interest',
    'passion',
    'aspir',
    'goal',
    'move',
    'step',
    'focus',
    'build',
    'develop',
    'specialis',
    'specializ',
    'long-term',
    'future',
    'drawn',
    'attract',
    'appeal',
    'like',
    'love',
  ],
  depart: [
    'contract',
    'ended',
    'end',
    'relocat',
    'moved',
    'redundan',
    'laid',
    'acquir',
    'acquisition',
    'merger',
    'visa',
    'family',
    'partner',
    'closed',
    'clos',
    'fixed-term',
    'maternity',
    'graduat',
    'degree',
    'study',
    'studi',
    'seasonal',
    'temporary',
    'project',
  ],
  act: [
    'proposed',
    'built',
    'created',
    'introduced',
    'organised',
    'organized',
    'wrote',
    'volunteer',
    'fixed',
    'negotiat',
    'designed',
    'automat',
    'saved',
    'reduced',
    'improved',
    'solved',
    'resolved',
    'lesson',
    'realis',
    'realiz',
    'suggest',
    'offered',
    'mapped',
    'arranged',
    'rearrang',
    'paired',
    'coached',
    'simplif',
    'streamlin',
    'halved',
  ],
  self: ['i', 'me', 'my', 'myself'],
  // how a spoken complaint is framed: a turn after praise, understatement, repetition, emphasis
  contrast: ['but', 'though', 'however', 'although', 'except', 'whereas', 'yet', 'instead'],
  soft: [
    'let',
    'lets',
    'say',
    'put',
    'mildly',
    'politely',
    'frown',
    'swallow',
    'fuss',
    'somehow',
    'quietly',
    'suddenly',
    'basically',
    'honestly',
    'comfortable',
    'tolerat',
    'dwell',
    'call',
    'apparently',
    'enough',
    'tough',
    'hard',
    'difficult',
    'rough',
    'embarrass',
    'worn',
    'wore',
    'drain',
    'shrug',
  ],
  repeat: [
    'again',
    'twice',
    'times',
    'kept',
    'keep',
    'every',
    'regularly',
    'repeatedly',
    'constantly',
    'each',
    'over',
    'running',
    'another',
    'round',
  ],
  emph: ['even', 'just', 'only', 'actually', 'literally', 'whole', 'single', 'entire', 'any', 'anyone', 'anything'],
};

import { isDoing } from './star.js';
import { EXIT_VERBS } from './negativity.js';

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
const ADVERB = /^(?:then|also|quickly|immediately|just|eventually|finally|personally|simply)$/;

/** Who acts in the passage: the speaker doing something ("so I proposed"), or the employer doing something to them ("they pulled it"). */
function actorFeature(prev: string, w: string, doing: boolean): string | undefined {
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
const NEGATORS = new Set(['not', 'never', 'no', 'nothing', 'hardly']);
const NEGATED_JUDGEMENT =
  /^(?:complain|bad|unfair\w*|dismissive|rude|complaints?|issues?|problems?|worse|toxic|micromanag\w*|hostile|unkind|unhelpful|unsupportive|late|delayed|terrible|awful|poor|regrets?|negative|difficult|stingy|strict|harsh|boring)$/;

const UNWANTED = /^(?:politics|pressure|stress|micromanagement|micromanaging|overtime|favou?ritism|bureaucracy|layoffs|drama|gossip)$/;
const LITTLE = /^(?:no|not|never|less|low|zero|minimal|little|nil|without)$/;

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
    } else out.push(m);
  }
  return out;
}

// Questions that invite the speaker to name what was wrong: answers to them carry more risk.
const ASKS_NEGATIVE =
  /\b(?:dislike|cons\b|worst|least|frustrat|annoy|change about|improve about|what was (?:it|your \w+(?: \w+)?) like|describe the culture)/i;

/** True when a question invites the answer to name what was wrong with a workplace. */
export function asksNegative(prompt: string): boolean {
  return ASKS_NEGATIVE.test(prompt);
}

// Stems and classes are memoised per word: answers repeat words, and the coach runs on every keystroke.
const MEMO = new Map<string, { s: string; classes: string[]; doing: boolean }>();
function lookup(w: string): { s: string; classes: string[]; doing: boolean } {
  let hit = MEMO.get(w);
  if (!hit) {
    if (MEMO.size > 20_000) MEMO.clear();
    hit = { s: stem(w), classes: classesOf(w), doing: isDoing(w) };
    MEMO.set(w, hit);
  }
  return hit;
}

const HOW = ['absence', 'lack', 'delay', 'excess', 'change', 'promise', 'unfair', 'hostile', 'bad'];
const HOW_SET = new Set(HOW);
const NEAR = 4;

/** What kind of question the passage answers, as far as complaints go. */
export type PromptKind = 'negative' | 'leave' | 'story' | 'workplace' | 'other' | 'none';

/** The prompt kind from what the coach read of the question. */
export function promptKind(ctx: {
  asksNegative: boolean;
  whyLeft: boolean;
  behavioural: boolean;
  aboutWorkplace: boolean;
  topic: unknown;
}): PromptKind {
  if (ctx.asksNegative) return 'negative';
  if (ctx.whyLeft) return 'leave';
  if (ctx.behavioural) return 'story';
  if (ctx.aboutWorkplace) return 'workplace';
  return ctx.topic ? 'other' : 'none';
}

/** Word-level features of one passage, and how often each class was seen in it. */
export interface BaseFeatures {
  set: Set<string>;
  seen: Map<string, number>;
  words: number;
}

/** Stems, stem pairs, classes, and aspects near judgements, of one passage. */
export function baseFeatures(text: string): BaseFeatures {
  const ws = words(text);
  const out = new Set<string>();
  const seen = new Map<string, number>();
  // Where each class was last seen, to pair an aspect with a judgement a few words away.
  const lastAt = new Map<string, number>();
  let prev = '^';
  let judgedYet = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const { s, classes, doing } = lookup(w);
    out.add(s);
    out.add(`${prev}_${s}`);
    const actor = doing ? actorFeature(ADVERB.test(ws[i - 1] ?? '') ? (ws[i - 2] ?? '') : (ws[i - 1] ?? ''), w, doing) : undefined;
    if (actor) out.add(actor);
    for (const c of classes) {
      out.add(`@${c}`);
      // Order matters in speech: "I loved the patients, but…" turns praise into the set-up of a complaint.
      if (c === 'contrast' && lastAt.has('good')) out.add('@good>contrast');
      if (HOW_SET.has(c) && lastAt.has('contrast')) out.add(`@contrast>${c}`);
      if (HOW_SET.has(c) && lastAt.has('good')) out.add('@good>judged');
      if (c === 'act' && judgedYet) out.add('@judged>act');
      if (HOW_SET.has(c)) judgedYet = true;
      seen.set(c, (seen.get(c) ?? 0) + 1);
      if (c === 'aspect') {
        for (const how of HOW) if (i - (lastAt.get(how) ?? -99) <= NEAR) out.add(`@near:${how}*aspect`);
      } else if (HOW.includes(c) && i - (lastAt.get('aspect') ?? -99) <= NEAR) out.add(`@near:aspect*${c}`);
      lastAt.set(c, i);
    }
    prev = s;
  }
  out.add(`${prev}_$`);
  return { set: out, seen, words: ws.length };
}

/** Passage-level features from the class counts: what is judged together with how, and the question kind. */
export function aggregateFeatures(seen: ReadonlyMap<string, number>, wordCount: number, kind: PromptKind): string[] {
  const out: string[] = [];
  let judgements = 0;
  for (const how of HOW) {
    if (!seen.has(how)) continue;
    judgements += seen.get(how)!;
    if (seen.has('aspect')) out.push(`@aspect*${how}`);
    if (seen.has('act')) out.push(`@act*${how}`);
    if (seen.has('good')) out.push(`@good*${how}`);
    if (seen.has('forward')) out.push(`@forward*${how}`);
    if (seen.has('repeat')) out.push(`@repeat*${how}`);
    if (seen.has('soft')) out.push(`@soft*${how}`);
    if (seen.has('emph')) out.push(`@emph*${how}`);
    if (seen.has('self')) out.push(`@self*${how}`);
  }
  if (judgements >= 2) out.push('@judged2');
  if (judgements >= 4) out.push('@judged4');
  if ((seen.get('good') ?? 0) >= 2) out.push('@good2');
  if (wordCount <= 12) {
    // A terse line is a grievance by what it judges: a listing with no judgement ("Rotational shifts,
    // cab provided") reads as a fact, with praise and no judgement as a pro.
    out.push('@terse', judgements > 0 ? '@terse:judged' : '@terse:unjudged');
    if (judgements === 0 && seen.has('good')) out.push('@terse:praise');
  }
  if (kind === 'story' && seen.has('act')) out.push('@q:story*act');
  return out;
}

/** Feature names present in a text (each counted once): stems, stem pairs, classes and class pairs. */
export function features(text: string, kind: PromptKind = 'none'): Set<string> {
  const base = baseFeatures(text);
  for (const f of aggregateFeatures(base.seen, base.words, kind)) base.set.add(f);
  return base.set;
}
