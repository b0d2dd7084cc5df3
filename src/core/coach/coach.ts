import type { Prompt } from '../library/prompts/types.js';
import { promptKind } from './complaint-features.js';
import { findModelComplaints } from './complaint-model.js';
import { findFillers } from './fillers.js';
import { findHedges } from './hedging.js';
import { computeMetrics, fillerRate, lengthFindings } from './length.js';
import { findNegativity } from './negativity.js';
import { readPrompt, type PromptContext } from './prompt-context.js';
import { findProfanity } from './profanity.js';
import { scoreFindings } from './score.js';
import { scanSpecifics, type SpecificsScan } from './specifics.js';
import { endsOnResult, scanStar, type StarScan } from './star.js';
import { findStrengths } from './strengths.js';
import { tokenize, type Doc } from './text.js';
import { findThreats } from './threat.js';
import { indexKeywords, topicOverlap } from './topic.js';
import type { Analysis, AnalyzeInput, Coach, Finding, Review, Severity } from './types.js';

/** Default speaking pace, words a minute (the easy-to-follow range is 130–160). */
export const DEFAULT_WORDS_PER_MINUTE = 140;
/** Filler rate (per minute) above which fillers are a warning: ~1/min sounds fluent. */
export const FILLER_WARN_PER_MINUTE = 3;
/** Filler rate (per minute) above which fillers are a problem: ~5/min sounds hesitant. */
export const FILLER_PROBLEM_PER_MINUTE = 5;
// Below these sizes a check has too little text to judge.
const MIN_WORDS_STORY = 8;
const MIN_WORDS_SPECIFICS = 15;
const MIN_WORDS_TOPIC = 15;
// Questions about the candidate, whose words an answer need not repeat: judged by meaning (the speaker
// talking about their own work or traits), never by shared words.
const SELF_CATEGORIES = new Set<PromptContext['category']>(['strengths', 'weaknesses', 'motivation', 'career-goals']);
// "Why did you leave?" and "Tell me about yourself": any reason or any account of oneself answers them.
const NEVER_OFF_TOPIC = new Set<PromptContext['category']>(['why-left', 'opener']);
const WORK_TOPIC = indexKeywords([
  'work',
  'job',
  'role',
  'team',
  'colleague',
  'customer',
  'client',
  'patient',
  'project',
  'manag',
  'office',
  'career',
  'skill',
  'ward',
  'school',
  'pupil',
  'student',
  'site',
  'experience',
  'shift',
  'company',
  'business',
  'learn',
  'improv',
  'deadline',
  'task',
  'detail',
  'organis',
  'organiz',
  'communicat',
  'lead',
  'delegat',
  'feedback',
  'present',
  'listen',
  'patien',
  'calm',
  'stress',
  'prioriti',
  'perfection',
  'confiden',
  'grow',
  'develop',
  'goal',
  'responsib',
]);
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", 'my', 'me', 'myself']);
// "No specifics" only where the target length leaves room for a story (not a 15–45 s why-left answer).
const STORY_ROOM_SECONDS = 60;

/** Span of the first sentence: where whole-answer structure findings point. */
function firstSentence(doc: Doc): { start: number; end: number } {
  const s = doc.sentences[0];
  return s ? { start: s.start, end: s.end } : { start: 0, end: 0 };
}

function finding(
  code: Finding['code'],
  severity: Severity,
  span: { start: number; end: number },
  message: string,
  suggestion: string,
): Finding {
  return { code, severity, start: span.start, end: span.end, message, suggestion };
}

function structureFindings(doc: Doc, ctx: PromptContext, star: StarScan, out: Finding[]): void {
  const lead = firstSentence(doc);
  if (ctx.behavioural && !star.situation) {
    out.push(
      finding(
        'missing-situation',
        'warning',
        lead,
        'The story never sets the scene: where you were, when, and what was at stake.',
        'Open with one sentence of context: the place, the moment and the problem.',
      ),
    );
  }
  const weNotI = star.iActions.length === 0 && star.weActions.length >= 2;
  if (weNotI) {
    const first = star.weActions[0]!;
    out.push(
      finding(
        'we-not-i',
        'warning',
        first,
        `"${doc.text.slice(first.start, first.end)}" and ${star.weActions.length - 1} more say what the team did, never what you did.`,
        'Say "I" for your own part: what you decided, built or said.',
      ),
    );
  } else if (ctx.behavioural && star.iActions.length === 0) {
    out.push(
      finding(
        'missing-action',
        'warning',
        lead,
        'The story never says what you did.',
        'Add two or three steps you took yourself, with "I" and a verb.',
      ),
    );
  }
  if (ctx.behavioural && !star.result) {
    out.push(
      finding(
        'missing-result',
        'warning',
        lead,
        'The story stops before the outcome.',
        'End with the result (a number if you have one) or what you learned.',
      ),
    );
  }
}

