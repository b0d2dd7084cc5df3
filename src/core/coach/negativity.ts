import { ASPECT_JUDGED } from './aspect-rules.js';
import { isDoing } from './star.js';
import { COMPLAINT_RE, CONTEMPT_RE, NOT_WORKPLACE_SUBJECT, NOT_WORKPLACE_WORDS } from './negativity-lexicon.js';
import { sentenceAt, type Doc } from './text.js';

/** One complaint about the workplace: the span of the judging words (with their target when close by). */
export interface NegativityHit {
  start: number;
  end: number;
  words: string;
  target: string;
  strong: boolean;
}

const alt = (words: string[]): string => words.join('|');

// Who and what a complaint can be aimed at: people and conditions of a job.
const PEOPLE = [
  'boss(?:es)?',
  '(?:head|sous) chef',
  'chef',
  'foreman',
  'matron',
  'dean',
  'head(?:master|mistress)',
  'head of \\w+',
  'chief \\w+',
  '(?:line |general |hiring |product |engineering )?managers?',
  'supervisors?',
  'management',
  'leadership',
  'senior leaders',
  'leaders',
  'directors?',
  'ceo',
  'cto',
  'cfo',
  'founders?',
  'owners?',
  'executives?',
  'execs',
  'hr',
  'team ?leads?',
  'team leaders?',
  'colleagues',
  'co-?workers?',
  'teammates',
  'staff',
  'principal',
  'head ?teacher',
  'partners',
  'higher-ups',
  'higher ups',
  'people (?:there|in charge|above me|upstairs|at the top)',
  'upstairs',
  'senior people',
  'the top',
  'partners',
  'owners?',
  'everyone there',
  'the team',
  'my team',
  'the other (?:guys|devs|engineers|nurses|teachers)',
];
const PLACES = [
  '(?:senior |management |leadership |old |whole )?team',
  'employer',
  'company',
  'firm',
  'organi[sz]ation',
  'business',
  'agency',
  'place',
  'job',
  'workplace',
  'office',
  'department',
  'culture',
  'environment',
  'atmosphere',
  'pay',
  'salary',
  'wages?',
  'hours',
  'shifts?',
  'rota',
  'benefits',
  'raise',
  'bonus',
  'school',
  'hospital',
  'store',
  'shop',
  'restaurant',
  'warehouse',
  'startup',
  'start-up',
  'role',
  'bank',
  'branch',
  'practice',
  'clinic',
  'ward',
  'charity',
  'council',
  'trust',
  'studio',
  'outfit',
  'factory',
  'site',
  'plant',
  'hotel',
  'call cent(?:re|er)',
  'consultancy',
  'branch',
];
// Where the speaker worked, introduced indefinitely: "at a bank that…", "for a company where…".
const WORKED_AT =
  '(?:at|for|with) (?:a|an) (?:\\w+ ){0,2}(?:company|firm|bank|agency|startup|business|organi[sz]ation|place|school|academy|hospital|clinic|practice|employer|consultancy|charity|retailer|call cent(?:re|er)|shop|store|restaurant|warehouse|factory|hotel|council|trust)';
const TARGET = new RegExp(
  `\\b(?:${WORKED_AT}|(?:my|our|the|their|that|this|his|her|previous|last|old|former|current|ex-?)\\s+(?:\\w+\\s+){0,2}(?:${alt(PLACES)})|${alt(PEOPLE)})\\b`,
  'gi',
);
// Pronouns that point back at the workplace once it has been named (or the question is about leaving).
const PRONOUN = /\b(?:they|them|he|she|it|there|everyone|everybody|nobody|no one)\b/i;

