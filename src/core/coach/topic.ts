import type { Doc } from './text.js';

// Families of words about the same thing, so "a conflict" is on topic with "we fell out". A theme joins
// the keywords when the prompt uses one of its triggers.
const THEMES: Array<{ triggers: string[]; words: string[] }> = [
  {
    triggers: ['conflict', 'disagree', 'clash', 'argument', 'difficult', 'hard to work'],
    words: [
      'conflict',
      'disagree',
      'argument',
      'argue',
      'tension',
      'clash',
      'dispute',
      'friction',
      'pushback',
      'push back',
      'frustrat',
      'upset',
      'compromise',
      'resolve',
      'common ground',
      'differ',
      'point of view',
      'perspective',
      'fell out',
      'falling out',
    ],
  },
  {
    triggers: ['fail', 'failure', 'mistake', 'wrong', 'missed', 'setback', 'error'],
    words: [
      'fail',
      'mistake',
      'error',
      'wrong',
      'missed',
      'slip',
      'setback',
      'lesson',
      'learn',
      'fault',
      'blame',
      'went badly',
      'regret',
      'bug',
      'late',
      'apolog',
      'fix',
      'own up',
      'owned',
    ],
  },
  {
    triggers: ['leader', 'leadership', 'lead', 'led', 'manage', 'initiative'],
    words: [
      'lead',
      'leader',
      'led',
      'manag',
      'mentor',
      'coach',
      'delegat',
      'guide',
      'team',
      'motivat',
      'ownership',
      'initiative',
      'step up',
      'stepped up',
      'took charge',
      'took over',
      'organis',
      'organiz',
      'decid',
      'plan',
    ],
  },
  {
    triggers: ['team', 'teamwork', 'collaborat', 'colleague', 'together'],
    words: [
      'team',
      'teamwork',
      'collaborat',
      'together',
      'colleague',
      'cowork',
      'co-work',
      'peer',
      'group',
      'partner',
      'support',
      'helped',
      'cross-functional',
      'member',
      'split',
      'share',
    ],
  },
  {
    triggers: ['pressure', 'stress', 'deadline', 'urgent', 'tight', 'priorit', 'juggl'],
    words: [
      'pressure',
      'stress',
      'deadline',
      'urgent',
      'tight',
      'rush',
      'busy',
      'workload',
      'overload',
      'crisis',
      'calm',
      'prioriti',
      'juggl',
      'last minute',
      'minutes',
      'hours',
      'spare',
      'in time',
      'on time',
      'before',
    ],
  },
  {
    triggers: ['persuad', 'influence', 'convinc', 'buy-in', 'change their mind'],
    words: [
      'influence',
      'persuad',
      'convinc',
      'buy-in',
      'buy in',
      'stakeholder',
      'won over',
      'case',
      'data',
      'proposal',
      'agree',
      'sign off',
      'sign-off',
      'changed their mind',
      'approved',
      'present',
      'pitch',
      'numbers',
    ],
  },
  {
    triggers: ['strength', 'strong', 'good at'],
    words: ['strength', 'strong', 'good at', 'skill', 'best', 'excel', 'talent', 'known for', 'reliab'],
  },
  {
    triggers: ['weakness', 'weak', 'improve'],
    words: [
      'weakness',
      'weak',
      'improve',
      'working on',
      'struggle',
      'develop',
      'better at',
      'feedback',
      'learn',
      'course',
      'practice',
      'practise',
      'tend to',
      'used to',
      'now i',
      'too much',
      'over',
      'habit',
    ],
  },
  {
    triggers: ['salary', 'pay', 'compensation', 'earn', 'expectations'],
    words: [
      'salary',
      'pay',
      'compensation',
      'package',
      'range',
      'expect',
      'benefit',
      'money',
      'budget',
      'market',
      'figure',
      'negotiat',
      'total',
      'flexib',
      '£',
      '$',
      '€',
      'earn',
      'base',
      'bonus',
      'pension',
      'thousand',
      'a year',
      'per year',
      'per annum',
      'depending',
    ],
  },
  {
    triggers: ['leave', 'left', 'leaving', 'quit'],
    words: [
      'leave',
      'left',
      'leaving',
      'move',
      'moving',
      'next step',
      'looking for',
      'opportunit',
      'growth',
      'grow',
      'challenge',
      'relocat',
      'contract',
      'redundan',
      'layoff',
      'laid off',
      'restructur',
      'career',
      'role',
      'chance',
      'ready',
    ],
  },
  {
    triggers: ['work for us', 'company', 'organisation', 'organization', 'join us', 'work here'],
    words: [
      'company',
      'organisation',
      'organization',
      'mission',
      'product',
      'value',
      'culture',
      'team',
      'your',
      'here',
      'brand',
      'customer',
      'reputation',
      'research',
      'impress',
      'admire',
      'sector',
      'industry',
    ],
  },
  {
    triggers: ['questions for', 'any questions'],
    words: ['question', 'ask', 'wonder', 'curious', '?', 'success', 'next step', 'typical', 'how', 'what'],
  },
  {
    triggers: ['yourself', 'background', 'cv', 'resume'],
    words: [
      'background',
      'experience',
      'career',
      'currently',
      'role',
      'work',
      'worked',
      'years',
      'degree',
      'studied',
      'graduated',
      'started',
      'now',
      'job',
    ],
  },
  {
    triggers: ['five years', 'future', 'goal', 'ambition', 'see yourself'],
    words: [
      'goal',
      'year',
      'future',
      'ambition',
      'aspire',
      'career',
      'plan',
      'grow',
      'develop',
      'become',
      'long term',
      'long-term',
      'aim',
      'see myself',
      'ideally',
      'leading',
      'manag',
    ],
  },
  {
    triggers: ['customer', 'client', 'patient', 'guest'],
    words: [
      'customer',
      'client',
      'patient',
      'user',
      'guest',
      'service',
      'complain',
      'angry',
      'unhappy',
      'upset',
      'livid',
      'furious',
      'satisf',
      'help',
      'issue',
      'request',
      'refund',
      'apolog',
    ],
  },
  {
    triggers: ['change', 'adapt', 'new'],
    words: ['change', 'adapt', 'new', 'flexib', 'unexpected', 'shift', 'pivot', 'learn', 'adjust', 'transition', 'uncertain'],
  },
  {
    triggers: ['motivat', 'drive', 'passion'],
    words: ['motivat', 'drive', 'enjoy', 'love', 'passion', 'energ', 'satisf', 'reward', 'purpose', 'care about', 'excite', 'interest'],
  },
];