/** True when an answer to a question about the candidate talks about the speaker's own work or traits. */
function talksAboutSelf(doc: Doc, star: StarScan | undefined): boolean {
  if ((star?.iActions.length ?? 0) > 0) return true;
  return doc.tokens.some((t) => FIRST_PERSON.has(t.lower)) && topicOverlap(doc, WORK_TOPIC) >= 1;
}

function contentFindings(
  doc: Doc,
  ctx: PromptContext,
  star: StarScan | undefined,
  target: { min: number; max: number },
  out: Finding[],
): SpecificsScan | undefined {
  const words = doc.tokens.length;
  const first = doc.tokens[0];
  const last = doc.tokens[words - 1];
  if (!first || !last) return undefined;
  const spec = words >= MIN_WORDS_SPECIFICS ? scanSpecifics(doc) : undefined;
  const storyRoom =
    ctx.behavioural ||
    (target.max >= STORY_ROOM_SECONDS && ctx.category !== 'closing' && ctx.category !== 'why-left' && ctx.category !== 'salary');
  if (spec && storyRoom && !spec.hasNumber && !spec.hasName && !spec.hasOutcome) {
    out.push(
      finding(
        'no-specifics',
        ctx.behavioural ? 'warning' : 'info',
        { start: first.start, end: last.end },
        'No numbers, names or concrete outcomes anywhere in the answer.',
        'Name the project, the people or tool, and give one number: how many, how much, how fast.',
      ),
    );
  }
  if (!ctx.topic || words < MIN_WORDS_TOPIC || (ctx.category !== undefined && NEVER_OFF_TOPIC.has(ctx.category))) return spec;
  // Questions about the candidate are judged by meaning; others by shared words (any one counts: a false alarm costs more trust than a miss).
  // A story at work (a scene or an outcome, and something the speaker did) answers "tell me about a time…" even when it
  // never repeats the question's words (a rush job told without the word "pressure").
  const onTopic =
    topicOverlap(doc, ctx.topic) > 0 ||
    (ctx.category !== undefined && SELF_CATEGORIES.has(ctx.category) && talksAboutSelf(doc, star)) ||
    (ctx.behavioural &&
      star !== undefined &&
      star.iActions.length > 0 &&
      (star.situation || star.result) &&
      topicOverlap(doc, WORK_TOPIC) > 0);
  if (!onTopic) {
    out.push(
      finding(
        'off-topic',
        'warning',
        firstSentence(doc),
        'The answer does not seem to address the question.',
        'Answer the question in your first sentence, then support it.',
      ),
    );
  }
  return spec;
}

