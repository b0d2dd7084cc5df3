import type { Doc } from './text.js';

const NUMBER_WORDS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'dozen',
  'dozens',
  'half',
  'double',
  'doubled',
  'twice',
  'triple',
  'tripled',
  'halved',
  'percent',
  'quarter',
]);
// Capitalised words that are not names even in mid-sentence.
const NOT_NAMES = new Set(['i', "i'm", "i've", "i'd", "i'll", 'ok', 'okay']);

/** What makes an answer concrete: the first number and the first name found, if any. */
export interface SpecificsScan {
  hasNumber: boolean;
  hasName: boolean;
  hasOutcome: boolean;
}

// Verbs that report a concrete, checkable outcome ("I passed", "we won", "she was promoted").
const OUTCOME = new Set([
  'passed',
  'won',
  'earned',
  'promoted',
  'hired',
  'graduated',
  'qualified',
  'certified',
  'awarded',
  'launched',
  'shipped',
  'signed',
  'published',
  'sold',
  'opened',
  'funded',
  'approved',
  'renewed',
  'hit',
  'beat',
  'exceeded',
  'doubled',
  'halved',
  'tripled',
]);

/** Looks for numbers (digits or number words), names (capitalised words inside a sentence, acronyms) and outcome verbs. */
export function scanSpecifics(doc: Doc): SpecificsScan {
  let hasNumber = false;
  let hasName = false;
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length && !(hasNumber && hasName); i++) {
    const t = tokens[i]!;
    if (/\d/.test(t.text)) hasNumber = true;
    else if (NUMBER_WORDS.has(t.lower)) hasNumber = true;
    else if (t.text !== t.lower && !NOT_NAMES.has(t.lower)) {
      const prev = tokens[i - 1];
      const midSentence = prev !== undefined && prev.sentence === t.sentence;
      const acronym = t.text.length >= 2 && t.text === t.text.toUpperCase();
      if (midSentence || acronym) hasName = true;
    }
  }
  let hasOutcome = false;
  for (const t of tokens) if (OUTCOME.has(t.lower)) hasOutcome = true;
  return { hasNumber, hasName, hasOutcome };
}
