// Features of the trained complaint model: stemmed words and word pairs, plus word classes that carry
// the model to wording it never saw: what is judged (the workplace aspect) and how (absence, lack,
// delay, excess, change, unfairness, hostility), against praise, forward-looking reasons, neutral
// departures and the speaker's own actions (the constructive continuation).

import { actorFeature, ADVERB, lookup, words } from './complaint-words.js';

// Questions that invite the speaker to name what was wrong: answers to them carry more risk.
const ASKS_NEGATIVE =
  /\b(?:dislike|cons\b|worst|least|frustrat|annoy|change about|improve about|what was (?:it|your \w+(?: \w+)?) like|describe the culture|(?:not|didn't|don't)(?: you)? (?:like|enjoy|love)\b|(?:would|'d|could) (?:you )?(?:change|improve|fix)\b|(?:could|should) have been better|went wrong)/i;

/** True when a question invites the answer to name what was wrong with a workplace. */
export function asksNegative(prompt: string): boolean {
  return ASKS_NEGATIVE.test(prompt);
}

// Questions that ask only for the good side, as review sites do ("Pros", "What did you like most?").
const ASKS_POSITIVE =
  /\b(?:pros\b|best (?:thing|part)s?|what (?:do|did) you (?:like|enjoy|love)\b(?!\s+least)|(?:like|liked|enjoy|enjoyed|love|loved) (?:most|best)|favou?rite (?:thing|part)|what(?:'s| is| was) good|highlights?\b)/i;

/** True when a question asks only for what was good about a workplace (and not also for what was wrong). */
export function asksPositive(prompt: string): boolean {
  return ASKS_POSITIVE.test(prompt) && !ASKS_NEGATIVE.test(prompt) && !/\bcons\b/i.test(prompt);
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
      if (c === 'mitigate' && judgedYet) out.add('@judged>mitigate');
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
    if (seen.has('mitigate')) out.push(`@mitigate*${how}`);
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
  // What the question asked for sets the prior: under "Cons?" a plain line of facts is more often a grievance.
  out.push(`@q:${kind}`);
  if (judgements > 0) out.push(`@q:${kind}*judged`);
  if (seen.has('good')) out.push(`@q:${kind}*good`);
  if (wordCount <= 12) out.push(`@q:${kind}*terse`);
  return out;
}

/** Feature names present in a text (each counted once): stems, stem pairs, classes and class pairs. */
export function features(text: string, kind: PromptKind = 'none'): Set<string> {
  const base = baseFeatures(text);
  for (const f of aggregateFeatures(base.seen, base.words, kind)) base.set.add(f);
  return base.set;
}