function analyzeWith(input: AnalyzeInput, ctx: PromptContext): Review {
  const options = input.options ?? {};
  const wpm = options.wordsPerMinute && options.wordsPerMinute > 0 ? options.wordsPerMinute : DEFAULT_WORDS_PER_MINUTE;
  const warnRate = options.fillerWarnPerMinute ?? FILLER_WARN_PER_MINUTE;
  const problemRate = options.fillerProblemPerMinute ?? FILLER_PROBLEM_PER_MINUTE;
  const doc = tokenize(input.answer);
  const fillers = findFillers(doc);
  const metrics = computeMetrics(doc, wpm, fillers.length);
  const findings: Finding[] = [];

  const crude = findProfanity(doc);
  const negativity = findNegativity(doc, ctx.aboutWorkplace, crude);
  for (const n of negativity) {
    const severity: Severity = n.strong || ctx.whyLeft ? 'problem' : 'warning';
    findings.push(
      finding(
        'employer-negativity',
        severity,
        n,
        `"${n.words}" reads as a complaint about ${n.target}.`,
        'Describe what you handled or what you want next, not what was wrong with them.',
      ),
    );
  }
  // The trained model catches indirect complaints the rules have no words for; rules keep their tighter spans.
  // It stays out of answers to "pros?": there a terse line of facts is a pro, and outright complaints
  // still meet the rules.
  for (const m of ctx.asksPositive ? [] : findModelComplaints(doc, promptKind(ctx))) {
    if (negativity.some((n) => n.start < m.end && n.end > m.start)) continue;
    const quote = m.words.length > 60 ? `${m.words.slice(0, 57)}…` : m.words;
    findings.push(
      finding(
        'employer-negativity',
        ctx.whyLeft ? 'problem' : 'warning',
        m,
        `"${quote}" reads as a complaint about ${m.target}.`,
        'Say it as a fact about what you want next, or what you did about it, rather than what was wrong with them.',
      ),
    );
  }
  for (const p of crude) {
    findings.push(
      finding(
        'bad-language',
        p.mild ? 'warning' : 'problem',
        p,
        `"${p.words}" is ${p.slur ? 'a slur' : p.mild ? 'mild swearing' : 'strong swearing'}.`,
        'Use a neutral word; interviewers remember language more than content.',
      ),
    );
  }
  for (const t of findThreats(doc.text)) {
    findings.push(
      finding(
        'threat',
        'problem',
        t,
        `"${t.words}" talks about violence towards someone at work.`,
        'Leave it out entirely, even as a joke; say how you handled the disagreement instead.',
      ),
    );
  }
  const rate = fillerRate(fillers.length, (doc.tokens.length / wpm) * 60);
  if (fillers.length >= 2 && rate > warnRate) {
    const severity: Severity = rate > problemRate ? 'problem' : 'warning';
    for (const f of fillers) {
      findings.push(
        finding(
          'filler-words',
          severity,
          f,
          `"${f.words}" is a filler (${rate.toFixed(1)} a minute; aim for about 1).`,
          'Pause silently instead; a short pause sounds confident.',
        ),
      );
    }
  }
  const hedges = findHedges(doc);
  const weak = hedges.filter((h) => !h.strong).length;
  for (const h of hedges) {
    if (!h.strong && weak < 3) continue;
    findings.push(
      finding(
        'hedging',
        h.strong ? 'warning' : 'info',
        h,
        `"${h.words}" makes you sound unsure of your own work.`,
        'State it plainly: what you did and what happened.',
      ),
    );
  }
  const target = options.targetSeconds ?? ctx.target;
  findings.push(...lengthFindings(doc, metrics.speakingSeconds, target, wpm));
  const star = doc.tokens.length >= MIN_WORDS_STORY ? scanStar(doc) : undefined;
  if (star) structureFindings(doc, ctx, star, findings);
  const spec = contentFindings(doc, ctx, star, target, findings);
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  const strengths = findStrengths(doc.text, ctx, findings, {
    star,
    spec,
    endsOnResult: star !== undefined && endsOnResult(doc),
    seconds: metrics.speakingSeconds,
    target,
    words: doc.tokens.length,
  });
  return { findings, metrics, strengths, score: scoreFindings(findings) };
}

/** Builds a coach; prompt analysis is cached so repeated calls for the same question stay cheap. */
export function createCoach(): Coach {
  const byText = new Map<string, PromptContext>();
  const byPrompt = new WeakMap<Prompt, PromptContext>();
  const context = (prompt: Prompt | string | undefined): PromptContext => {
    if (prompt === undefined) return readPrompt(undefined);
    if (typeof prompt === 'string') {
      let ctx = byText.get(prompt);
      if (!ctx) {
        if (byText.size > 200) byText.clear();
        ctx = readPrompt(prompt);
        byText.set(prompt, ctx);
      }
      return ctx;
    }
    let ctx = byPrompt.get(prompt);
    if (!ctx) {
      ctx = readPrompt(prompt);
      byPrompt.set(prompt, ctx);
    }
    return ctx;
  };
  return {
    analyze: (input) => {
      const { findings, metrics } = analyzeWith(input, context(input.prompt));
      return { findings, metrics };
    },
    review: (input) => analyzeWith(input, context(input.prompt)),
  };
}

let shared: Coach | undefined;

/** Analyses one answer with a shared coach; see createCoach for repeated use. */
export function analyze(input: AnalyzeInput): Analysis {
  shared ??= createCoach();
  return shared.analyze(input);
}

/** Analyses one answer with the shared coach, adding strengths and the score (what the editor shows). */
export function review(input: AnalyzeInput): Review {
  shared ??= createCoach();
  return shared.review(input);
}
