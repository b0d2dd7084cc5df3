import type { Fact, FactTopic } from '../../library/questions-to-ask/types.js';
import { deeperForms, deeperForTopic, deeperFromFact } from './deeper.js';
import { bestFact, factAnsweringByWords } from './fact-match.js';
import { INSIDER_GUARDS } from './guards.js';
import { KEYWORD_TOPICS, keywordTopic } from './keywords.js';
import { normalizeQuestion, questionCore } from './normalize.js';
import { PUBLIC_TOPICS } from './topics.js';

/** Input to the "answerable by research" check. */
export interface CheckQuestionInput {
  question: string;
  /** The employer's research dossier; when one of its facts answers the question, it is named. */
  facts?: readonly Fact[];
  /** Lets the check read "When was Acme founded?" as "When was the company founded?". */
  employerName?: string;
}

/** The verdict on one question; plain JSON (no undefined keys), as the CLI prints it. */
export interface ResearchCheck {
  answerableByResearch: boolean;
  /** One or two plain sentences saying why. */
  reason: string;
  topic?: FactTopic;
  /** The dossier fact that answers the question, when there is one. */
  fact?: Fact;
  /** A better question to ask instead, built on the fact when there is one. */
  deeper?: string;
}

/** A question's words only, for comparing an adopted suggestion with what was offered. */
function sameWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const NO_FACTS: readonly Fact[] = Object.freeze([]);

/**
 * The deeper questions this check offers for a dossier, as compared words: built once per facts
 * array (a plan's forty questions, or every keystroke, check against the same dossier) rather than
 * for every question. A facts array is read, never changed in place, by everything that checks.
 */
const adopted = new WeakMap<readonly Fact[], ReadonlySet<string>>();

function adoptedForms(facts: readonly Fact[]): ReadonlySet<string> {
  let forms = adopted.get(facts);
  if (!forms) {
    forms = new Set(deeperForms(facts).map(sameWords));
    adopted.set(facts, forms);
  }
  return forms;
}

function quote(statement: string): string {
  const s = statement
    .replace(/[*_`#]+/g, '')
    .trim()
    .replace(/[.!\s]+$/, '');
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

function copyFact(fact: Fact): Fact {
  const out: Fact = { id: fact.id, topic: fact.topic, statement: fact.statement };
  if (fact.sourceUrl !== undefined) out.sourceUrl = fact.sourceUrl;
  if (fact.notedOn !== undefined) out.notedOn = fact.notedOn;
  return out;
}

function flagged(topic: FactTopic, label: string, fact: Fact | undefined): ResearchCheck {
  if (fact) {
    return {
      answerableByResearch: true,
      reason: `Your research already answers this (${label}): “${quote(fact.statement)}”. Build on it instead of asking.`,
      topic,
      fact: copyFact(fact),
      deeper: deeperFromFact(fact),
    };
  }
  return {
    answerableByResearch: true,
    reason: `This asks about ${label}, which a quick search or the employer's own site answers. Look it up, then ask something only they can tell you.`,
    topic,
    deeper: deeperForTopic(topic),
  };
}

/**
 * Flags a question that asks for a public fact about the organisation (what it does, size, offices, history,
 * leaders, money, rivals, customers, products, stated mission, news) and leaves alone questions about the inside
 * of the job: the role, the team, the interviewer's view, plans, culture as lived, the hiring process.
 */
export function checkQuestion(input: CheckQuestionInput): ResearchCheck {
  const full = normalizeQuestion(input.question, input.employerName);
  const text = questionCore(full);
  if (text.replace(/[^a-z0-9]/g, '').length === 0) {
    return { answerableByResearch: false, reason: 'The question is empty.' };
  }
  // A deeper question this check suggested, once adopted, is not flagged again.
  if (adoptedForms(input.facts ?? NO_FACTS).has(sameWords(input.question))) {
    return {
      answerableByResearch: false,
      reason: 'It builds on your research and asks for the inside view, so it is worth asking in person.',
    };
  }
  for (const guard of INSIDER_GUARDS) {
    if (guard.pattern.test(text)) return { answerableByResearch: false, reason: guard.reason };
  }
  const facts = input.facts ?? [];
  // Fact matching needs the real words ("Lisbon"), not the guessed-name placeholder the patterns see.
  const words = input.employerName ? full : input.question.toLowerCase();
  for (const family of PUBLIC_TOPICS) {
    if (family.patterns.some((p) => p.test(text))) {
      return flagged(family.topic, family.label, bestFact(words, family.topic, facts));
    }
  }
  const byKeyword = keywordTopic(text);
  if (byKeyword) {
    const label = PUBLIC_TOPICS.find((t) => t.topic === byKeyword)?.label ?? 'the organisation';
    return flagged(byKeyword, label, bestFact(words, byKeyword, facts));
  }
  const byWords = factAnsweringByWords(words, facts);
  if (byWords) {
    const label = PUBLIC_TOPICS.find((t) => t.topic === byWords.topic)?.label ?? 'something in your notes';
    return flagged(byWords.topic, label, byWords);
  }
  return {
    answerableByResearch: false,
    reason: 'It does not ask for a public fact about the organisation, so it is worth asking in person.',
  };
}

/**
 * Runs every pattern once. V8 compiles a regular expression on first use (tens of milliseconds for all of these),
 * so a server or a browser tab can pay that at start or when idle instead of on the user's first keystroke.
 */
export function warmUpResearchCheck(): void {
  const sample = 'what does the company do?';
  for (const g of INSIDER_GUARDS) g.pattern.test(sample);
  for (const t of PUBLIC_TOPICS) for (const p of t.patterns) p.test(sample);
  for (const k of KEYWORD_TOPICS) k.pattern.test(sample);
  checkQuestion({ question: 'Where are you based?' });
}