const STOP = new Set([
  'tell',
  'me',
  'about',
  'a',
  'an',
  'the',
  'you',
  'your',
  'time',
  'when',
  'what',
  'why',
  'how',
  'did',
  'do',
  'does',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'to',
  'of',
  'in',
  'on',
  'for',
  'with',
  'that',
  'this',
  'would',
  'could',
  'can',
  'describe',
  'give',
  'example',
  'walk',
  'through',
  'us',
  'we',
  'our',
  'and',
  'or',
  'it',
  'be',
  'been',
  'any',
  'some',
  'which',
  'who',
  'there',
  'situation',
  'share',
  'explain',
  'talk',
  'most',
  'one',
  'ever',
  'yourself',
  'if',
  'so',
  'i',
  'my',
]);

/** Builds the list of words that mark an answer as on topic for a question. */
export function topicKeywords(promptText: string, extra: readonly string[] = []): string[] {
  const lower = promptText.toLowerCase();
  const words = lower.match(/[a-z][a-z'-]+/g) ?? [];
  const keys = new Set<string>();
  for (const w of words) if (!STOP.has(w) && w.length > 2) keys.add(w);
  for (const e of extra) keys.add(e.toLowerCase());
  for (const theme of THEMES) {
    if (theme.triggers.some((t) => (t.includes(' ') ? lower.includes(t) : words.some((w) => w.startsWith(t))))) {
      for (const t of theme.words) keys.add(t);
    }
  }
  return [...keys];
}

/** Keywords indexed for fast matching: prefixes by their first three letters, and phrases. */
export interface TopicIndex {
  byHead: Map<string, string[]>;
  phrases: string[];
}

/** Prepares keywords for repeated matching (build once per prompt). */
export function indexKeywords(keywords: readonly string[]): TopicIndex {
  const byHead = new Map<string, string[]>();
  const phrases: string[] = [];
  for (const k of keywords) {
    if (k.includes(' ') || k.length < 3) {
      phrases.push(k);
      continue;
    }
    const head = k.slice(0, 3);
    const list = byHead.get(head);
    if (list) list.push(k);
    else byHead.set(head, [k]);
  }
  return { byHead, phrases };
}

/** Counts answer words that start with a keyword (so tenses and plurals count), plus keyword phrases present. */
export function topicOverlap(doc: Doc, index: TopicIndex): number {
  let hits = 0;
  for (const t of doc.tokens) {
    const list = index.byHead.get(t.lower.slice(0, 3));
    if (list && list.some((k) => t.lower.startsWith(k))) hits++;
  }
  if (index.phrases.length > 0) {
    const lower = doc.text.toLowerCase();
    for (const p of index.phrases) if (lower.includes(p)) hits++;
  }
  return hits;
}
