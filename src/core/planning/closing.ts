/** Input to {@link draftClosingLine}. */
export interface DraftClosingLineInput {
  roleTitle: string;
  employerName: string;
  /** What the user learned that makes them want the job (from research or the conversation), strongest first. */
  strongestEvidence?: readonly string[];
}

/** Makes a note read well mid-sentence: no end punctuation, ordinary first words lower-cased, acronyms kept. */
function asPhrase(text: string): string {
  const s = text.trim().replace(/\s+/g, ' ').replace(/[.!?;:,]+$/, '');
  return /^[A-Z][a-z]/.test(s) && !/^[A-Z][a-z]+[A-Z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A closing line for the end of a conversation: says plainly that the user wants the job, grounds it in what they
 * learned, then invites the interviewer to name any doubt, so it can be answered now or in the thank-you note.
 */
export function draftClosingLine(input: DraftClosingLineInput): string {
  const role = input.roleTitle.trim().replace(/\s+/g, ' ');
  const employer = input.employerName.trim().replace(/\s+/g, ' ');
  const target = role ? `the ${role} role${employer ? ` at ${employer}` : ''}` : employer ? `this role at ${employer}` : 'this role';
  const evidence = (input.strongestEvidence ?? []).map(asPhrase).filter((e) => e.length > 0).slice(0, 2);
  const interest = evidence.length
    ? `Thank you for your time today. What I read beforehand and what you have told me, especially ${joinAnd(evidence)}, make me even keener on ${target}, and I would very much like to work with you.`
    : `Thank you for your time today. Having prepared for this conversation and heard how the work is done, I am even keener on ${target}, and I would very much like to work with you.`;
  return `${interest} Before we finish: is there anything in my background that gives you pause, something I could clear up while I am here?`;
}

/** The facts to leave each interview with, and where the housekeeping form files each answer. */
export type HousekeepingField =
  | 'nextSteps'
  | 'decisionDate'
  | 'candidateCount'
  | 'bestContact'
  | 'preferredChannel'
  | 'preferredTiming'
  | 'contactEmail'
  | 'contactPhone';

/** One housekeeping question: a stable key, our wording, and the form field it fills. */
export interface HousekeepingQuestion {
  key: string;
  text: string;
  field: HousekeepingField;
}

/** Housekeeping questions for the end of an interview, in the order they are usually asked. */
export const HOUSEKEEPING_QUESTIONS: readonly HousekeepingQuestion[] = [
  { key: 'next-steps', text: 'What happens next in the process, and who will I meet?', field: 'nextSteps' },
  { key: 'decision-date', text: 'By when are you hoping to make a decision?', field: 'decisionDate' },
  { key: 'candidate-count', text: 'Roughly how many people are you considering for the role?', field: 'candidateCount' },
  { key: 'best-contact', text: 'Who should I keep in touch with while you decide?', field: 'bestContact' },
  { key: 'preferred-channel', text: 'Do they prefer to hear from candidates by email or by phone?', field: 'preferredChannel' },
  { key: 'preferred-timing', text: 'If I have not heard anything by then, when would be a good time to check in?', field: 'preferredTiming' },
  { key: 'contact-email', text: 'Which email address is best for reaching them?', field: 'contactEmail' },
  { key: 'contact-phone', text: 'And which phone number, in case a call is easier?', field: 'contactPhone' },
];
