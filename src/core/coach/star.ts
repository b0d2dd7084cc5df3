import { LOOKS_FORWARD } from './forward.js';
import type { Doc } from './text.js';

/** Where the story parts were found; spans point at the first clear example of each. */
export interface StarScan {
  situation: boolean;
  result: boolean;
  iActions: Array<{ start: number; end: number }>;
  weActions: Array<{ start: number; end: number }>;
}

// Verbs of doing, in the past tense, that do not end in -ed.
const IRREGULAR = new Set([
  'built',
  'led',
  'ran',
  'made',
  'took',
  'wrote',
  'set',
  'put',
  'got',
  'gave',
  'sent',
  'met',
  'brought',
  'found',
  'told',
  'spoke',
  'sat',
  'drew',
  'chose',
  'went',
  'did',
  'began',
  'rebuilt',
  'broke',
  'taught',
  'sought',
  'held',
  'kept',
  'cut',
  'paid',
  'won',
  'bought',
  'fought',
  'spent',
  'split',
  'shut',
  'rang',
  'grew',
  'drove',
  'flew',
  'rewrote',
  'undertook',
  'oversaw',
  'stood',
  'dug',
  'laid',
  'sold',
  'shot',
  'struck',
  'swapped',
  'read',
  'hired',
  'let',
  'rolled',
  'stepped',
  'dropped',
  'planned',
  'mapped',
  'pitched',
]);
// -ed words that describe a state of mind rather than something done.
const STATE = new Set([
  'needed',
  'wanted',
  'liked',
  'loved',
  'hoped',
  'seemed',
  'believed',
  'supposed',
  'realised',
  'realized',
  'noticed',
  'worried',
  'panicked',
  'wondered',
  'guessed',
  'wished',
  'preferred',
  'enjoyed',
  'learned',
  'used',
  'felt',
  'hated',
  'feared',
  'assumed',
  'expected',
  'struggled',
  'failed',
  'missed',
  'forgot',
  'froze',
  'disagreed',
  'joined',
]);
// Words that may sit between the subject and its verb.
const SKIP = new Set([
  'then',
  'also',
  'first',
  'immediately',
  'quickly',
  'personally',
  'eventually',
  'finally',
  'just',
  'actually',
  'basically',
  'really',
  'carefully',
  'later',
  'next',
  'soon',
  'instead',
  'therefore',
  'always',
  'quietly',
  'directly',
  'myself',
  'all',
  'both',
  'together',
  'was',
  'were',
  'able',
  'managed',
  'had',
  'to',
  'and',
]);

// After "was able to"/"managed to", any verb counts; these words are not verbs.
const NOT_VERB = new Set(['the', 'a', 'an', 'be', 'do', 'my', 'our', 'this', 'that', 'it', 'have']);

