import type { FindingCode } from './types.js';

/** One-line explanation of each finding code, for docs and the UI. */
export const FINDING_CODES: Readonly<Record<FindingCode, string>> = {
  'employer-negativity': 'Blame, complaint or contempt aimed at an employer, manager, colleagues, pay, hours or culture.',
  'bad-language': 'Swearing, slurs or crude words, including disguised spellings.',
  threat: 'Talk of violence or threats towards people at work, even as a joke.',
  'filler-words': 'Too many fillers (um, uh, like, you know, basically…) for the length of the answer.',
  'too-long': 'Longer than the target spoken length for this question.',
  'too-short': 'Shorter than the target spoken length for this question.',
  'missing-situation': 'A story-type answer that never sets the scene (where, when, what was at stake).',
  'missing-action': 'A story-type answer that never says what was actually done.',
  'missing-result': 'A story-type answer with no outcome, result or lesson.',
  'no-specifics': 'No numbers, names or concrete outcomes: the answer stays abstract.',
  hedging: 'Tentative phrasing (I guess, maybe, sort of tried) that undersells the speaker.',
  'we-not-i': 'Credits the team throughout but never says what the speaker did.',
  'off-topic': 'Has little to do with the question that was asked.',
};

/** The codes in a stable display order. */
export const FINDING_CODE_LIST = Object.keys(FINDING_CODES) as FindingCode[];

/** Plain names for people: what each kind of finding is called on a card, in place of its code. */
export const FINDING_LABELS: Readonly<Record<FindingCode, string>> = {
  'employer-negativity': 'Negative about a past employer',
  'bad-language': 'Bad language',
  threat: 'Talk of violence',
  'filler-words': 'Filler words',
  'too-long': 'Too long',
  'too-short': 'Too short',
  'missing-situation': 'No scene set',
  'missing-action': 'Your actions are missing',
  'missing-result': 'No result',
  'no-specifics': 'No specifics',
  hedging: 'Hedging',
  'we-not-i': '"We" but never "I"',
  'off-topic': 'Off the question',
};