// Contempt, hostility and blame: out of place even when the story goes on to a fix.
const STRONG_WORDS = [
  'useless',
  'incompeten(?:t|ce)',
  'idiots?',
  'jerks?',
  'tossers?',
  'pigs?',
  'bullies',
  'idiotic',
  'clueless',
  'stupid',
  'dumb',
  'morons?',
  'moronic',
  'pathetic',
  'lazy(?![- ](?:load|evaluat|init))',
  'toxic(?! (?:materials?|waste|chemicals?|substances?|fumes|spills?|gas|sites?|soil|dumps?|load))',
  'clowns?',
  'a joke',
  'a circus',
  'a zoo',
  'dishonest',
  'liars?',
  'lied to (?:me|us|staff|everyone)',
  'crooks?',
  'crooked',
  'shady',
  'backstabb\\w*',
  'two-faced',
  'spineless',
  'abusive',
  'bull(?:y|ies|ied|ying)',
  '(?:take|takes|took|taking|taken) (?:all )?(?:the )?credit',
  '(?:throw|throws|threw|thrown|throwing) (?:me|us|people|staff|everyone) under the bus',
  '(?:work|works|worked|working) (?:us|me|people|staff|everyone) (?:into the ground|to death|to the bone)',
  'only (?:care|cares|cared) about (?:money|profit|themselves|numbers|the share price|the bottom line)',
  'worst (?:boss|manager|company|job|place|employer|team)',
  'from hell',
  'hopeless',
  'worthless',
  'rubbish',
  'garbage(?! collect)',
  'trash',
  'disgusting',
  'disgraceful',
  'a disgrace',
  'shambolic',
  'a shambles',
  'exploit(?:ed|ative|ing)',
  'treated (?:us|me|staff|people|everyone) like',
  'slave (?:wages|labou?r|drivers?)',
  'greedy',
  'only cared about (?:money|profit|themselves|numbers)',
  "(?:didn't|did not|never|couldn't) (?:give a damn|care about (?:us|me|anyone|staff|people))",
  "couldn't care less",
  'no idea what (?:they|he|she) (?:was|were) doing',
  "(?:didn't|did not|don't|doesn't) know what (?:they|he|she) (?:was|were|are|is) doing",
  '(?:nobody|no one|none of them) (?:there |here |in charge |at the top )?(?:knew|knows) what',
  "(?:wasn't|was not|isn't) my fault",
  "(?:their|his|her|management's) fault",
  'blamed (?:me|us|everyone)',
  'kept blaming',
  'power[- ]trip',
  'cut-?throat',
  '(?:stab|stabs|stabbed|stabbing) (?:each other|me|us|people|colleagues) in the back',
  'only in it for (?:himself|herself|themselves|the money)',
  '(?:running|ran|run|runs) (?:it|the (?:company|business|place|firm)) into the ground',
  '(?:nobody|no one|none of them) (?:at the top |upstairs |in charge )?(?:has|had|have) (?:a|any) clue',
  "(?:didn't|did not|don't|doesn't|never) (?:have|had|has) a clue",
  '(?:has|had|have|having) no clue',
  'control freak',
  'insufferable',
  'unbearable',
  'intolerable',
  'atrocious',
  'appalling',
  'laughable',
];
// Complaints about conditions: fine if the speaker goes on to say what they did about it.
const WEAK_WORDS = [
  'awful',
  'terrible',
  'horrible',
  'dreadful',
  'ridiculous',
  'micromanag\\w*',
  'underpaid',
  'underpaying',
  'overworked',
  'understaffed',
  'peanuts',
  'stingy',
  '(?:was|were|so|too|really) cheap',
  'unfair(?:ly)?',
  'favou?ritism',
  'politics',
  'dead[- ]end',
  'went nowhere',
  'poorly (?:run|managed|organi[sz]ed)',
  'badly (?:run|managed|organi[sz]ed)',
  'mismanag\\w*',
  'disorgani[sz]ed',
  'chaotic',
  'dysfunctional',
  'miserable',
  'soul[- ](?:destroying|crushing)',
  'boring',
  'unprofessional',
  'disrespect\\w*',
  'no respect',
  'never (?:listened|supported|appreciated|recogni[sz]ed|thanked|helped|explained|gave)',
  "(?:didn't|did not|wouldn't|would not|don't|doesn't|won't) (?:listen|support|appreciate|value|recogni[sz]e|care|help|invest)",
  'crazy',
  'insane',
  '(?:a|an|such a|such an|the) (?:complete |total |absolute |utter |real |bit of a |right |bloody |living |constant )?(?:joke|circus|zoo|nightmare|disaster|shambles|farce|madhouse|sweatshop|dump|hellhole|car crash|train wreck)',
  '(?:no|zero|never any|little to no|hardly any|not enough|not much) (?:real |proper |formal |clear )?(?:support|training|thanks|recognition|appreciation|communication|direction|leadership|progression|career path|structure|respect|feedback|decisions|investment|development|pay rises?|raises?|work-life balance|guidance|vision|accountability|transparency)',
  'falling apart',
  'badly',
  'fighting each other',
  'broken promises',
  'stuck in the (?:past|dark ages|stone age|\\w+ies)',
  'resist(?:s|ed)? (?:every|any|all) change',
  'out of hand',
  '(?:nobody|no one) (?:looked after|cared about|listened to|took responsibility)',
  '(?:treat|treats|treated|treating) (?:\\w+ ){1,2}like (?!family|adults|professionals|equals)',
  '(?:corporate|total|complete|absolute|utter|bureaucratic) mess',
  '(?:who|they|he|she) only (?:care|cares|cared) about',
  'stripped (?:out|away)',
  'morale was',
  'pick(?:s|ed)? on',
  'exhausting',
  'lying',
  'lied',
  'liars?',
  'cheat(?:ed|ing)',
  'a scam',
  'cutting corners',
  'cut corners',
  'never paid',
  'never pay',
  'paid late',
  '(?:thinks|thought) (?:he|she|they) (?:knows?|knew) (?:everything|best|it all)',
  "(?:won't|wouldn't|never) let (?:anyone|me|us|people|staff)",
  'even worse',
  'worse and worse',
  'went downhill',
  'going downhill',
  'sinking ship',
  'unrealistic',
  'unreasonable',
  'out of touch',
  'rude',
  'arrogant',
  'aggressive',
  'hostile',
  'condescending',
  'patroni[sz]ing',
  'selfish',
  'petty',
  'vindictive',
  'uncaring',
  'unsupportive',
  'unhelpful',
  'demorali[sz]ing',
  'draining',
  'inept',
  'amateurish',
  'sloppy',
  'mediocre',
  'bureaucratic',
  'stagnant',
  'nepotism',
  'cliquey',
  'gossipy',
  'blame culture',
  'sexist',
  'racist',
  'disappointing',
  'annoying',
  'infuriating',
  'spiteful',
  'arrogance',
  'penny-pinching',
  'tight-fisted',
  'old-fashioned',
  'behind the times',
  'a mess',
  'all over the place',
  'favou?rites (?:got|get|were|always)',
  'held me back',
  'stifl\\w*',
  'suffocating',
  'waste of (?:my )?time',
  'wasted my',
  '(?:bad|poor|low|lousy|crappy|pitiful) (?:pay|salary|wages|management|leadership|culture|manager|boss|benefits)',
  '(?:pay|salary|wages|management|leadership|culture) (?:was|were|is|are) (?:bad|poor|low|lousy|pitiful)',
  'long hours',
];
// General words of disapproval: a complaint when aimed at the workplace and not followed by a fix.
const DISAPPROVAL = [
  'abysmal',
  'bad',
  'bitter',
  'bleak',
  'careless',
  'cold',
  'corrupt',
  'cruel',
  'cynical',
  'deceitful',
  'deceptive',
  'depressing',
  'deplorable',
  'dire',
  'discriminat\\w*',
  'disloyal',
  'disrespectful',
  'dodgy',
  'dull',
  'exploitative',
  'fake',
  'flaky',
  'foolish',
  'frustrating',
  'grim',
  'hateful',
  'hypocritical',
  'ignorant',
  'inconsiderate',
  'ineffective',
  'inefficient',
  'inflexible',
  'insensitive',
  'insulting',
  'irresponsible',
  'irritating',
  'lame',
  'lousy',
  'nasty',
  'negligent',
  'obnoxious',
  'outdated',
  'overbearing',
  'pointless',
  'poor',
  'poorly',
  'pushy',
  'rotten',
  'ruthless',
  'shameful',
  'shoddy',
  'stubborn',
  'unethical',
  'unfriendly',
  'unpleasant',
  'unreliable',
  'untrustworthy',
  'upsetting',
  'worse',
  'worst',
  'wretched',
  'difficult to work (?:with|for|under)',
  'impossible to please',
  'a pain',
];
// Being treated badly: aimed at the employer by meaning, so no named target is needed.
const ABUSE =
  /\b(?:(?:shout|scream|yell|swear|snap|bark)(?:ed|ing|s)? at (?:me|us|people|staff|everyone|anyone|the (?:staff|team|juniors?|new)|junior|new starters)|belittl\w*|humiliat\w*|made (?:my|our|everyone's|people's|everybody's) li(?:fe|ves) (?:very |so |really |absolutely )?(?:a misery|hell|miserable|difficult)|(?:nightmare|hell|awful|horrible|terrible|impossible|miserable) to work (?:under|for|with)|(?:moving|moved|move|moves) the goalposts|played favou?rites|(?:a bunch of|full of|surrounded by) (?:idiots|clowns|morons|amateurs|cowboys|jokers|lazy))/gi;
const TREATMENT =
  /\b(?:(?:being|been|was|were|felt|feel|got|get) (?:constantly |always |completely |totally |so )?(?:micromanaged|underpaid|overworked|undervalued|unappreciated|overlooked|ignored|passed over|taken for granted|treated (?:badly|unfairly|like))|(?:zero|no) (?:thanks|recognition|appreciation|support|respect) (?:from|at all|whatsoever)|(?:zero|no) thanks|(?:i|we) (?:was |were |am |'m |got |get |had |have )?(?:so |really |just |completely )?(?:fed up|had enough|done with (?:them|it|that place|the place))\b|(?:treat|treats|treated|treating) (?:its |their |the )?(?:people|staff|us|me|employees|workers|everyone) (?:as|like) (?!family|adults|professionals|equals|partners|people|humans|royalty|friends)\w+)\b/gi;
// Hostile feelings: only about the workplace when the workplace comes after the verb (the object).
const HATE =
  /\b(?:hated|hate|loathed|despised|(?:couldn't|could not|can't|cannot) stand|(?:sick|tired) (?:and tired )?of|fed up with|had enough of|resented)\b/gi;
const SPEAKER = /\b(?:i|we)(?:'m|'d|'ve)?\s+(?:[\w']+\s+){0,3}$/i;
const STRONG = new RegExp(`\\b(?:${alt(STRONG_WORDS)})\\b`, 'gi');
const WEAK = new RegExp(`\\b(?:${alt(WEAK_WORDS)}|${alt(DISAPPROVAL)})\\b`, 'gi');
const NEGATED = /(?:\b(?:not|never|no|hardly)|n't)\s+(?:\w+\s+){0,2}$/i;
// A constructive move by the speaker right after a difficulty: the difficulty is context, not a complaint.
// Verbs that end the story at the exit door rather than at a fix (the complaint model's features extend them).
export const EXIT_VERBS: readonly string[] = [
  'left',
  'quit',
  'resigned',
  'walked',
  'got',
  'gave',
  'stopped',
  'refused',
  'complained',
  'handed',
  'started',
  'applied',
  'moved',
];
const EXIT = new Set(EXIT_VERBS);
// "I/we" must open a clause: "so I proposed" is a fix, "every complaint we raised" is not.
const ACTOR_VERB =
  /(?:^|[.,;:!?]\s*|\b(?:so|and|then|but|until|after|because|which is why|instead)\s+)(?:i|we)\s+(?:(?:then|also|quickly|immediately|just|eventually|finally)\s+)?([a-z]+)(?:\s+to\s+([a-z]+))?/gi;

/** True when the speaker (or the speaker's team) goes on to do something about the difficulty. */
export function handled(after: string): boolean {
  ACTOR_VERB.lastIndex = 0;
  for (let m = ACTOR_VERB.exec(after); m; m = ACTOR_VERB.exec(after)) {
    const verb = m[1]!.toLowerCase();
    const next = m[2]?.toLowerCase();
    if (next && /^(?:leave|quit|go|resign|move|look|walk)$/.test(next)) continue;
    if (isDoing(verb) && !EXIT.has(verb)) return true;
  }
  return false;
}
const WHY_LEFT =
  /\bwhy (?:did|are|do|have|would) you (?:\w+ )?(?:leave|leaving|left|quit|move on|moving on|looking)|reasons? for (?:leaving|moving)|leav(?:e|ing) your (?:last|current|previous)|why (?:are you|you're) (?:on the market|looking)|\bwhy the (?:change|move|switch)\b|\b(?:why|what(?:'s| is| has)? (?:prompt\w*|made you|makes you|led you|behind|driving))\b[^?]*\b(?:move on|moving on|the move|a move|a change|leav(?:e|ing)|left|quit|chang(?:e|ing) (?:jobs?|roles?)|switch\w*)\b/i;

const WORKPLACE_QUESTION =
  /\b(?:culture|team|appraisal|performance review|manager|boss|employer|colleague|co-?worker|supervisor|company|organi[sz]ation|workplace|director|team lead|last job|previous job|current job|last role|previous role)s?\b/i;

/** True when a question asks about a workplace or its people, so every sentence of the answer is about them. */
export function isWorkplaceQuestion(text: string): boolean {
  return WHY_LEFT.test(text) || WORKPLACE_QUESTION.test(text);
}

/** True when a prompt's text asks why the speaker left or is leaving a job. */
export function isWhyLeftText(text: string): boolean {
  return WHY_LEFT.test(text);
}

// "It was crazy busy, and I loved it": a hard time the speaker enjoyed is not a complaint.
const ENJOYED = /\b(?:i|we)\s+(?:really\s+|honestly\s+|actually\s+)?(?:loved|enjoyed|thrived|relished|liked)\b|\bbusy\b/i;

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

function findTargets(text: string): Array<{ start: number; end: number; words: string }> {
  const out: Array<{ start: number; end: number; words: string }> = [];
  TARGET.lastIndex = 0;
  for (let m = TARGET.exec(text); m; m = TARGET.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, words: m[0] });
  return out;
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