/** True for a past-tense verb of doing (built, proposed), not of feeling or thinking. */
export function isDoing(word: string): boolean {
  if (IRREGULAR.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !STATE.has(word);
}

const SITUATION =
  /\b(?:when (?:i|we) (?:was|were|joined|started|worked|had|took)|while (?:i|we) (?:was|were)|at (?:my|our) (?:last|previous|first|old|current|former) \w+|at the time|back in|(?:in|during) (?:19|20)\d\d|last (?:year|month|summer|spring|autumn|fall|winter|quarter|term)|(?:a few|two|three|several) (?:years|months|weeks) ago|(?:one|a) (?:year|time|day|week|month) (?:when|at|we|i)|during (?:my|a|the|our)|in my (?:last |previous |first |old |current |second )?(?:role|job|position|year|time|placement|internship)|we were|we had (?:a|an|to|just|only)|our (?:team|company|client|shop|store|ward|school) (?:was|had|were|needed)|there (?:was|were)|the (?:situation|project|deadline|goal|problem|issue|challenge) (?:was|is|had)|a (?:client|customer|colleague|patient|student|parent|supplier) (?:who|was|had|called|complained)|my (?:manager|boss|lead|team) (?:asked|gave|wanted|needed)|i was (?:working|leading|responsible|asked|in charge|running|managing|part|on|the|a|an|two|three|one|new|covering|handling|supporting)|i worked (?:at|as|for|in|on)|my (?:role|task|job) was|(?:i|we) (?:had|needed) to|recently|earlier this year|once,|i (?:noticed|realised|realized|found out|saw that|spotted|was told)|our (?:\w+ ){1,2}(?:was|were|had|kept|wanted|needed)|at (?:the|an?) [a-z]+|(?:on|in) my (?:first|second|last) (?:day|week|month|year)|(?:a|one|two|three|four|five|six|a few|several|\d+) (?:days?|weeks?|months?|years?|hours?) (?:before|after|into|ago))/i;
const NAMED_PLACE = /\b(?:at|with|for|joined) [A-Z][\w&'-]+/;
const RESULT =
  /\b(?:as a result|results?|resulted|in the end|ended up|eventually|by the end|outcome|which (?:meant|led|cut|saved|reduced|increased|improved|helped|let|gave)|led to|so that|saved|reduced|increased|improved|cut (?:the|our|costs|time|down)|grew|doubled|halved|tripled|dropped|rose|went (?:from|down|up)|delivered|shipped|launched|finished|completed|won|(?:hit|met|beat|exceeded) (?:the|our|my|its|every)|exceeded|on time|ahead of schedule|under budget|renewed|promoted|praised|thanked|feedback|learned|learnt|taught me|since then|(?:now|today) (?:we|the|it|i|they|our|every)|still (?:use|in use|runs|running)|success\w*|resolved|solved|passed|signed|approved|adopted|back on track|stayed with us|stayed on|came back|kept (?:us|their|the account)|recovered|retained|the (?:client|customer|patient|team|manager) (?:was|were|stayed|came back|said)|lesson|paid off|ever since|(?:has|have) (?:worked|run|held|stayed|been fine)|worked (?:out|well)|expanded|extended|became|rolled out|was (?:kept|chosen|approved|accepted|adopted))\b/i;
// Closing words that report how things turned out even without a number.
const CLOSING_OUTCOME = /\b(?:not a single|not one|nobody|no one|none|never again|ever since|from then on|since then)\b/i;
const NUMBER =
  /\d|\b(?:twice|double|half|percent|per cent|dozen|hundred|thousand|million|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)\b/i;
const SPEAKER_OPENERS = new Set([
  'i',
  "i'd",
  "i've",
  "i'm",
  'we',
  "we'd",
  "we've",
  'so',
  'then',
  'and',
  'but',
  'first',
  'after',
  'basically',
  'um',
  'uh',
  'well',
]);
const ACTOR = /\b(?:i(?:'ve|’ve)?|we(?:'ve|’ve)?|(?:the|our|my) team)\s/gi;

/** Scans a story-type answer for its situation, the actions (by me or by us) and its result. */
export function scanStar(doc: Doc): StarScan {
  const text = doc.text;
  const iActions: StarScan['iActions'] = [];
  const weActions: StarScan['weActions'] = [];
  ACTOR.lastIndex = 0;
  for (let m = ACTOR.exec(text); m; m = ACTOR.exec(text)) {
    const who = m[0].trim().toLowerCase();
    const me = who.startsWith('i');
    let pos = m.index + m[0].length;
    let prev = '';
    for (let hop = 0; hop < 4; hop++) {
      const next = /^[\w'’-]+/.exec(text.slice(pos, pos + 30));
      if (!next) break;
      const w = next[0].toLowerCase();
      const after = text.slice(pos + w.length, pos + w.length + 6);
      const doing = prev === 'to' ? !NOT_VERB.has(w) : isDoing(w) && !(w === 'worked' && /^\s+(?:at|as|for|in)\b/i.test(after));
      if (doing) {
        (me ? iActions : weActions).push({ start: m.index, end: pos + w.length });
        break;
      }
      if (!SKIP.has(w)) break;
      prev = w;
      pos += w.length;
      const space = /^[\s,]+/.exec(text.slice(pos, pos + 4));
      if (!space) break;
      pos += space[0].length;
    }
  }
  const first = doc.sentences[0];
  const rest = doc.sentences.length >= 3 && first ? text.slice(first.end) : text;
  // A closing sentence with a number is almost always the outcome ("…and sign-ups doubled to 110").
  const closing = doc.sentences.length >= 2 ? doc.sentences[doc.sentences.length - 1] : undefined;
  const closingText = closing ? text.slice(closing.start, closing.end) : '';
  const numericEnd = closing !== undefined && (NUMBER.test(closingText) || CLOSING_OUTCOME.test(closingText));
  // A story that opens on someone or something other than the speaker is setting a scene.
  const opener = doc.tokens[0]?.lower ?? '';
  const scene = doc.sentences.length >= 2 && !SPEAKER_OPENERS.has(opener);
  return {
    situation: scene || SITUATION.test(text) || NAMED_PLACE.test(text),
    result: numericEnd || RESULT.test(rest),
    iActions,
    weActions,
  };
}

/**
 * True when one of the last two sentences states the outcome (a result word, a number, "not a single…") and the very
 * last one does not turn to what the speaker wants next: the answer ends on what came of it.
 */
export function endsOnResult(doc: Doc): boolean {
  const n = doc.sentences.length;
  if (n < 2) return false;
  const text = (i: number): string => doc.text.slice(doc.sentences[i]!.start, doc.sentences[i]!.end);
  const last = text(n - 1);
  if (LOOKS_FORWARD.test(last)) return false;
  return [last, text(n - 2)].some((s) => RESULT.test(s) || NUMBER.test(s) || CLOSING_OUTCOME.test(s));
}
