/**
 * The name model: a second reader for the people the rules missed. Every name-shaped stretch the rules did not give is
 * scored by a logistic model over what stands around it (name-features.ts); those above the threshold are people to
 * meet. Trained by `npm run train:invitations` (scripts/train-invitation-names.ts) on test/data/invitations (dev, test, val).
 */
import { NAME_BIAS, NAME_WEIGHTS } from './name-weights.js';
import { readPage, spanFeatures } from './name-features.js';
import { nameSpans, type NameSpan } from './name-spans.js';
import { looksLikeTitle, nameKey, wordsWithin } from './names.js';
import type { NamedPerson } from './people-list.js';

/**
 * Log-odds above which a stretch the rules missed is taken for an interviewer. Chosen on the validation part
 * (test/data/invitations/val, counts only): see the README of the corpus.
 */
export const NAME_THRESHOLD = 1;

let WEIGHTS = new Map(Object.entries(NAME_WEIGHTS));
let BIAS = NAME_BIAS;
let THRESHOLD = NAME_THRESHOLD;

/** Swaps in other weights or threshold (training, validation); with no arguments, restores the committed ones. */
export function useNameWeights(weights?: ReadonlyMap<string, number>, bias?: number, threshold?: number): void {
  WEIGHTS = new Map(weights ?? Object.entries(NAME_WEIGHTS));
  BIAS = bias ?? NAME_BIAS;
  THRESHOLD = threshold ?? NAME_THRESHOLD;
}

let watch: ((candidates: readonly NameCandidate[]) => void) | undefined;
/** Hands each invitation's candidates to `fn` as they are read (the training script's view); no argument stops it. */
export function watchNameCandidates(fn?: (candidates: readonly NameCandidate[]) => void): void {
  watch = fn;
}

/** What the rules already know of an invitation when the model reads it. */
export interface NameContext {
  lines: readonly string[];
  /** Lines never read for people: the mail headers, the schedule. */
  skip: ReadonlySet<number>;
  /** Lines of the sender's signature. */
  signature: (line: number) => boolean;
  /** The first line of a message quoted below the sender's, or -1. */
  quoted: number;
  /** Names the rules gave, each with the line it was read from when known. */
  found: ReadonlyArray<{ name: string; line?: number | undefined }>;
  sender?: string | undefined;
  greeted?: string | undefined;
  /** Phrases that are not people here (the employer, the sender's company). */
  avoid: readonly string[];
}

const words = (name: string) => nameKey(name).split(' ');
/** The same person: one name's words all in the other's ("Ana Cruz" in "Ana de la Cruz"). */
const samePerson = (a: string, b: string): boolean => wordsWithin(words(a), words(b));

/** A name-shaped stretch with what the model reads around it, and whether the rules gave that name already. */
export interface NameCandidate {
  span: NameSpan;
  feats: string[];
  found: boolean;
}

/** Every name-shaped stretch, each with its features; the model reads those that are not `found`. */
export function nameCandidates(ctx: NameContext): NameCandidate[] {
  const greeted = ctx.greeted ? words(ctx.greeted)[0] : undefined;
  const avoid = ctx.avoid.map(nameKey).filter(Boolean);
  const page = readPage(ctx.lines);
  return nameSpans(ctx.lines).map((span) => {
    const key = nameKey(span.name);
    const own = words(span.name);
    const feats = spanFeatures(page, span);
    if (ctx.skip.has(span.line)) feats.push('skipped');
    if (ctx.signature(span.line)) feats.push('signature');
    if (ctx.quoted >= 0 && span.line >= ctx.quoted) feats.push('quoted');
    if (ctx.sender && own.some((w) => words(ctx.sender!).includes(w))) feats.push('sender-word');
    if (greeted && own[0] === greeted) feats.push('greeted');
    if (avoid.some((a) => a.includes(key) || key.includes(a) || a.split(' ').some((w) => w.length > 2 && own.includes(w))))
      feats.push('avoided');
    const others = ctx.found.filter((f) => !samePerson(f.name, span.name));
    const near = others.filter((f) => f.line !== undefined && Math.abs(f.line - span.line) <= 1);
    if (near.some((f) => f.line === span.line)) feats.push('found-same-line');
    else if (near.length > 0) feats.push('found-next-line');
    return { span, feats, found: others.length < ctx.found.length };
  });
}

/** The model's log-odds that a stretch names someone the candidate meets. */
export function nameLogOdds(feats: readonly string[]): number {
  let z = BIAS;
  for (const f of feats) z += WEIGHTS.get(f) ?? 0;
  return z;
}

// "experience with Apache Kafka", "familiar with Google Cloud", "built on Ruby on Rails": what a candidate knows or uses is
// a thing, whoever it is named after.
const SKILL_BEFORE =
  /\b(?:experience|knowledge|familiar(?:ity)?|comfortable|fluen(?:t|cy)|skills?|expertise|background|proficien(?:t|cy)|exposure|work(?:ed|ing)? (?:with|on|in)|us(?:e|es|ed|ing)|built (?:with|on|in)|based on)\s+(?:(?:with|in|of|on|to|using)\s+)?(?:(?:the|a|an|our|your)\s+)?$/i;

/** People to meet that only the model finds, with the title written after the name when there is one. */
export function modelPeople(ctx: NameContext): NamedPerson[] {
  const out: NamedPerson[] = [];
  const candidates = nameCandidates(ctx);
  watch?.(candidates);
  for (const { span, feats, found } of candidates) {
    if (found || nameLogOdds(feats) <= THRESHOLD || out.some((p) => samePerson(p.name, span.name))) continue;
    if (SKILL_BEFORE.test(ctx.lines[span.line]!.slice(0, span.start))) continue;
    const titled = /^\s*(?:,|\(|\s[-–—|])\s*([^,()|;\n]{2,60})/.exec(ctx.lines[span.line]!.slice(span.end));
    const title = titled && looksLikeTitle(titled[1]!) ? titled[1]!.trim() : undefined;
    out.push({ name: span.name, line: span.line, interviews: true, ...(title && { title }) });
  }
  return out;
}
